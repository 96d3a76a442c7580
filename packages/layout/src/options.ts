import { todayIsoDate } from '@kinmap/model';
import type { Family, NotationProfile } from '@kinmap/model';
import { EN_GB_CHART_WORDS } from './labels/chartWords.ts';
import type { ChartWords, LayoutOptions } from './types.ts';

/**
 * The defaults `layoutFamily` uses for every option the caller leaves out. `asAt` and `notation`
 * come from the family (its `asAt`, else today in Europe/London from the model's `todayIsoDate`, the
 * same date the checks and the React tables use; its `notationProfile`).
 *
 * @example
 * layoutFamily(family, { ...DEFAULT_LAYOUT_OPTIONS, labelDetail: 'dates' });
 */
export const DEFAULT_LAYOUT_OPTIONS = {
  symbolSize: 40,
  showPregnancyLosses: true,
  labelDetail: 'age',
  ecomap: 'ring',
  showEmotional: true,
  showCaring: true,
  refineRows: 'dagre',
  /** The en-GB words the layout writes on the chart ("m.", "visits", "Lead"); see `ChartWords`. */
  words: EN_GB_CHART_WORDS,
} as const satisfies LayoutOptions;

/** Options with every default filled in, plus the spacing derived from the symbol size. */
export interface ResolvedOptions {
  asAt: string;
  notation: NotationProfile;
  s: number;
  showPregnancyLosses: boolean;
  labelDetail: 'age' | 'dates' | 'none';
  ecomap: 'ring' | 'band' | 'none';
  showEmotional: boolean;
  showCaring: boolean;
  refineRows: 'dagre' | 'none';
  /** The words written on the chart and measured to place it. */
  words: ChartWords;
  /** Centre distance between partners in one row (leaves a channel for the descent line). */
  partnerGap: number;
  /** Centre distance between siblings. */
  siblingGap: number;
  /** Centre distance between neighbours that are not siblings or partners. */
  unitGap: number;
  /** Distance between generation rows. */
  rowHeight: number;
  /** Width of the label box under a symbol. */
  labelWidth: number;
  lineHeight: number;
  /** Font size of the name lines under a symbol; lines are fitted to `labelWidth` at this size. */
  labelFontSize: number;
}

/** Fills in defaults. Bad sizes fall back to the default rather than producing NaN geometry. */
export function resolveOptions(family: Family, options: LayoutOptions = {}): ResolvedOptions {
  const size = options.symbolSize;
  const s =
    typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : DEFAULT_LAYOUT_OPTIONS.symbolSize;
  return {
    asAt: options.asAt ?? family.asAt ?? todayIsoDate(),
    notation: options.notation ?? family.notationProfile ?? 'mcgoldrick',
    s,
    showPregnancyLosses: options.showPregnancyLosses ?? DEFAULT_LAYOUT_OPTIONS.showPregnancyLosses,
    labelDetail: options.labelDetail ?? DEFAULT_LAYOUT_OPTIONS.labelDetail,
    ecomap: options.ecomap ?? DEFAULT_LAYOUT_OPTIONS.ecomap,
    showEmotional: options.showEmotional ?? DEFAULT_LAYOUT_OPTIONS.showEmotional,
    showCaring: options.showCaring ?? DEFAULT_LAYOUT_OPTIONS.showCaring,
    refineRows: options.refineRows ?? DEFAULT_LAYOUT_OPTIONS.refineRows,
    words: options.words ?? DEFAULT_LAYOUT_OPTIONS.words,
    partnerGap: 2.15 * s,
    siblingGap: 1.6 * s,
    unitGap: 1.75 * s,
    rowHeight: 3.75 * s,
    labelWidth: 1.5 * s,
    lineHeight: 0.32 * s,
    labelFontSize: 0.25 * s,
  };
}
