import { badgeRowBox, badgeRowWidth } from '../labels/badges.ts';
import { textWidth } from '../labels/textWidth.ts';
import type { ResolvedOptions } from '../options.ts';
import { toPolylines } from '../readability/polyline.ts';
import { BoxIndex } from '../geometry/boxIndex.ts';
import { boxesOverlap, segmentHitsBox, segmentHitsRect } from '../geometry/segmentHitsBox.ts';
import type { Box, Connector, PersonNode, Point } from '../types.ts';

/** Font size of household labels, as the renderer draws them. */
export const HOUSEHOLD_LABEL_FONT = 11;
/** Font size of line labels ("m. 1990", "visits"), as the renderer draws them. */
export const LINE_LABEL_FONT = 10;

/** What text placed late (household labels, "visits") must keep clear of; `placed` grows. */
export interface TextSpace {
  /** People by the box of their symbol and name together. */
  nodes: BoxIndex<PersonNode>;
  /** Lines already drawn, one segment (two points) an entry, by their bounding boxes. */
  lines: BoxIndex<Point[]>;
  /** Line labels and placed labels. */
  texts: BoxIndex<Box>;
  /** The chart's name line height, which places each person's badge row under their name. */
  lineHeight: number;
}

/** A connector's path as polylines, read once per path (the run labels and line jumps read it too). */
const PARSED = new WeakMap<Connector, { d: string; lines: Point[][] }>();
export function linesOf(c: Connector): Point[][] {
  const seen = PARSED.get(c);
  if (seen && seen.d === c.d) return seen.lines;
  const lines = toPolylines(c.d);
  PARSED.set(c, { d: c.d, lines });
  return lines;
}

/** Reads the people, lines and line labels once, for every late label of a chart. */
export function textSpace(nodes: PersonNode[], connectors: Connector[], options: ResolvedOptions): TextSpace {
  const cell = options.s * 3;
  const space: TextSpace = {
    nodes: new BoxIndex(cell),
    lines: new BoxIndex(cell),
    texts: new BoxIndex(cell),
    lineHeight: options.lineHeight,
  };
  for (const node of nodes) space.nodes.add(personArea(node), node);
  for (const c of connectors) {
    if (c.label) {
      const box = lineLabelBox(c.label);
      space.texts.add(box, box);
    }
    // Each segment on its own (a line's box can be most of the chart; its segments' boxes are thin).
    for (const line of linesOf(c))
      for (let i = 1; i < line.length; i += 1) {
        const a = line[i - 1] as Point;
        const b = line[i] as Point;
        const x = Math.min(a.x, b.x);
        const y = Math.min(a.y, b.y);
        space.lines.add({ x, y, width: Math.max(a.x, b.x) - x, height: Math.max(a.y, b.y) - y }, [a, b]);
      }
  }
  return space;
}

/** Records text placed late, so later labels keep clear of it. */
export function placeText(space: TextSpace, box: Box): void {
  space.texts.add(box, box);
}

/** The box a person takes on the chart: symbol, name label and badge row together. */
export function personArea(node: PersonNode): Box {
  // The badge row is centred under the name and may be wider than it.
  const badges = badgeRowWidth(node.badges ?? []) / 2;
  const centre = node.label.x + node.label.width / 2;
  const x = Math.min(node.x - node.width / 2, node.label.x, centre - badges);
  const y = node.y - node.height / 2;
  const right = Math.max(node.x + node.width / 2, node.label.x + node.label.width, centre + badges);
  const bottom = Math.max(node.y + node.height / 2, node.label.y + node.label.height);
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The box text takes when set at `font` from `x` (left) on baseline `y`. Widths are the larger of
 * the sans-serif advance estimate and 0.55 em a glyph, so a wider system font still fits.
 */
export function textBox(text: string, x: number, y: number, font: number): Box {
  const width = Math.max(textWidth(text, font), text.length * font * 0.55);
  return { x, y: y - font * 0.8, width, height: font };
}

/** The box of a line label centred on its point. */
export function lineLabelBox(label: { x: number; y: number; text: string }): Box {
  const b = textBox(label.text, 0, 0, LINE_LABEL_FONT);
  return { x: label.x - b.width / 2, y: label.y - LINE_LABEL_FONT / 2, width: b.width, height: b.height };
}

/** Whether text in `box` would cover no symbol, name, badge, line, line label or placed label. */
export function textSpaceIsFree(box: Box, space: TextSpace): boolean {
  const room = { x: box.x - 2, y: box.y - 2, width: box.width + 4, height: box.height + 4 };
  const rx1 = room.x + room.width;
  const ry1 = room.y + room.height;
  for (const node of space.nodes.query(room)) {
    // The symbol's box, then the name's (boxesOverlap: touching edges count).
    const sx = node.x - node.width / 2;
    const sy = node.y - node.height / 2;
    if (room.x <= sx + node.width && sx <= rx1 && room.y <= sy + node.height && sy <= ry1) return false;
    if (boxesOverlap(room, node.label)) return false;
    // A row of badges may be wider than the name box: the text must not cover it.
    const badges = badgeRowBox(node, space.lineHeight);
    if (badges && boxesOverlap(box, badges)) return false;
  }
  if (space.texts.any(room)) return false;
  for (const line of space.lines.query(room))
    for (let i = 1; i < line.length; i += 1) {
      const a = line[i - 1] as Point;
      const b = line[i] as Point;
      if (segmentHitsRect(a.x, a.y, b.x, b.y, room.x, room.y, rx1, ry1)) return false;
    }
  return true;
}

/**
 * Where a household's name goes: just above one of its outline's top edges (or below a bottom
 * edge), at the first place where it covers no symbol, name, line, line label or other household
 * label, nor the lines in `avoid` (where the visitors' tethers will go); then slid along its edges,
 * down beside its sides, and raised above its top edges (over a line running along the top).
 * Falls back to the top-left corner when nowhere is free.
 */
export function placeHouseholdLabel(
  text: string,
  loops: Point[][],
  space: TextSpace,
  options: ResolvedOptions,
  avoid: readonly { a: Point; b: Point }[] = [],
): { x: number; y: number; text: string } {
  const pad = options.s * 0.15;
  const width = textBox(text, 0, 0, HOUSEHOLD_LABEL_FONT).width;
  const candidates: Point[] = [];
  const below: Point[] = [];
  for (const loop of loops)
    loop.forEach((p, i) => {
      const q = loop[(i + 1) % loop.length] as Point;
      if (p.y !== q.y) return;
      const [lo, hi] = p.x < q.x ? [p.x, q.x] : [q.x, p.x];
      const list = p.x < q.x ? candidates : below;
      const y = p.x < q.x ? p.y - 3 : p.y + HOUSEHOLD_LABEL_FONT;
      list.push({ x: lo + pad, y });
      if (hi - lo > width + 2 * pad) list.push({ x: hi - pad - width, y });
    });
  // Then beside the outline, outside its left and right edges.
  const beside: Point[] = [];
  for (const loop of loops)
    loop.forEach((p, i) => {
      const q = loop[(i + 1) % loop.length] as Point;
      if (p.x !== q.x) return;
      const y = (p.y + q.y) / 2 + HOUSEHOLD_LABEL_FONT / 2;
      // Clockwise: an edge going up is a left edge, going down a right edge.
      beside.push({ x: q.y < p.y ? p.x - pad - width : p.x + pad, y });
    });
  candidates.sort((a, b) => a.y - b.y || a.x - b.x);
  below.sort((a, b) => b.y - a.y || a.x - b.x);
  // Every candidate's box has the same size: textBox(text, c.x, c.y, HOUSEHOLD_LABEL_FONT).
  const font = HOUSEHOLD_LABEL_FONT;
  const boxAt = (c: Point): Box => ({ x: c.x, y: c.y - font * 0.8, width, height: font });
  const isFree = (box: Box) => {
    if (!textSpaceIsFree(box, space)) return false;
    if (avoid.length === 0) return true;
    const room = { x: box.x - 2, y: box.y - 2, width: box.width + 4, height: box.height + 4 };
    return !avoid.some((l) => segmentHitsBox(l.a, l.b, room));
  };
  let chosen: Point | undefined;
  for (const list of [candidates, below, beside]) {
    for (const c of list)
      if (isFree(boxAt(c))) {
        chosen = c;
        break;
      }
    if (chosen) break;
  }
  if (!chosen) {
    // Then slid along each edge, up to three quarters past either end, where lines cross its ends.
    const slid: (Point & { over: number })[] = [];
    for (const loop of loops)
      loop.forEach((p, i) => {
        const q = loop[(i + 1) % loop.length] as Point;
        if (p.y !== q.y) return;
        const [lo, hi] = p.x < q.x ? [p.x, q.x] : [q.x, p.x];
        const y = p.x < q.x ? p.y - 3 : p.y + HOUSEHOLD_LABEL_FONT;
        for (let x = lo - width * 0.75; x <= hi - width * 0.25; x += options.s * 0.5)
          slid.push({ x, y, over: Math.max(0, lo - x, x + width - hi) });
      });
    // Then beside each side edge, slid down it from top to bottom.
    for (const loop of loops)
      loop.forEach((p, i) => {
        const q = loop[(i + 1) % loop.length] as Point;
        if (p.x !== q.x) return;
        const x = q.y < p.y ? p.x - pad - width : p.x + pad;
        const [lo, hi] = p.y < q.y ? [p.y, q.y] : [q.y, p.y];
        for (let y = lo + HOUSEHOLD_LABEL_FONT; y <= hi; y += options.s * 0.25)
          slid.push({ x, y, over: width });
      });
    // Then raised above each top edge, a quarter of a symbol at a time up to one symbol: over a line
    // that runs along the top of the outline rather than through it.
    for (const loop of loops)
      loop.forEach((p, i) => {
        const q = loop[(i + 1) % loop.length] as Point;
        if (p.y !== q.y || p.x > q.x) return;
        for (let rise = options.s * 0.25; rise <= options.s + 1e-9; rise += options.s * 0.25)
          for (let x = p.x + pad; x <= q.x - width * 0.25; x += options.s * 0.5)
            slid.push({ x, y: p.y - 3 - rise, over: width + rise });
      });
    // Least past the edge's ends first, so the label stays over its own outline where it can.
    slid.sort((a, b) => a.over - b.over);
    chosen = slid.find((c) => isFree(boxAt(c))) ??
      candidates[0] ??
      below[0] ??
      beside[0] ??
      slid[0] ?? { x: 0, y: 0 };
  }
  placeText(space, boxAt(chosen));
  return { x: chosen.x, y: chosen.y, text };
}
