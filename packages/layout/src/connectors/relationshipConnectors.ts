import type { PersonId } from '@kinmap/model';
import { segmentHitsRect } from '../geometry/segmentHitsBox.ts';
import { badgeRowWidth } from '../labels/badges.ts';
import { textWidth } from '../labels/textWidth.ts';
import type { ResolvedOptions } from '../options.ts';
import type { Connector, HouseholdOutline, PersonNode, Point } from '../types.ts';
import { arrowHead } from './arrow.ts';
import { n } from './path.ts';
import { STEPS, at, curve, overlaps, pathPolylines, type Curve } from './curves.ts';
import type { RelationshipLine } from './relationshipLines.ts';
import { Router, type Route } from './routeAround.ts';
import { Grid } from './segmentGrid.ts';

/** A list of bows, each `[base, k]`. */
type Bows = readonly (readonly [number, number])[];
/** Bows tried, as `s * base + distance * k`, in order of preference (the first is the classic bow). */
const BOWS: readonly [number, number][] = [
  [0.6, 0.2],
  [0.6, 0.1],
  [0.5, 0.04],
  [0.8, 0.32],
  [1, 0.48],
  [1.4, 0.7],
];
/** Bows tried from the sides of symbols: the usual ones, then wider, to swing round a whole row. */
const WIDE_BOWS: Bows = [...BOWS, [2, 1], [2.5, 1.4], [3, 1.9]];
/** Where along a route a label may sit (by length), nearest the middle first. */
const ROUTE_LABEL_T = [0.5];
for (let k = 1; k <= 18; k += 1) ROUTE_LABEL_T.push(0.5 - k * 0.025, 0.5 + k * 0.025);
/** Where along its curve a label may sit, nearest the middle first. */
const LABEL_T = [0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74, 0.2, 0.8, 0.14, 0.86];
/** Control points over the middle of the chord, then pushed towards either end. */
const SKEWS = [0, -0.35, 0.35];
/**
 * Grid cells and boxes one relationship may probe while choosing its curve. A long line across a
 * dense chart stops searching when it is spent and keeps the best curve found, so the cost of a
 * relationship is bounded whatever the chart.
 */
const PROBE_BUDGET = 6_000;
/** Cells and boxes one relationship's label may probe for a clear place. */
const LABEL_BUDGET = 6_000;
/** The fewest probes a relationship gets, however many there are. */
const MIN_PROBES = 500;
/** Probes shared by all relationships' labels before each gets less than `LABEL_BUDGET`. */
const TOTAL_PROBES = 12_000_000;
/**
 * Probes shared by all relationships' bows before each gets less than `PROBE_BUDGET`: a chart
 * with a few lines searches long for the classic bow; one with many routes a line round the chart
 * (`routeAround.ts`) sooner, which costs less than a long search.
 */
const BOW_PROBES = 24_000;
/**
 * Grid cells all routes of one chart may open between them (a 1000-person family with 50 lines
 * across it opens about 125,000). Past it, a line keeps its best bow, so a chart of many thousand
 * people with hundreds of lines still lays out in bounded time.
 */
const ROUTE_CELLS = 400_000;
/** How far a route's longest piece may be moved aside for room for its label, nearest first. */
const ASIDE = [8, 16, 24, 32];
/** Clashes past which label places are not told apart. */
const LABEL_LIMIT = 4;
const UP = 1;
const DOWN = -1;
/** Half the size of a caring line's » mark, in symbol sizes. */
const MARK_HALF = 0.25;
/** Height of a badge as the renderer draws it. */
const BADGE_HEIGHT = 14;
/** Font size the renderer draws line labels at. */
const LABEL_FONT = 10;
/** Space kept between a line and a box it passes, and between two texts. */
const CLEAR = 1.5;

/** Lines and labels drawn already, which emotional lines and their labels keep clear of. */
export interface DrawnSoFar {
  connectors?: readonly Connector[];
  households?: readonly HouseholdOutline[];
}

/**
 * Relationship lines (emotional relationships, caring roles) as quadratic curves that keep clear of
 * the chart. A curve bows away from the chord between its two people; by preference it runs from the
 * tops of their symbols and bows upwards, over the structure lines, so it is never read as a
 * partnership line or twin bar. When that bow would pass through another person's symbol, name or
 * birth/death years, or through a line or household label, other ends (under the upper person's
 * name down to the lower one's symbol; under both names) and flatter or deeper bows on either side
 * are tried, and the first that passes through nothing (with a clear place for its label) is
 * kept. When none does within the line's share of probes (a line across a crowded chart), the line
 * is routed round everything instead (`routeAround.ts`: the shortest way through the gaps between
 * rows and between people, pulled straight between its corners and drawn with rounded corners);
 * only when no route exists is the bow through fewest boxes kept. A second line between the same
 * two people never takes the curve of the first. The label ("PA", "cares", "SA (alleged)") then
 * takes the place along the line, nearest the middle, where it overlaps no text or symbol and no
 * other line crosses it. Directed ones (`head: 'arrow'`) get an arrowhead at
 * the `to` end; caring lines (`head: 'care'`) two open arrowheads in the middle, pointing to `to`.
 *
 * Cost: every box and segment sits in a grid of `2s` cells. Choosing one bow probes at most
 * `PROBE_BUDGET` cells and boxes (fewer, down to `MIN_PROBES`, when there are more than four
 * relationships: `BOW_PROBES` are shared), and placing its label at most `LABEL_BUDGET`. A route
 * searches a grid of s/3 cells over the chart, built once for all lines (linear in boxes), opening
 * at most 60,000 cells per line and `ROUTE_CELLS` for all lines together; on generated families a
 * route opens a few hundred to a few thousand. `drawn` gives the lines and household labels laid
 * out before (without it, only people are kept clear of).
 */
export function relationshipConnectors(
  lines: readonly RelationshipLine[],
  byId: Map<PersonId, PersonNode>,
  options: ResolvedOptions,
  drawn: DrawnSoFar = {},
): Connector[] {
  const { s } = options;
  const relationships = lines.filter((e) => {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    return a !== undefined && b !== undefined && a !== b;
  });
  if (relationships.length === 0) return [];

  // The grids cover the people with a margin; anything beyond folds onto the edge cells.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of byId.values()) {
    minX = Math.min(minX, node.label.x, node.x - node.width / 2);
    maxX = Math.max(maxX, node.label.x + node.label.width, node.x + node.width / 2);
    minY = Math.min(minY, node.y - node.height / 2);
    maxY = Math.max(maxY, node.label.y + node.label.height, node.y + node.height / 2);
  }
  const margin = 4 * s;
  const newGrid = () =>
    new Grid(minX - margin, minY - margin, maxX - minX + 2 * margin, maxY - minY + 2 * margin, 2 * s);

  // Boxes: symbols, name labels and years above symbols (owned by their person), and the labels of
  // lines and households drawn already (owned by nobody), each with its clearance.
  const bx0: number[] = [];
  const by0: number[] = [];
  const bx1: number[] = [];
  const by1: number[] = [];
  const owner: (PersonId | undefined)[] = [];
  const boxes = newGrid();
  const addBox = (x0: number, y0: number, x1: number, y1: number, who: PersonId | undefined) => {
    if (!(x1 > x0 && y1 > y0)) return;
    const id = bx0.length;
    bx0.push(x0 - CLEAR);
    by0.push(y0 - CLEAR);
    bx1.push(x1 + CLEAR);
    by1.push(y1 + CLEAR);
    owner.push(who);
    boxes.addBox(id, x0 - CLEAR, y0 - CLEAR, x1 + CLEAR, y1 + CLEAR);
  };
  for (const node of byId.values()) {
    const half = node.width / 2;
    addBox(node.x - half, node.y - node.height / 2, node.x + half, node.y + node.height / 2, node.id);
    const { label } = node;
    if (label.lines.length > 0)
      addBox(label.x, label.y, label.x + label.width, label.y + label.height, node.id);
    if (node.badges.length > 0) {
      // A row of badges may be wider than the name box: drawn 14 high under the name lines.
      const row = badgeRowWidth(node.badges);
      const cx = label.x + label.width / 2;
      const badgeTop = label.y + label.lines.length * options.lineHeight + 1.5;
      addBox(cx - row / 2, badgeTop, cx + row / 2, badgeTop + BADGE_HEIGHT, node.id);
    }
    const years = node.symbol.yearAbove;
    if (years?.left || years?.right) {
      // Drawn at font 10 on a baseline 4 (8 round a subject) above the symbol, either side of centre.
      const base = node.y - node.height / 2 - (node.symbol.isSubject ? 8 : 4);
      const left = years.left ? textWidth(years.left, 10) + 2 : 0;
      const right = years.right ? textWidth(years.right, 10) + 2 : 0;
      addBox(node.x - left, base - 9, node.x + right, base + 2, node.id);
    }
  }
  const connectors = drawn.connectors ?? [];
  for (const c of connectors) {
    if (!c.label) continue;
    const w = labelWidth(c.label.text);
    addBox(
      c.label.x - w / 2,
      c.label.y - LABEL_FONT / 2,
      c.label.x + w / 2,
      c.label.y + LABEL_FONT / 2,
      undefined,
    );
  }
  for (const h of drawn.households ?? []) {
    const w = textWidth(h.label.text, 11);
    addBox(h.label.x, h.label.y - 9, h.label.x + w, h.label.y + 3, undefined);
  }

  let budget = 0;
  // Segments of the lines drawn so far (and, in phase 2, of the curves), which labels keep clear of.
  // Lines with text or a mark in the middle (a caring line's ») keep it clear of other lines.
  const labelled = relationships.some((e) => e.label !== undefined || e.head === 'care');
  const segments = newGrid();
  const sx0: number[] = [];
  const sy0: number[] = [];
  const sx1: number[] = [];
  const sy1: number[] = [];
  const segOwner: number[] = [];
  // The lines chosen in phase 1, on a grid of their own (`early`), seen only while a route looks
  // for room for labels (`withEarlier`); 1 once dropped. Phase 2 adds every line to `segments`.
  const early = newGrid();
  const segEarly: number[] = [];
  let withEarlier = false;
  const addSegment = (ax: number, ay: number, ex: number, ey: number, who: number, isEarly = false) => {
    const id = sx0.length;
    sx0.push(ax);
    sy0.push(ay);
    sx1.push(ex);
    sy1.push(ey);
    segOwner.push(who);
    segEarly.push(0);
    (isEarly ? early : segments).addSegment(id, ax, ay, ex, ey);
  };
  if (labelled) {
    for (const c of connectors)
      for (const line of pathPolylines(c.d))
        for (let i = 1; i < line.length; i += 1) {
          const p = line[i - 1] as Point;
          const q = line[i] as Point;
          addSegment(p.x, p.y, q.x, q.y, -1);
        }
  }
  /** How many things a label box would overlap or be crossed by, stopping at `limit`. */
  const clashes = (x0: number, y0: number, x1: number, y1: number, r: number, limit: number): number => {
    let count = 0;
    boxes.boxCells(x0, y0, x1, y1);
    for (let f = 0; f < boxes.foundCount; f += 1) {
      const list = boxes.found[f] as number[];
      for (let j = 0; j < list.length; j += 1) {
        const id = list[j] as number;
        if (
          overlaps(x0, y0, x1, y1, bx0[id] as number, by0[id] as number, bx1[id] as number, by1[id] as number)
        ) {
          count += 1;
          if (count >= limit) return count;
        }
      }
    }
    for (const lines of withEarlier ? [segments, early] : [segments]) {
      lines.boxCells(x0, y0, x1, y1);
      for (let f = 0; f < lines.foundCount; f += 1) {
        const list = lines.found[f] as number[];
        for (let j = 0; j < list.length; j += 1) {
          const id = list[j] as number;
          if (segOwner[id] === r || segEarly[id] === 1) continue;
          // Out of probes: as bad as the limit, so the best place found so far is kept.
          budget -= 1;
          if (budget < 0) return limit;
          if (
            segmentHitsRect(
              sx0[id] as number,
              sy0[id] as number,
              sx1[id] as number,
              sy1[id] as number,
              x0,
              y0,
              x1,
              y1,
            )
          ) {
            count += 1;
            if (count >= limit) return count;
          }
        }
      }
    }
    return count;
  };

  // Phase 1: a curve for each relationship, through as few boxes as the candidates allow.
  const seen = new Int32Array(bx0.length).fill(-1);
  let stamp = 0;
  /**
   * How many boxes the curve passes through (its two people's own only away from its ends),
   * stopping at `limit`, or -1 when the relationship's probe budget ran out first.
   */
  const hits = (k: Curve, a: PersonId, b: PersonId, limit: number): number => {
    stamp += 1;
    let count = 0;
    for (let i = 0; i < STEPS && count < limit; i += 1) {
      const ax = k.xs[i] as number;
      const ay = k.ys[i] as number;
      const ex = k.xs[i + 1] as number;
      const ey = k.ys[i + 1] as number;
      budget -= boxes.segmentCells(ax, ay, ex, ey);
      if (budget < 0) return -1;
      // The first and last pieces leave and reach the two people, through their own clearance.
      const end = i === 0 || i === STEPS - 1;
      for (let f = 0; f < boxes.foundCount; f += 1) {
        const list = boxes.found[f] as number[];
        for (let j = 0; j < list.length; j += 1) {
          const id = list[j] as number;
          if (seen[id] === stamp || (end && (owner[id] === a || owner[id] === b))) continue;
          budget -= 1;
          if (
            !segmentHitsRect(
              ax,
              ay,
              ex,
              ey,
              bx0[id] as number,
              by0[id] as number,
              bx1[id] as number,
              by1[id] as number,
            )
          )
            continue;
          seen[id] = stamp;
          count += 1;
        }
      }
    }
    return count;
  };
  /** Whether some place along the curve takes the label clear of every box and line drawn so far. */
  const labelFits = (k: Curve, text: string): boolean => labelFitsAlong((t) => at(k, t), LABEL_T, text);
  const labelFitsAlong = (place: (t: number) => Point, ts: readonly number[], text: string): boolean => {
    const hw = labelWidth(text) / 2 + CLEAR;
    const hh = LABEL_FONT / 2 + CLEAR;
    for (const t of ts) {
      const { x, y } = place(t);
      if (clashes(x - hw, y - hh, x + hw, y + hh, -2, 1) === 0) return true;
      if (budget < 0) return false;
    }
    return false;
  };

  /** Whether the middle of a curve, where a caring line's » goes, is clear of every box and line. */
  const markFits = (k: Curve): boolean => markFitsAt(at(k, 0.5));
  const markFitsAt = ({ x, y }: Point): boolean => {
    const half = s * MARK_HALF + CLEAR;
    return clashes(x - half, y - half, x + half, y + half, -2, 1) === 0;
  };
  const routeLabelFits = (route: Route, text: string): boolean =>
    labelFitsAlong((t) => pointAlong(route.points, t), ROUTE_LABEL_T, text);
  const routeMarkFits = (route: Route): boolean => markFitsAt(pointAlong(route.points, 0.5));
  const router = new Router(
    { grid: boxes, x0: bx0, y0: by0, x1: bx1, y1: by1, owner },
    { x0: minX - 2 * s, y0: minY - 2 * s, x1: maxX + 2 * s, y1: maxY + 2 * s },
    s,
    bottom,
  );

  const chosen: Shape[] = [];
  /** Adds a line's pieces, seen by later routes looking for room for labels; their first id. */
  const addEarly = (k: Shape, r: number): number => {
    const first = sx0.length;
    for (let i = 1; i < k.points.length; i += 1) {
      const p = k.points[i - 1] as Point;
      const q = k.points[i] as Point;
      addSegment(p.x, p.y, q.x, q.y, r, true);
    }
    return first;
  };
  /** Keeps a relationship's line. */
  const choose = (k: Shape) => {
    const r = chosen.length;
    chosen.push(k);
    if (labelled) addEarly(k, r);
  };
  /** Lines chosen so far whose labels had a clear place then, and the place last found. */
  const withPlace: { k: Shape; text: string; r: number; at: Point }[] = [];
  /** Whether line `k` (relationship `r`, not chosen yet) leaves an earlier line's label nowhere. */
  const crowds = (k: Shape, r: number): boolean => {
    if (withPlace.length === 0) return false;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const p of k.points) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
    const first = addEarly(k, r);
    let crowded = false;
    for (const o of withPlace) {
      // Only lines whose extent meets this one's can lose their places to it.
      if (!o.k.points.some((p) => p.x >= x0 - s && p.x <= x1 + s && p.y >= y0 - s && p.y <= y1 + s)) continue;
      // The place found last still clear, or another.
      if (placeFor(o.k, o.text, o.r, o.at) === undefined) {
        crowded = true;
        break;
      }
    }
    // The trial's pieces are dropped again.
    for (let id = first; id < sx0.length; id += 1) segEarly[id] = 1;
    return crowded;
  };
  /**
   * A place for a label clear of every box and of the structure and the lines chosen so far, where
   * phase 2 looks: `first` (the place found last time), the usual places, every hundredth of the
   * line, its corners. Undefined when none is clear.
   */
  const placeFor = (k: Shape, text: string, r: number, first?: Point): Point | undefined => {
    const hw = labelWidth(text) / 2 + CLEAR;
    const hh = LABEL_FONT / 2 + CLEAR;
    budget = labelProbes;
    withEarlier = true;
    const clear = (p: Point) => clashes(p.x - hw, p.y - hh, p.x + hw, p.y + hh, r, 1) === 0;
    let found = first && clear(first) ? first : undefined;
    for (let i = 0; i < ROUTE_LABEL_T.length && !found; i += 1) {
      const p = k.at(ROUTE_LABEL_T[i] as number);
      if (clear(p)) found = p;
    }
    for (let i = 2; i <= 98 && !found && budget >= 0; i += 1) {
      const p = k.at(i / 100);
      if (clear(p)) found = p;
    }
    for (let i = 1; i < k.points.length - 1 && !found && budget >= 0; i += 1)
      if (clear(k.points[i] as Point)) found = k.points[i] as Point;
    withEarlier = false;
    // The place is remembered for the next look (still clear without a dropped trial line).
    if (found && first && found !== first) {
      first.x = found.x;
      first.y = found.y;
    }
    return found;
  };
  /**
   * The route with its longest piece moved aside by a label height or more, either way (its
   * rounded corners cut straight), where that piece and the two joining it to the rest keep clear
   * of every box, still leave and reach the people the way the route did, and give the label a
   * clear place; undefined when no offset does.
   */
  const besideOthers = (k: Shape, roomy: (k: Shape) => boolean, a: PersonNode, b: PersonNode) => {
    const pts = k.points;
    const last = pts.length - 1;
    let i = -1;
    let longest = 0;
    for (let j = 0; j < last; j += 1) {
      const len = Math.hypot(
        (pts[j + 1] as Point).x - (pts[j] as Point).x,
        (pts[j + 1] as Point).y - (pts[j] as Point).y,
      );
      if (len > longest) {
        longest = len;
        i = j;
      }
    }
    if (i < 0 || longest < 4 * s) return undefined;
    const short = (j: number) =>
      Math.hypot(
        (pts[j + 1] as Point).x - (pts[j] as Point).x,
        (pts[j + 1] as Point).y - (pts[j] as Point).y,
      ) < s;
    // The rounded corners either side of the piece (runs of short pieces) are cut straight.
    let lo = i;
    while (lo > 0 && short(lo - 1)) lo -= 1;
    let hi = i + 1;
    while (hi < last && short(hi)) hi += 1;
    if (lo === i) lo = i - 1;
    if (hi === i + 1) hi = i + 2;
    if (lo < 0 || hi > last) return undefined;
    const from = pts[lo] as Point;
    const to = pts[hi] as Point;
    const p = pts[i] as Point;
    const q = pts[i + 1] as Point;
    const ux = (q.x - p.x) / longest;
    const uy = (q.y - p.y) / longest;
    const goes = (u: Point, v: Point, was: Point, wasTo: Point) =>
      (v.x - u.x) * (wasTo.x - was.x) + (v.y - u.y) * (wasTo.y - was.y) >
      0.2 * Math.hypot(v.x - u.x, v.y - u.y) * Math.hypot(wasTo.x - was.x, wasTo.y - was.y);
    for (const offset of ASIDE)
      for (const side of [1, -1]) {
        const d = offset * side;
        const p2 = { x: p.x - uy * d, y: p.y + ux * d };
        const q2 = { x: q.x - uy * d, y: q.y + ux * d };
        // Leaving and reaching the people the way the route did.
        if (lo === 0 && !goes(from, p2, from, pts[1] as Point)) continue;
        if (hi === last && !goes(q2, to, pts[last - 1] as Point, to)) continue;
        if (!router.clear(from.x, from.y, p2.x, p2.y, lo === 0 ? a.id : undefined, undefined, 0)) continue;
        if (!router.clear(p2.x, p2.y, q2.x, q2.y, undefined, undefined, 0)) continue;
        if (!router.clear(q2.x, q2.y, to.x, to.y, undefined, hi === last ? b.id : undefined, 0)) continue;
        const points = [...pts.slice(0, lo + 1), p2, q2, ...pts.slice(hi)];
        const moved = routeShape({
          d: points.map((v, j) => `${j === 0 ? 'M' : 'L'}${n(v.x)} ${n(v.y)}`).join(' '),
          points,
        });
        if (roomy(moved)) return moved;
      }
    return undefined;
  };
  // Curves chosen so far for each pair of people, so a second line between them takes another.
  const ofPair = new Map<string, Curve[]>();
  const pairKey = (a: PersonId, b: PersonId) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  /**
   * Whether a candidate lies on (or within a few units of) a curve already drawn between the pair:
   * every point of it is that near the other curve (anywhere along it, not only at the same
   * fraction of its length: two bows pushed towards different ends can trace the same path).
   */
  const onTopOf = (k: Curve, taken: readonly Curve[]): boolean =>
    taken.some((o) => {
      const near = s * 0.3;
      for (let i = 0; i <= STEPS; i += 1) {
        const px = k.xs[i] as number;
        const py = k.ys[i] as number;
        let d = Infinity;
        for (let j = 0; j < STEPS && d >= near; j += 1)
          d = Math.min(
            d,
            distanceToSegment(
              px,
              py,
              o.xs[j] as number,
              o.ys[j] as number,
              o.xs[j + 1] as number,
              o.ys[j + 1] as number,
            ),
          );
        if (d >= near) return false;
      }
      return true;
    });
  const scratch = curve({ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 0 });
  // Each relationship's share of the probes: the full budget for a family's usual few hundred,
  // less (down to MIN_PROBES) when there are tens of thousands, so the total stays bounded.
  const labelProbes = Math.min(
    LABEL_BUDGET,
    Math.max(MIN_PROBES, Math.floor(TOTAL_PROBES / relationships.length)),
  );
  const probes = Math.min(PROBE_BUDGET, Math.max(MIN_PROBES, Math.floor(BOW_PROBES / relationships.length)));
  for (const e of relationships) {
    const a = byId.get(e.from) as PersonNode;
    const b = byId.get(e.to) as PersonNode;
    const text = e.label;
    const taken = ofPair.get(pairKey(a.id, b.id)) ?? [];
    // Ends: the tops of the symbols (the usual bow over the row); from under the upper person's
    // name down to the lower one's symbol; under both names; and the other way round.
    const aAbove = a.y <= b.y;
    const ends: [Point, Point, number[], Bows?][] = [
      [top(a), top(b), [UP]],
      aAbove ? [under(a), top(b), [UP, DOWN]] : [top(a), under(b), [UP, DOWN]],
      [under(a), under(b), [DOWN]],
      aAbove ? [top(a), under(b), [UP, DOWN]] : [under(a), top(b), [UP, DOWN]],
      // Last, for a line with people and labels all round its ends: from the sides of the symbols,
      // the outer sides first, so the curve can swing round a row instead of through it.
      ...sideEnds(a, b),
    ];
    let best: Curve | undefined;
    let bestScore = Infinity;
    budget = probes;
    search: for (const [p0, p2, sides, bows = BOWS] of ends) {
      const dist = Math.hypot(p2.x - p0.x, p2.y - p0.y);
      // Unit normal to the chord, turned to point upwards (UP) or downwards (DOWN).
      let nx = -(p2.y - p0.y) / (dist || 1);
      let ny = (p2.x - p0.x) / (dist || 1);
      if (ny > 0 || (ny === 0 && nx > 0)) {
        nx = -nx;
        ny = -ny;
      }
      for (const skew of SKEWS)
        for (const side of sides)
          for (const [base, k] of bows) {
            const bow = s * base + dist * k;
            // The control point: over the middle of the chord, or pushed towards one end (`skew`).
            const mx = (p0.x + p2.x) / 2 + (p2.x - p0.x) * skew;
            const my = (p0.y + p2.y) / 2 + (p2.y - p0.y) * skew;
            const candidate = curve(p0, { x: mx + nx * bow * side, y: my + ny * bow * side }, p2, scratch);
            const crossed = hits(candidate, a.id, b.id, Math.ceil(bestScore / 2));
            // Out of probes: keep the best found so far (the first curve, if nothing was finished).
            if (crossed < 0) {
              best ??= curve(candidate.p0, candidate.c, candidate.p2);
              break search;
            }
            // Each box crossed counts 2, lying on another line between the pair 2, a label with
            // nowhere clear to sit 1.
            let score = 2 * crossed;
            if (taken.length > 0 && onTopOf(candidate, taken)) score += 2;
            if (score < bestScore && text !== undefined && !labelFits(candidate, text)) score += 1;
            if (score < bestScore && e.head === 'care' && !markFits(candidate)) score += 1;
            if (score < bestScore) {
              best = curve(candidate.p0, candidate.c, candidate.p2);
              bestScore = score;
            }
            if (bestScore === 0) break search;
          }
    }
    // No bow clear of everything: a route through the gaps between rows and people instead.
    if (bestScore > 0 && router.opened < ROUTE_CELLS) {
      const route = router.route(a, b);
      if (route) {
        budget = labelProbes;
        let score = 0;
        if (text !== undefined && !routeLabelFits(route, text)) score += 1;
        if (e.head === 'care' && !routeMarkFits(route)) score += 1;
        if (score < bestScore) {
          let shape = routeShape(route);
          // Its label with nowhere clear to sit beside the lines chosen so far, or an earlier
          // line's label left with nowhere (two or three routes pulled straight through the same
          // gap, less than a unit apart): its longest piece moved aside, when that leaves room for
          // every label and keeps clear of every box.
          const r = chosen.length;
          const roomy = (k: Shape) =>
            (text === undefined || placeFor(k, text, r) !== undefined) && !crowds(k, r);
          if (labelled && !roomy(shape))
            shape =
              besideOthers(shape, (k) => roomy(k) && (e.head !== 'care' || markFitsAt(k.at(0.5))), a, b) ??
              shape;
          choose(shape);
          const at = text !== undefined && labelled ? placeFor(shape, text, r) : undefined;
          if (text !== undefined && at) withPlace.push({ k: shape, text, r, at: { ...at } });
          continue;
        }
      }
    }
    const bow = curveShape(best as Curve);
    choose(bow);
    const at = text !== undefined && labelled ? placeFor(bow, text, chosen.length - 1) : undefined;
    if (text !== undefined && at) withPlace.push({ k: bow, text, r: chosen.length - 1, at: { ...at } });
    ofPair.set(pairKey(a.id, b.id), [...taken, best as Curve]);
  }

  // Phase 2: labels, clear of every line (the structure and all emotional curves), text and symbol.
  if (labelled)
    chosen.forEach((k, r) => {
      for (let i = 1; i < k.points.length; i += 1) {
        const p = k.points[i - 1] as Point;
        const q = k.points[i] as Point;
        addSegment(p.x, p.y, q.x, q.y, r);
      }
    });

  const out: Connector[] = [];
  relationships.forEach((e, r) => {
    const k = chosen[r] as Shape;
    const connector: Connector = { id: e.id, ref: e.ref, style: e.style, d: k.d, marks: [] };
    if (e.head === 'arrow') connector.marks.push({ kind: 'arrow', d: arrowHead(k.back, k.tip, s * 0.25) });
    if (e.head === 'care') {
      connector.marks.push({ kind: 'care', d: careHeads(k, s) });
      // Later labels keep clear of the mark.
      const mid = k.at(0.5);
      const half = s * MARK_HALF;
      addBox(mid.x - half, mid.y - half, mid.x + half, mid.y + half, undefined);
    }
    if (e.isPast) connector.isPast = true;
    const text = e.label;
    if (text) {
      const hw = labelWidth(text) / 2 + CLEAR;
      const hh = LABEL_FONT / 2 + CLEAR;
      let place: Point = k.at(0.5);
      // A place crossed or overlapped `LABEL_LIMIT` times is no worse than one crossed more.
      let least = LABEL_LIMIT;
      budget = labelProbes;
      for (const t of k.route ? ROUTE_LABEL_T : LABEL_T) {
        const { x, y } = k.at(t);
        const count = clashes(x - hw, y - hh, x + hw, y + hh, r, least);
        if (count < least) {
          place = { x, y };
          least = count;
        }
        if (least === 0) break;
      }
      // Nowhere clear at the usual places: every place along the line a hundredth of its length
      // apart, then every point it is drawn through (its corners and short end pieces), so a label
      // never sits on another label or line while a clear place on its own line exists.
      if (least > 0) {
        budget = labelProbes;
        const along = (x: number, y: number) => {
          const count = clashes(x - hw, y - hh, x + hw, y + hh, r, least);
          if (count < least) {
            place = { x, y };
            least = count;
          }
        };
        for (let i = 2; i <= 98 && least > 0; i += 1) {
          const { x, y } = k.at(i / 100);
          along(x, y);
        }
        for (let i = 1; i < k.points.length - 1 && least > 0; i += 1) {
          const { x, y } = k.points[i] as Point;
          along(x, y);
        }
      }
      connector.label = { x: place.x, y: place.y, text, ...(e.words ? { words: e.words } : {}) };
      // Later labels keep clear of this one.
      addBox(
        place.x - hw + CLEAR,
        place.y - hh + CLEAR,
        place.x + hw - CLEAR,
        place.y + hh - CLEAR,
        undefined,
      );
    }
    out.push(connector);
  });
  return out;
}

/**
 * Two open arrowheads ("»") across the middle of a curve, pointing along it towards its end: the
 * caring line's mark, drawn as strokes (never filled) so it is not read as an emotional arrow.
 */
function careHeads(k: Shape, s: number): string {
  const mid = k.at(0.5);
  const [dx, dy] = k.tangent(0.5);
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const size = s * 0.16;
  const parts: string[] = [];
  for (const shift of [-0.09 * s, 0.09 * s]) {
    const tx = mid.x + ux * (shift + size / 2);
    const ty = mid.y + uy * (shift + size / 2);
    const bx = tx - ux * size;
    const by = ty - uy * size;
    parts.push(
      `M${n(bx - uy * size)} ${n(by + ux * size)} L${n(tx)} ${n(ty)} L${n(bx + uy * size)} ${n(by - ux * size)}`,
    );
  }
  return parts.join(' ');
}

/** The middle of the left or right side of a person's symbol. */
function side(node: PersonNode, towards: -1 | 1): Point {
  return { x: node.x + (towards * node.width) / 2, y: node.y };
}

/**
 * Ends on the sides of two symbols: both on the outer side (left of the left one and right of the
 * right one, then both left, both right), and from a side to the other's top, bowed either way.
 */
function sideEnds(a: PersonNode, b: PersonNode): [Point, Point, number[], Bows][] {
  const aLeft = a.x <= b.x;
  const outA: -1 | 1 = aLeft ? -1 : 1;
  const outB: -1 | 1 = aLeft ? 1 : -1;
  return [
    [side(a, outA), side(b, outA), [UP, DOWN], WIDE_BOWS],
    [side(a, outB), side(b, outB), [UP, DOWN], WIDE_BOWS],
    [side(a, outA), top(b), [UP, DOWN], WIDE_BOWS],
    [top(a), side(b, outB), [UP, DOWN], WIDE_BOWS],
    [side(a, outA), side(b, outB), [UP, DOWN], WIDE_BOWS],
  ];
}

/** The top centre of a person's symbol. */
function top(node: PersonNode): Point {
  return { x: node.x, y: node.y - node.height / 2 };
}

/** Under the middle of what is drawn under a person. */
function under(node: PersonNode): Point {
  return { x: node.x, y: bottom(node) };
}

/** The bottom of what is drawn under a person: the name lines and badges, or the symbol. */
function bottom(node: PersonNode): number {
  const symbolBottom = node.y + node.height / 2;
  return node.label.lines.length > 0 || node.badges.length > 0
    ? Math.max(symbolBottom, node.label.y + node.label.height)
    : symbolBottom;
}

/** Width of a line label as drawn (font 10), erring wide. */
function labelWidth(text: string): number {
  return Math.max(textWidth(text, LABEL_FONT), text.length * LABEL_FONT * 0.55);
}

/** A line as chosen: a single bow (`curve`) or a route, with what its label and marks need. */
interface Shape {
  d: string;
  /** The points it is drawn as (curves flattened), which labels keep clear of. */
  points: Point[];
  /** Its last piece, for the arrowhead: from `back` to the end `tip`. */
  back: Point;
  tip: Point;
  /** The point a fraction `t` along it. */
  at: (t: number) => Point;
  /** The direction it runs in at `t`. */
  tangent: (t: number) => [number, number];
  route: boolean;
}

function curveShape(k: Curve): Shape {
  const { p0, c, p2 } = k;
  const points: Point[] = [];
  for (let i = 0; i <= STEPS; i += 1) points.push({ x: k.xs[i] as number, y: k.ys[i] as number });
  return {
    d: `M${n(p0.x)} ${n(p0.y)} Q${n(c.x)} ${n(c.y)} ${n(p2.x)} ${n(p2.y)}`,
    points,
    back: c,
    tip: p2,
    at: (t) => at(k, t),
    // The tangent in the middle of a quadratic curve is parallel to its chord.
    tangent: (t) => {
      const u = 1 - t;
      return [2 * u * (c.x - p0.x) + 2 * t * (p2.x - c.x), 2 * u * (c.y - p0.y) + 2 * t * (p2.y - c.y)];
    },
    route: false,
  };
}

function routeShape(route: Route): Shape {
  const { points } = route;
  return {
    d: route.d,
    points,
    back: points[points.length - 2] as Point,
    tip: points[points.length - 1] as Point,
    at: (t) => pointAlong(points, t),
    tangent: (t) => {
      const i = pieceAlong(points, t);
      const p = points[i] as Point;
      const q = points[i + 1] as Point;
      return [q.x - p.x, q.y - p.y];
    },
    route: true,
  };
}

/**
 * Where a fraction `t` along a polyline's length falls: the index of its piece and the point. Past
 * the end (or on a polyline of no length), the last piece and the last point.
 */
function along(points: readonly Point[], t: number): { piece: number; point: Point } {
  let total = 0;
  for (let i = 1; i < points.length; i += 1) {
    const p = points[i - 1] as Point;
    const q = points[i] as Point;
    total += Math.hypot(q.x - p.x, q.y - p.y);
  }
  let left = t * total;
  for (let i = 1; i < points.length; i += 1) {
    const p = points[i - 1] as Point;
    const q = points[i] as Point;
    const len = Math.hypot(q.x - p.x, q.y - p.y);
    if (left <= len && len > 0)
      return {
        piece: i - 1,
        point: { x: p.x + ((q.x - p.x) * left) / len, y: p.y + ((q.y - p.y) * left) / len },
      };
    left -= len;
  }
  return { piece: Math.max(0, points.length - 2), point: points[points.length - 1] as Point };
}

/** The distance from point p to the segment a–b. */
function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const ex = bx - ax;
  const ey = by - ay;
  const len2 = ex * ex + ey * ey;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * ex + (py - ay) * ey) / len2)) : 0;
  return Math.hypot(px - ax - ex * t, py - ay - ey * t);
}

/** The index of the piece of a polyline a fraction `t` along its length falls in. */
const pieceAlong = (points: readonly Point[], t: number): number => along(points, t).piece;

/** The point a fraction `t` along a polyline's length. */
const pointAlong = (points: readonly Point[], t: number): Point => along(points, t).point;
