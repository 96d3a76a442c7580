'use client';

import { useMemo } from 'react';
import type { ReactNode, Ref, SVGProps } from 'react';
import type { FamilyLayout, LayoutOptions } from '@kinmap/layout';
import type { Family, NotationProfile } from '@kinmap/model';
import { LabelsContext, useDrawingLabels } from '../labels/LabelsContext.ts';
import { mergeLabels } from '../labels/mergeLabels.ts';
import type { LabelsOverride } from '../labels/defaultLabels.ts';
import type { KinmapThemeName } from '../theme/palettes.ts';
import { chartDate } from '../a11y/familyFacts.ts';
import { ChartSvg } from './ChartSvg.tsx';
import type { DrawingHooks } from './GenogramDrawing.tsx';
import { useFamilyLayout } from './useFamilyLayout.ts';
import { mergeRefs, rootAttributes, type RootProps } from '../props/rootProps.ts';

/** Display settings of a genogram, each a shortcut for the layout option of the same name. */
export interface GenogramDisplaySettings {
  /** Notation profile: `mcgoldrick` (default), `ics_uk` or `nsgc`. Default: the family's own. */
  notation?: NotationProfile;
  /** Draw pregnancy losses. Default true. */
  showPregnancyLosses?: boolean;
  /** Under each name: `age` (default), `dates` or `none`. */
  labelDetail?: 'age' | 'dates' | 'none';
  /** The date the chart shows (households, ages, partnership status). Default: the family's, else today. */
  asAt?: string;
}

/**
 * Props of {@link Genogram}. `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on the `<svg>`
 * ({@link RootProps}).
 */
export interface GenogramProps extends GenogramDisplaySettings, DrawingHooks, RootProps<SVGSVGElement> {
  /** The family to draw. */
  family?: Family;
  /** A layout you computed already (`layoutFamily`); when given, `family` and the layout options are not used. */
  layout?: FamilyLayout;
  /** Further layout options (symbol size, ecomap placement…). The display settings above win over these. */
  layoutOptions?: LayoutOptions;
  /** Draw agencies round the family with their lines. Default false. */
  showEcomap?: boolean;
  /** Draw emotional relationships. Default true. */
  showEmotional?: boolean;
  /** Draw caring roles as lines from the carer to the person cared for. Default true. */
  showCaring?: boolean;
  /** Draw the key inside the SVG, under the chart. Default false (use `<Legend>` beside it). */
  showLegend?: boolean;
  /** Strings to change; the rest keep the en-GB defaults. */
  labels?: LabelsOverride;
  /** Title for the chart. Default: the family's title, else "Genogram". */
  title?: string;
  /** A built-in theme. Omit to let page CSS (`kinmapStyles` or your own) set the colours. */
  theme?: KinmapThemeName | 'auto';
  /** `transform` for the group holding the drawing: the interaction layer's pan and zoom. */
  viewportTransform?: string;
  /**
   * Further props for the `<svg>` (event handlers, `tabIndex`). For `ref`, `id`, `className`, `style`,
   * `aria-*` and `data-*` use the props of the same name; a `ref` given here is set as well.
   */
  svgProps?: SVGProps<SVGSVGElement>;
  width?: number | string;
  height?: number | string;
  /** Drawn over the chart inside the viewport group (focus rings, selection outlines). */
  children?: ReactNode;
}

// Hook-free, in its own module so the server entry can use it without loading this one.
import { genogramLayoutOptions } from './genogramLayoutOptions.ts';
export { genogramLayoutOptions };

/**
 * The `<svg>` props a chart's props ask for: `svgProps`, then `id`, `aria-*` and `data-*`, and one ref
 * that sets `ref`, `svgProps.ref` and the chart's own (`ownRef`, e.g. the viewport's).
 */
export function useChartSvgProps(
  props: RootProps<SVGSVGElement> & { svgProps?: SVGProps<SVGSVGElement> | undefined },
  ownRef?: Ref<SVGSVGElement>,
): SVGProps<SVGSVGElement> {
  const given = props.ref;
  const inSvgProps = props.svgProps?.ref;
  const ref = useMemo(() => {
    const refs = [given, inSvgProps, ownRef].filter((r) => r !== undefined && r !== null);
    return refs.length <= 1 ? refs[0] : mergeRefs(...refs);
  }, [given, inSvgProps, ownRef]);
  return { ...props.svgProps, ...rootAttributes<SVGSVGElement>(props), ref };
}

/**
 * Draws a family as a genogram in SVG: symbols, partnership and parent–child lines, twins,
 * emotional lines, households and (with `showEcomap`) agencies. It draws what `layoutFamily`
 * computed and decides nothing about the family.
 *
 * The `<svg>` is `role="img"` with a title and description, or `role="group"` when
 * `renderPersonProps` is given (the people inside are then focusable). Each person is a `<g>` with
 * `data-person-id`; each line a `<g>` with `data-kind`, `data-style` and `data-state`.
 *
 * @example
 * ```tsx
 * import { Genogram, Legend } from '@kinmap/react';
 *
 * <Genogram family={family} notation="ics_uk" labelDetail="dates" asAt="2024-06-01" theme="light" />
 * <Legend family={family} layoutOptions={{ notation: 'ics_uk', labelDetail: 'dates', asAt: '2024-06-01' }} />
 * ```
 */
export function Genogram(props: GenogramProps) {
  // The chart date is worked out once per render (the model's clock, Europe/London) and is part of
  // the layout's options, so a layout made yesterday is not reused today.
  const asAt = props.family && !props.layout ? chartDate(props.family, props.asAt) : props.asAt;
  const options = genogramLayoutOptions(asAt ? { ...props, asAt } : props, 'none');
  const computed = useFamilyLayout(props.layout ? undefined : props.family, options, props.labels);
  const layout = props.layout ?? computed;
  const inherited = useDrawingLabels();
  const labels = useMemo(() => mergeLabels(inherited, props.labels), [inherited, props.labels]);
  const svgProps = useChartSvgProps(props);
  if (!layout) throw new Error('Genogram: pass a `family` (or a precomputed `layout`).');
  const interactive = Boolean(props.renderPersonProps);
  return (
    <LabelsContext.Provider value={labels}>
      <ChartSvg
        layout={layout}
        title={props.title ?? props.family?.title ?? labels.genogramTitle}
        role={interactive ? 'group' : 'img'}
        theme={props.theme}
        showLegend={props.showLegend}
        hooks={props}
        viewportTransform={props.viewportTransform}
        svgProps={svgProps}
        className={['kinmap-genogram', props.className].filter(Boolean).join(' ')}
        style={props.style}
        width={props.width}
        height={props.height}
      >
        {props.children}
      </ChartSvg>
    </LabelsContext.Provider>
  );
}
