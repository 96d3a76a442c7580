// No React DOM and no hooks: the static renderer draws the file, so this runs in the browser, in Node
// and in a React Server Component (`@kinmap/react/server` exports this same function).
import type { FamilyLayout, LayoutOptions } from '@kinmap/layout';
import { layoutFamily } from '@kinmap/layout';
import { redactFamily } from '@kinmap/model';
import type { Family, RedactionProfile, RedactOptions } from '@kinmap/model';
import { defaultLabels } from '../labels/defaultLabels.ts';
import type { LabelsOverride } from '../labels/defaultLabels.ts';
import { mergeLabels } from '../labels/mergeLabels.ts';
import { layoutWordsOf } from '../labels/chartWords.ts';
import { genogramLayoutOptions } from '../Genogram/genogramLayoutOptions.ts';
import type { GenogramDisplaySettings } from '../Genogram/Genogram.tsx';
import type { KinmapThemeName } from '../theme/palettes.ts';
import { staticChartMarkup } from '../static/staticChart.tsx';

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
  /**
   * Who the picture is for: the family is first passed through `redactFamily` with this profile, so
   * nothing the profile removes reaches the SVG (text, `<title>`, `aria-*`, `data-*` or ids). Without
   * it the picture carries everything, as for the case record. Cannot be combined with `layout`, which
   * was computed from a family that may hold what the profile removes.
   */
  profile?: RedactionProfile;
  /** Options for `redactFamily` when `profile` is given (a requester, kept classes with reasons). */
  redaction?: RedactOptions;
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
 * // A copy for another agency: nothing the partner-agency profile removes is in the SVG.
 * writeFileSync('partner.svg', toSvgString(family, { profile: 'partner_agency' }));
 * ```
 */
export function toSvgString(input: Family, options: SvgExportOptions = {}): string {
  const markup = svgMarkup(input, options, { colourMode: 'inline', idPrefix: 'kinmap' });
  return (options.xmlDeclaration ?? true) ? `<?xml version="1.0" encoding="UTF-8"?>\n${markup}` : markup;
}

/** How {@link svgMarkup} writes the chart: colours, ids and class names. */
export interface SvgDrawing {
  /** `inline`: literal colours and `xmlns` (a file). `css`: CSS custom properties (a page's CSS themes it). */
  colourMode: 'inline' | 'css';
  /** Prefix of the `<title>` and `<desc>` ids. */
  idPrefix: string;
  className?: string | undefined;
  /** `'auto'` lets the stylesheet follow the operating system (CSS colours only). */
  theme?: KinmapThemeName | 'auto' | undefined;
}

/** The `<svg>` of {@link toSvgString} (and of the server entry's `renderStaticSvg`), without the XML declaration. */
export function svgMarkup(input: Family, options: SvgExportOptions, drawing: SvgDrawing): string {
  if (options.profile !== undefined && options.layout !== undefined)
    throw new TypeError(
      'toSvgString: options.layout cannot be used with options.profile (the layout was made from the unredacted family); leave layout out',
    );
  const family =
    options.profile === undefined ? input : redactFamily(input, options.profile, options.redaction).family;
  const labels = mergeLabels(defaultLabels, options.labels);
  // The layout measures the words the chart draws: those of `labels` (Welsh with `welshLabels`).
  const layoutOptions = genogramLayoutOptions({ ...options, family, labels: undefined }, 'none');
  const layout =
    options.layout ??
    layoutFamily(family, { ...layoutOptions, words: layoutOptions.words ?? layoutWordsOf(labels) });
  const shown = options.showEcomap
    ? layout
    : {
        ...layout,
        agencies: [],
        ecomapRing: undefined,
        connectors: layout.connectors.filter((c) => c.ref.kind !== 'ecomap'),
      };
  const inline = drawing.colourMode === 'inline';
  return staticChartMarkup({
    layout: shown,
    labels,
    title: options.title ?? family.title ?? labels.genogramTitle,
    theme: drawing.theme ?? options.theme ?? (inline ? 'light' : undefined),
    colourMode: drawing.colourMode,
    showLegend: options.showLegend ?? true,
    standalone: inline,
    idPrefix: drawing.idPrefix,
    className: drawing.className,
  });
}
