import { renderToStaticMarkup } from 'react-dom/server';
import type { FamilyLayout, LayoutOptions } from '@kinmap/layout';
import { layoutFamily } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import { defaultLabels } from '../labels/defaultLabels.ts';
import type { LabelsOverride } from '../labels/defaultLabels.ts';
import { mergeLabels } from '../labels/mergeLabels.ts';
import { LabelsProvider } from '../labels/LabelsContext.ts';
import { ChartSvg } from '../Genogram/ChartSvg.tsx';
import { genogramLayoutOptions } from '../Genogram/Genogram.tsx';
import type { GenogramDisplaySettings } from '../Genogram/Genogram.tsx';
import type { KinmapThemeName } from '../theme/palettes.ts';

/** Options of {@link toSvgString}. */
export interface SvgExportOptions extends GenogramDisplaySettings {
  /** Further layout options; the display settings win over these. */
  layoutOptions?: LayoutOptions;
  /** A layout computed already; when given, the family is not laid out again. */
  layout?: FamilyLayout;
  /** Include agencies and their lines. Default false. */
  showEcomap?: boolean;
  /** Include emotional lines. Default true. */
  showEmotional?: boolean;
  /** Include the key under the chart. Default true: a chart without its key can be misread. */
  showLegend?: boolean;
  /** Title in `<title>`. Default: the family's title. Pass `''` for no title. */
  title?: string;
  /** Colours to use. Default `light`; `high-contrast` suits black-and-white print. */
  theme?: KinmapThemeName;
  labels?: LabelsOverride;
  /** Start with `<?xml version="1.0" encoding="UTF-8"?>`. Default true. */
  xmlDeclaration?: boolean;
}

/**
 * Renders a family as a standalone SVG document: `xmlns`, literal colours in inline attributes and
 * styles (no CSS variables, no stylesheet, no external references, no scripts), a title, and the
 * key unless `showLegend: false`. Works in Node and in the browser, so a case system can put the
 * genogram in a report.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { toSvgString } from '@kinmap/react';
 * writeFileSync('genogram.svg', toSvgString(family, { theme: 'high-contrast', asAt: '2024-06-01' }));
 * ```
 */
export function toSvgString(family: Family, options: SvgExportOptions = {}): string {
  const layout =
    options.layout ??
    layoutFamily(family, genogramLayoutOptions({ ...options, family, labels: undefined }, 'none'));
  const labels = mergeLabels(defaultLabels, options.labels);
  const shown = options.showEcomap
    ? layout
    : {
        ...layout,
        agencies: [],
        ecomapRing: undefined,
        connectors: layout.connectors.filter((c) => c.ref.kind !== 'ecomap'),
      };
  const markup = renderToStaticMarkup(
    <LabelsProvider value={labels}>
      <ChartSvg
        layout={shown}
        title={options.title ?? family.title ?? labels.genogramTitle}
        role="img"
        theme={options.theme ?? 'light'}
        colourMode="inline"
        showLegend={options.showLegend ?? true}
        standalone
      />
    </LabelsProvider>,
  );
  return (options.xmlDeclaration ?? true) ? `<?xml version="1.0" encoding="UTF-8"?>\n${markup}` : markup;
}
