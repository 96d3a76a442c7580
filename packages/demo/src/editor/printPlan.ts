import type { FamilyLayout } from './InteractiveChart.tsx';

/** A box in layout units. */
type Box = FamilyLayout['bounds'];

/** Millimetres per point. */
const MM_PER_PT = 25.4 / 72;

/** The printed page's areas, in millimetres (A4 landscape less 10 mm margins is 277 × 190). */
export interface PrintPage {
  /** Width of the chart on every page. */
  width: number;
  /** Height of the chart on a page of its own (the title, the date and a caption take the rest). */
  height: number;
  /** Height of the chart when the key is printed under it. */
  heightWithKey: number;
  /** Width of the chart when the key is printed beside it (a tall, narrow chart). */
  widthBesideKey: number;
}

/**
 * A4 landscape: 277 × 190 mm inside the margins, less about 28 mm for the title, the date and a
 * caption; the key takes about 60 mm under the chart or 110 mm beside it.
 */
export const A4_LANDSCAPE: PrintPage = { width: 275, height: 160, heightWithKey: 100, widthBesideKey: 165 };

/** Names are printed at least this size (points), and at most `MAX_NAME_PT` on a chart that fits easily. */
export const MIN_NAME_PT = 8;
export const MAX_NAME_PT = 12;

/** One page's part of the chart: a box in layout units, and where it sits among the pages. */
export interface PrintTile extends Box {
  row: number;
  column: number;
}

/** How the chart is printed. */
export interface PrintPlan {
  /** Millimetres per layout unit, the same on every page. */
  scale: number;
  /** The smallest name on paper, in points. */
  namePt: number;
  rows: number;
  columns: number;
  /** Row by row, left to right. */
  tiles: PrintTile[];
  /**
   * Where the key goes: under or beside the chart on its only page, or on a page of its own after the
   * chart's pages (the last page).
   */
  keyPlace: 'under' | 'beside' | 'own-page';
}

/** Space round the drawing, in layout units (as on screen). */
const PADDING = 24;

/** The size the layout set names at (the renderer draws them at it; 11 when it does not say). */
export function nameFontSize(layout: FamilyLayout): number {
  const sizes = layout.nodes.filter((n) => n.label.lines.length > 0).map((n) => n.label.fontSize ?? 11);
  return sizes.length > 0 ? Math.min(...sizes) : 11;
}

/** Intervals taken by people (symbol and name), along one axis, merged. */
function occupied(layout: FamilyLayout, axis: 'x' | 'y'): [number, number][] {
  const size = axis === 'x' ? 'width' : 'height';
  const spans = layout.nodes
    .map((node): [number, number] => {
      const low = Math.min(node[axis] - node[size] / 2, node.label[axis]);
      const high = Math.max(node[axis] + node[size] / 2, node.label[axis] + node.label[size]);
      return [low, high];
    })
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/**
 * Where to cut one axis into pages no longer than `step` units: at the middle of a gap between
 * people when there is one in the last half of the page, so nobody is cut in two; else at the page's
 * end.
 */
function cuts(start: number, end: number, step: number, taken: [number, number][]): number[] {
  const edges = [start];
  let from = start;
  while (end - from > step) {
    const limit = from + step;
    let cut = limit;
    for (let i = 0; i + 1 < taken.length; i++) {
      const gapStart = taken[i]![1];
      const gapEnd = taken[i + 1]![0];
      const middle = (gapStart + gapEnd) / 2;
      if (gapStart >= from + step / 2 && middle <= limit) cut = middle;
    }
    // A person who reaches past the page's end, with no gap to cut at: cut at the end.
    if (cut <= from) cut = limit;
    edges.push(cut);
    from = cut;
  }
  edges.push(end);
  return edges;
}

/**
 * How to print a chart on A4 so names are at least {@link MIN_NAME_PT}: on one page with the key
 * when it fits there at that size; else over as many pages as it needs, all at one scale, cut
 * between people where possible, with the key on a page of its own after them.
 *
 * @example
 * const plan = printPlan(layout); // plan.tiles: one box of the chart per page
 */
export function printPlan(layout: FamilyLayout, page: PrintPage = A4_LANDSCAPE): PrintPlan {
  const font = nameFontSize(layout);
  const toPt = (scale: number) => (font * scale) / MM_PER_PT;
  const minScale = (MIN_NAME_PT * MM_PER_PT) / font;
  const maxScale = (MAX_NAME_PT * MM_PER_PT) / font;
  const { bounds } = layout;
  const box = {
    x: bounds.x - PADDING,
    y: bounds.y - PADDING,
    width: bounds.width + 2 * PADDING,
    height: bounds.height + 2 * PADDING,
  };
  const fitScale = (width: number, height: number) => Math.min(width / box.width, height / box.height);
  const single = (scale: number, keyPlace: PrintPlan['keyPlace']): PrintPlan => ({
    scale: Math.min(scale, maxScale),
    namePt: toPt(Math.min(scale, maxScale)),
    rows: 1,
    columns: 1,
    tiles: [{ ...box, row: 0, column: 0 }],
    keyPlace,
  });
  // One page with the key, under the chart or beside it, whichever draws the chart bigger.
  const under = fitScale(page.width, page.heightWithKey);
  const beside = fitScale(page.widthBesideKey, page.height);
  if (Math.max(under, beside) >= minScale)
    return single(Math.max(under, beside), under >= beside ? 'under' : 'beside');
  if (fitScale(page.width, page.height) >= minScale)
    return single(fitScale(page.width, page.height), 'own-page');

  const scale = minScale;
  const xs = cuts(box.x, box.x + box.width, page.width / scale, occupied(layout, 'x'));
  const ys = cuts(box.y, box.y + box.height, page.height / scale, occupied(layout, 'y'));
  const tiles: PrintTile[] = [];
  for (let row = 0; row + 1 < ys.length; row++)
    for (let column = 0; column + 1 < xs.length; column++)
      tiles.push({
        x: xs[column]!,
        y: ys[row]!,
        width: xs[column + 1]! - xs[column]!,
        height: ys[row + 1]! - ys[row]!,
        row,
        column,
      });
  return {
    scale,
    namePt: toPt(scale),
    rows: ys.length - 1,
    columns: xs.length - 1,
    tiles,
    keyPlace: 'own-page',
  };
}
