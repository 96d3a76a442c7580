'use client';

import { useMemo } from 'react';
import { useDrawingLabels, LabelsContext } from '../labels/LabelsContext.ts';
import { mergeLabels } from '../labels/mergeLabels.ts';
import { chartDate } from '../a11y/familyFacts.ts';
import { ChartSvg } from '../Genogram/ChartSvg.tsx';
import { genogramLayoutOptions, useChartSvgProps } from '../Genogram/Genogram.tsx';
import type { GenogramProps } from '../Genogram/Genogram.tsx';
import { useFamilyLayout } from '../Genogram/useFamilyLayout.ts';

/**
 * Props of {@link Ecomap}: the same as `<Genogram>`, without `showEcomap`. `ref`, `id`, `className`,
 * `style`, `aria-*` and `data-*` go on the `<svg>`.
 */
export type EcomapProps = Omit<GenogramProps, 'showEcomap'>;

/**
 * An ecomap (Hartman): the family in the middle and the agencies round it on a ring, each joined to
 * the person, household or family it works with by a line whose pattern shows the strength of the
 * connection, with hatching for stress and arrows for the flow of energy. Emotional and caring lines
 * and household outlines are left out; use `<Genogram showEcomap>` for everything on one chart.
 *
 * @example
 * ```tsx
 * <Ecomap family={family} theme="light" />
 * ```
 */
export function Ecomap(props: EcomapProps) {
  const asAt = props.family && !props.layout ? chartDate(props.family, props.asAt) : props.asAt;
  const options = {
    ...genogramLayoutOptions(asAt ? { ...props, asAt } : props, 'ring'),
    ecomap: 'ring' as const,
    showEmotional: false,
    showCaring: false,
  };
  const computed = useFamilyLayout(props.layout ? undefined : props.family, options, props.labels);
  const full = props.layout ?? computed;
  // Households are not drawn on an ecomap, so they are left out of the key as well.
  const layout = useMemo(() => (full ? { ...full, households: [] } : undefined), [full]);
  const inherited = useDrawingLabels();
  const labels = useMemo(() => mergeLabels(inherited, props.labels), [inherited, props.labels]);
  const svgProps = useChartSvgProps(props);
  if (!layout) throw new Error('Ecomap: pass a `family` (or a precomputed `layout`).');
  return (
    <LabelsContext.Provider value={labels}>
      <ChartSvg
        layout={layout}
        title={props.title ?? labels.ecomapTitle}
        role={props.renderPersonProps || props.renderAgencyProps ? 'group' : 'img'}
        theme={props.theme}
        showLegend={props.showLegend}
        parts={{ households: false, emotional: false, structure: true, ecomap: true }}
        hooks={props}
        viewportTransform={props.viewportTransform}
        svgProps={svgProps}
        className={['kinmap-ecomap', props.className].filter(Boolean).join(' ')}
        style={props.style}
        width={props.width}
        height={props.height}
      >
        {props.children}
      </ChartSvg>
    </LabelsContext.Provider>
  );
}
