import { BoxIndex } from '../geometry/boxIndex.ts';
import { boxesOverlap, segmentHitsBox } from '../geometry/segmentHitsBox.ts';
import { lineLabelBox, linesOf, personArea } from '../households/labelPlace.ts';
import type { ResolvedOptions } from '../options.ts';
import { segmentsCross } from '../readability/geometry.ts';
import { toPolylines } from '../readability/polyline.ts';
import type { Box, Connector, PersonNode, Point } from '../types.ts';
import { n } from './path.ts';

type Piece = { a: Point; b: Point; c: Connector };

/**
 * The straight pieces of a chart's lines in a spatial index, read once per chart and shared by
 * `placeRunLabels` and `bridgePartnershipLines` (lines added to `connectors` since are read on the
 * next call). Keyed by the connectors array itself.
 */
const INDEXES = new WeakMap<
  Connector[],
  { index: BoxIndex<{ line: Point[]; c: Connector }>; read: number; near: (box: Box) => Piece[] }
>();
function linesIndex(connectors: Connector[], options: ResolvedOptions): { query: (box: Box) => Piece[] } {
  let entry = INDEXES.get(connectors);
  if (!entry) {
    const index = new BoxIndex<{ line: Point[]; c: Connector }>(options.s * 3);
    // Whole lines by their boxes (one entry a line), cut into pieces only where asked.
    const near = (box: Box) =>
      index.query(box).flatMap(({ line, c }) => line.slice(1).map((b, k) => ({ a: line[k] as Point, b, c })));
    entry = { index, read: 0, near };
    INDEXES.set(connectors, entry);
  }
  for (; entry.read < connectors.length; entry.read += 1) {
    const c = connectors[entry.read] as Connector;
    if (c.ref.kind === 'ecomap') continue;
    for (const line of linesOf(c)) if (line.length > 1) entry.index.add(boundsOf(line), { line, c });
  }
  return { query: entry.near };
}

/** Half the gap a partnership line leaves where another line passes it, in symbol sizes. */
export const BRIDGE_GAP = 0.14;

/** Lines a partnership line that runs past other people may have to pass (and tethers). */
const PASSING = new Set(['sibship', 'descent', 'multiple-birth']);

/**
 * Line jumps for the partnership lines that run past other people (McGoldrick's down-and-across
 * line for a third or later partner, and the elbow between partners kept on different rows): where
 * another couple's children's stem, a child's line or a second carer's line must pass such a line,
 * the partnership line is broken for `BRIDGE_GAP` either side and the other line runs on unbroken
 * through the gap. The partnership line reads as passing behind, never as joining the line it
 * passes (the convention wiring diagrams use for lines that do not connect), and the children's
 * line stays whole from its own couple down to its children. Changes `connectors` in place.
 *
 * @example
 * bridgePartnershipLines(connectors, options); // "M0 60 H100" crossed at x 50 → "M0 60 L44.4 60 M55.6 60 L100 60"
 */
export function bridgePartnershipLines(connectors: Connector[], options: ResolvedOptions): void {
  const runs = connectors.filter((c) => c.ref.kind === 'partnership' && /[HVL].*[HVL]/.test(c.d));
  if (runs.length === 0) return;
  const index = linesIndex(connectors, options);
  const passing = (c: Connector) => PASSING.has(c.ref.kind) || c.ref.kind === 'household-tether';
  const gap = options.s * BRIDGE_GAP;
  for (const c of runs) {
    const lines = toPolylines(c.d);
    let changed = false;
    const pieces: Point[][] = [];
    for (const line of lines) {
      let piece: Point[] = [line[0] as Point];
      for (let k = 1; k < line.length; k += 1) {
        const a = line[k - 1] as Point;
        const b = line[k] as Point;
        const len = Math.hypot(b.x - a.x, b.y - a.y);
        const [x0, x1] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
        const [y0, y1] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
        // Where along a→b (0–1) the other lines cross it.
        const at: number[] = [];
        for (const o of index.query({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 })) {
          if (!passing(o.c) || !segmentsCross({ a, b }, o)) continue;
          const t = crossingAt(a, b, o.a, o.b);
          if (t !== undefined) at.push(t);
        }
        // A label set in the run: the run stops either side of it.
        const label = c.label ? lineLabelBox(c.label) : undefined;
        const inlineLabel = label && a.y === b.y && c.label?.y === a.y && c.label.x > x0 && c.label.x < x1;
        if ((at.length === 0 && !inlineLabel) || len === 0) {
          piece.push(b);
          continue;
        }
        changed = true;
        const spans: [number, number][] = at.map((t) => [t - gap / len, t + gap / len]);
        if (inlineLabel && label) {
          const [u, v] = [(label.x - 1 - a.x) / (b.x - a.x), (label.x + label.width + 1 - a.x) / (b.x - a.x)];
          spans.push(u < v ? [u, v] : [v, u]);
        }
        spans.sort((p, q) => p[0] - q[0]);
        // Gaps round each crossing (and the label), merged where they meet, kept inside this piece.
        const cuts: [number, number][] = [];
        for (const [from, to] of spans) {
          const lo = Math.max(0, from);
          const hi = Math.min(1, to);
          const last = cuts[cuts.length - 1];
          if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
          else cuts.push([lo, hi]);
        }
        const point = (t: number) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
        for (const [lo, hi] of cuts) {
          if (lo > 0) piece.push(point(lo));
          if (piece.length > 1) pieces.push(piece);
          piece = [point(hi)];
        }
        if (cuts[cuts.length - 1]?.[1] !== 1) piece.push(b);
      }
      if (piece.length > 1) pieces.push(piece);
    }
    if (changed)
      c.d = pieces
        .map((p) => p.map((q, i) => `${i === 0 ? 'M' : 'L'}${n(q.x)} ${n(q.y)}`).join(' '))
        .join(' ');
  }
}

/** Where along a→b (0–1) the line through c→d crosses it. */
function crossingAt(a: Point, b: Point, c: Point, d: Point): number | undefined {
  const den = (b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x);
  if (Math.abs(den) < 1e-12) return undefined;
  return ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) / den;
}

/** Whether a path is a partnership line that runs past other people (more than one straight piece). */
function runsPast(c: Connector): boolean {
  return c.ref.kind === 'partnership' && /[HVL].*[HVL]/.test(c.d);
}

/**
 * The label ("LT 2011 s. 2016") of each partnership line that runs past other people, moved to the
 * first place on its own line where it covers no other line, symbol, name or label: set in the run
 * across, which `bridgePartnershipLines` then stops either side of it, so the label reads as that
 * line's own and no other (the widest stretch between the lines that pass the run first, then
 * nearest its middle); else under or over the run, else beside the lines down from the partners.
 * Their lines are only known once every parent–child line is drawn, so this runs after them; where
 * no place is free the label stays where `partnershipConnector` put it.
 */
export function placeRunLabels(connectors: Connector[], nodes: PersonNode[], options: ResolvedOptions): void {
  const runs = connectors.filter((c) => runsPast(c) && c.label);
  if (runs.length === 0) return;
  const { s } = options;
  const index = linesIndex(connectors, options);
  const near = (box: Box) => index.query(box);
  const people = new BoxIndex<Box>(s * 3);
  for (const node of nodes) people.add(personArea(node), personArea(node));
  const labels = new Map<Connector, Box>();
  for (const c of connectors) if (c.label) labels.set(c, lineLabelBox(c.label));
  /** Free of everything; `onRun`: the label sits on its own run at that y, which is cut round it. */
  const free = (c: Connector, box: Box, onRun?: number) => {
    const room = { x: box.x - 1, y: box.y - 2, width: box.width + 2, height: box.height + 4 };
    if (people.query(room).length > 0) return false;
    for (const [other, b] of labels) if (other !== c && boxesOverlap(room, b)) return false;
    return !near(room).some(
      (g) =>
        !(onRun !== undefined && g.c === c && g.a.y === onRun && g.b.y === onRun) &&
        segmentHitsBox(g.a, g.b, room),
    );
  };
  for (const c of runs) {
    const label = c.label as NonNullable<Connector['label']>;
    const width = lineLabelBox(label).width;
    const tries: Point[] = [];
    const legs: Point[] = [];
    const inline: Point[] = [];
    for (const line of toPolylines(c.d))
      line.slice(1).forEach((b, k) => {
        const a = line[k] as Point;
        if (a.y === b.y) {
          const [lo, hi] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
          // The stretches between the lines that pass the run, widest first, then every step.
          const cuts = [lo, hi];
          for (const g of near({ x: lo, y: a.y - s * 0.4, width: hi - lo, height: s * 0.8 }))
            if (Math.min(g.a.y, g.b.y) < a.y + s * 0.4 && Math.max(g.a.y, g.b.y) > a.y - s * 0.4)
              for (const x of [g.a.x, g.b.x]) if (x > lo && x < hi) cuts.push(x);
          cuts.sort((p, q) => p - q);
          const xs = cuts
            .slice(1)
            .map((x, i) => [cuts[i] as number, x] as const)
            .filter(([p, q]) => q - p > width)
            .sort((p, q) => q[1] - q[0] - (p[1] - p[0]))
            .map(([p, q]) => (p + q) / 2);
          const mid = (lo + hi) / 2;
          const steps: number[] = [];
          for (let x = lo + width / 2; x <= hi - width / 2; x += s * 0.25) steps.push(x);
          steps.sort((p, q) => Math.abs(p - mid) - Math.abs(q - mid));
          // A bounded number of places per stretch of run, so a long run costs no more than a short one.
          for (const x of [...xs.slice(0, 6), ...steps.slice(0, 8)]) {
            for (const dy of [0.22, -0.22]) tries.push({ x, y: a.y + dy * s });
            inline.push({ x, y: a.y });
          }
        } else if (a.x === b.x && Math.abs(b.y - a.y) > s * 0.5) {
          for (const side of [1, -1])
            legs.push({ x: a.x + side * (width / 2 + s * 0.12), y: (a.y + b.y) / 2 });
        }
      });
    const boxAt = (p: Point) => lineLabelBox({ ...p, text: label.text });
    // Where partnershipConnector put it (under the run), when nothing else is there.
    if (free(c, boxAt(label))) continue;
    const at =
      inline.find((p) => free(c, boxAt(p), p.y)) ?? [...tries, ...legs].find((p) => free(c, boxAt(p)));
    if (!at) continue;
    c.label = { ...label, x: at.x, y: at.y };
    labels.set(c, lineLabelBox(c.label));
    moveMarks(c, near, options);
  }
}

/**
 * Moves the slashes (and the reconciled mark) of a run to the middle of the longest piece of its
 * run across left clear of its label and of the lines that pass it, so no mark is drawn over text
 * or in a gap.
 */
function moveMarks(c: Connector, near: (box: Box) => Piece[], options: ResolvedOptions): void {
  if (c.marks.length === 0) return;
  const all = toPolylines(c.d).flat();
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const span = {
    x: Math.min(...xs) - options.s,
    y: Math.min(...ys) - options.s,
    width: Math.max(...xs) - Math.min(...xs) + 2 * options.s,
    height: Math.max(...ys) - Math.min(...ys) + 2 * options.s,
  };
  const segments = near(span);
  const gap = options.s * BRIDGE_GAP;
  const label = c.label ? lineLabelBox(c.label) : undefined;
  let best: { x: number; y: number; length: number; upright: boolean } | undefined;
  let leg: typeof best;
  let legRoom: number | undefined;
  const lines = toPolylines(c.d);
  // Only the run across (the deepest piece) or the lines down to it, never the stubs beside the
  // partners, where a slash would touch the row's other partnership lines.
  const depth = Math.max(...lines.flat().map((p) => p.y));
  for (const line of lines)
    line.slice(1).forEach((b, k) => {
      const a = line[k] as Point;
      if (a.y === b.y && a.y === depth) {
        const [lo, hi] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
        const blocked: [number, number][] = [];
        if (label && label.y < a.y && label.y + label.height > a.y)
          blocked.push([label.x - gap, label.x + label.width + gap]);
        for (const g of segments)
          if (g.c !== c && Math.min(g.a.y, g.b.y) < a.y && Math.max(g.a.y, g.b.y) > a.y && g.a.x === g.b.x)
            blocked.push([g.a.x - gap, g.a.x + gap]);
        blocked.sort((p, q) => p[0] - q[0]);
        let from = lo;
        for (const [u, v] of [...blocked, [hi, hi] as [number, number]]) {
          const to = Math.min(u, hi);
          if (to - from > (best?.length ?? 0))
            best = { x: (from + to) / 2, y: a.y, length: to - from, upright: false };
          from = Math.max(from, v);
        }
      } else if (a.x === b.x && Math.max(a.y, b.y) === depth) {
        // A line down: the mark turned across it, in its middle, when the run has no room.
        // The one furthest from any other line down beside it, so the mark crosses this line only.
        const [y0, y1] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
        let room = Infinity;
        for (const g of segments)
          if (g.c !== c && Math.min(g.a.y, g.b.y) < y1 && Math.max(g.a.y, g.b.y) > y0)
            room = Math.min(room, Math.abs(Math.min(Math.abs(g.a.x - a.x), Math.abs(g.b.x - a.x))));
        if (y1 - y0 > options.s * 0.5 && room > (legRoom ?? -1)) {
          legRoom = room;
          leg = { x: a.x, y: (y0 + y1) / 2, length: y1 - y0, upright: true };
        }
      }
    });
  if (!best || best.length < options.s * 0.35) best = leg;
  if (!best || best.length < options.s * 0.35) return;
  const points = c.marks.flatMap((m) => (m.d ? toPolylines(m.d).flat() : m.at ? [m.at] : []));
  if (points.length === 0) return;
  const cx = points.reduce((t, p) => t + p.x, 0) / points.length;
  const cy = points.reduce((t, p) => t + p.y, 0) / points.length;
  const { x, y, upright } = best;
  // Moved to the new place; turned a quarter across a line down.
  const to = (p: Point) =>
    upright ? { x: x - (p.y - cy), y: y + (p.x - cx) } : { x: x + p.x - cx, y: y + p.y - cy };
  c.marks = c.marks.map((m) => ({
    ...m,
    ...(m.d
      ? {
          d: toPolylines(m.d)
            .map((l) => l.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(to(p).x)} ${n(to(p).y)}`).join(' '))
            .join(' '),
        }
      : {}),
    ...(m.at ? { at: to(m.at) } : {}),
  }));
}

/** The bounding box of a polyline. */
function boundsOf(line: Point[]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of line) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
