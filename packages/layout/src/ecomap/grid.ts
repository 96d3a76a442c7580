import type { Box, Point } from '../types.ts';
import type { Access } from './access.ts';
import { exitPosition, toExit, type Frame } from './frame.ts';
import type { Obstacle, ObstacleIndex } from './obstacles.ts';
import { insidePolygon, nearestOnPolygon, symbolEdge, type EcomapTarget } from './targets.ts';

/** The genogram as square cells: blocked where text or another symbol is, with each symbol's owner. */
export interface ObstacleGrid {
  x0: number;
  y0: number;
  cell: number;
  cols: number;
  rows: number;
  /** 1 where a name or label is. */
  blocked: Uint8Array;
  /** Index into `owners` + 1 of the symbol covering the cell, 0 for none, -1 for several. */
  symbol: Int32Array;
  owners: string[];
  /** 1 where an earlier route runs (with a cell either side): later routes keep off it. */
  taken: Uint8Array;
  /** Scratch space for the searches, reused from one search to the next. */
  from: Int32Array;
  queue: Int32Array;
}

const MAX_CELLS = 40000;
/** Most cells of a fine grid (see fineGrid). */
const MAX_FINE_CELLS = 1_000_000;

/**
 * Rasterises the obstacles over `box` grown by a margin; cells at least `s / 4`, at most 40,000.
 * With `strip`, only the columns from `strip.x0` to `strip.x1` (the full height), in cells of
 * `strip.cell`.
 */
export function buildGrid(
  obstacles: Obstacle[],
  box: Box,
  s: number,
  strip?: { x0: number; x1: number; cell: number },
): ObstacleGrid {
  const margin = s;
  const x0 = strip ? Math.max(box.x - margin, strip.x0) : box.x - margin;
  const y0 = box.y - margin;
  const w = (strip ? Math.min(box.x + box.width + margin, strip.x1) : box.x + box.width + margin) - x0;
  const h = box.height + 2 * margin;
  const cell = strip ? strip.cell : Math.max(s / 4, Math.sqrt((w * h) / MAX_CELLS));
  const cols = Math.ceil(w / cell);
  const rows = Math.ceil(h / cell);
  const blocked = new Uint8Array(cols * rows);
  const symbol = new Int32Array(cols * rows);
  const owners: string[] = [];
  const ownerIndex = new Map<string, number>();
  for (const o of obstacles) {
    const c0 = Math.max(0, Math.floor((o.box.x - x0) / cell));
    const c1 = Math.min(cols - 1, Math.floor((o.box.x + o.box.width - x0) / cell));
    const r0 = Math.max(0, Math.floor((o.box.y - y0) / cell));
    const r1 = Math.min(rows - 1, Math.floor((o.box.y + o.box.height - y0) / cell));
    let owner = 0;
    if (o.kind === 'symbol' && o.owner !== undefined) {
      owner = ownerIndex.get(o.owner) ?? 0;
      if (owner === 0) {
        owners.push(o.owner);
        owner = owners.length;
        ownerIndex.set(o.owner, owner);
      }
    }
    for (let r = r0; r <= r1; r += 1)
      for (let c = c0; c <= c1; c += 1) {
        const i = r * cols + c;
        if (owner === 0) blocked[i] = 1;
        else symbol[i] = symbol[i] === 0 || symbol[i] === owner ? owner : -1;
      }
  }
  const from = new Int32Array(cols * rows);
  const queue = new Int32Array(cols * rows);
  return {
    x0,
    y0,
    cell,
    cols,
    rows,
    blocked,
    symbol,
    owners,
    taken: new Uint8Array(cols * rows),
    from,
    queue,
  };
}

function centre(grid: ObstacleGrid, i: number): Point {
  return {
    x: grid.x0 + ((i % grid.cols) + 0.5) * grid.cell,
    y: grid.y0 + (Math.floor(i / grid.cols) + 0.5) * grid.cell,
  };
}

/** Drops the points a straight clear segment can skip (string pulling). */
function pull(points: Point[], clear: (a: Point, b: Point) => boolean): Point[] {
  const out: Point[] = [points[0] as Point];
  let i = 0;
  while (i < points.length - 1) {
    let j = points.length - 1;
    while (j > i + 1 && !clear(points[i] as Point, points[j] as Point)) j -= 1;
    out.push(points[j] as Point);
    i = j;
  }
  return out;
}

/**
 * A grid of cells `s / divisions` across (8 or 16), for a target the coarse grid walls in: at that
 * size the gaps between neighbours' names and badges, and between rows, show as free cells. It
 * covers the full height of the genogram (a way out is up or down through the rows) and a strip
 * round the target as wide as the genogram is high (at least ten symbols each side), narrowed to
 * at most 1,000,000 cells, so its cost does not grow with the family's width.
 */
export function fineGrid(
  obstacles: Obstacle[],
  box: Box,
  s: number,
  target: Exclude<EcomapTarget, { kind: 'family' }>,
  divisions: number,
): ObstacleGrid {
  const cell = s / divisions;
  const around = sourceWindow(target);
  const side = Math.max(box.height, 10 * s);
  const widest = (MAX_FINE_CELLS / Math.ceil((box.height + 2 * s) / cell)) * cell;
  let x0 = around.x - side;
  let x1 = around.x + around.width + side;
  if (x1 - x0 > widest) {
    const mid = around.x + around.width / 2;
    x0 = mid - widest / 2;
    x1 = mid + widest / 2;
  }
  return buildGrid(obstacles, box, s, { x0, x1, cell });
}

/** Marks the cells along `points`, and their neighbours, as taken by a route. */
export function markTaken(grid: ObstacleGrid, points: Point[]): void {
  for (let k = 1; k < points.length; k += 1) {
    const a = points[k - 1] as Point;
    const b = points[k] as Point;
    const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / (grid.cell / 2)) + 1;
    for (let t = 0; t <= steps; t += 1) {
      const c = Math.floor((a.x + ((b.x - a.x) * t) / steps - grid.x0) / grid.cell);
      const r = Math.floor((a.y + ((b.y - a.y) * t) / steps - grid.y0) / grid.cell);
      for (let dr = -1; dr <= 1; dr += 1)
        for (let dc = -1; dc <= 1; dc += 1) {
          const cc = c + dc;
          const rr = r + dr;
          if (cc >= 0 && rr >= 0 && cc < grid.cols && rr < grid.rows) grid.taken[rr * grid.cols + cc] = 1;
        }
    }
  }
}

/** The box the target's own cells lie in: round its symbol, or round its outline. */
function sourceWindow(target: Exclude<EcomapTarget, { kind: 'family' }>): Box {
  if (target.kind === 'person') {
    const { node } = target;
    return {
      x: node.x - node.width,
      y: node.y - node.height,
      width: 2 * node.width,
      height: 2 * node.height,
    };
  }
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const poly of target.polygons)
    for (const p of poly) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * A route with bends from the target out of the genogram, found by breadth-first search over the
 * free cells (8 directions, no corner cutting), then straightened. Keeps off earlier routes unless
 * `keepOffTaken` is false. Undefined when walled in, or when the way leaves a household's outline
 * only across a text beside it (a finer grid may find a gap), unless `acrossText` allows that.
 */
export function gridAccess(
  grid: ObstacleGrid,
  target: EcomapTarget,
  frame: Frame,
  index: ObstacleIndex,
  keepOffTaken = true,
  acrossText = false,
): Access | undefined {
  if (target.kind === 'family') return undefined;
  const ownIndex = target.kind === 'person' ? grid.owners.indexOf(target.node.id) + 1 : 0;
  const ownId = target.kind === 'person' ? target.node.id : undefined;
  const clear = (a: Point, b: Point) => !index.blocked(a, b, (o) => o.kind === 'symbol' && o.owner === ownId);
  const found = searchFrom(grid, target, frame, ownIndex, keepOffTaken, false);
  if (!found) return undefined;
  let { cells, source } = found;
  let start: Point;
  if (target.kind === 'person') {
    const first = cells[0] as Point;
    const dx = first.x - target.node.x;
    const dy = first.y - target.node.y;
    const len = Math.hypot(dx, dy) || 1;
    start = symbolEdge(target.node, dx / len, dy / len, 1);
  } else {
    start = nearestOnOutline(cells[0] as Point, target.polygons);
    // The piece from the outline to the first free cell is not on the grid: when it crosses a text
    // (a household label just above the top edge, in a cell whose centre is inside the outline),
    // search again from the free cells inside only, and leave the outline where the step from
    // the last of them to the first cell outside crosses it (both cells are free, so it is clear).
    if (!clear(start, cells[0] as Point)) {
      const again = searchFrom(grid, target, frame, ownIndex, keepOffTaken, true);
      if (again) {
        ({ cells, source } = again);
        start = leaveAlong(source, cells[0] as Point, target.polygons);
      } else if (!acrossText) return undefined;
    }
  }
  const last = cells[cells.length - 1] as Point;
  const points = pull([start, ...cells, toExit(frame, last)], clear);
  markTaken(grid, points);
  let cost = 0;
  for (let k = 1; k < points.length; k += 1)
    cost += Math.hypot(
      (points[k] as Point).x - (points[k - 1] as Point).x,
      (points[k] as Point).y - (points[k - 1] as Point).y,
    );
  return { points, at: exitPosition(frame, points[points.length - 1] as Point), cost };
}

/** The point of the outlines nearest `p`. */
function nearestOnOutline(p: Point, polygons: Point[][]): Point {
  let best = p;
  let bestD = Infinity;
  for (const poly of polygons) {
    const q = nearestOnPolygon(p, poly);
    const d = Math.hypot(q.x - p.x, q.y - p.y);
    if (d < bestD) {
      bestD = d;
      best = q;
    }
  }
  return best;
}

/** Where the step from `inside` (within an outline) to `outside` leaves the outlines. */
function leaveAlong(inside: Point, outside: Point, polygons: Point[][]): Point {
  const within = (p: Point) => polygons.some((poly) => insidePolygon(p, poly));
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 30; k += 1) {
    const mid = (lo + hi) / 2;
    if (within({ x: inside.x + (outside.x - inside.x) * mid, y: inside.y + (outside.y - inside.y) * mid }))
      lo = mid;
    else hi = mid;
  }
  return { x: inside.x + (outside.x - inside.x) * hi, y: inside.y + (outside.y - inside.y) * hi };
}

/**
 * Breadth-first search from the target's own cells to the first cell outside the genogram: the
 * cells of the way (centres), the source cell's centre first excluded, and that source's centre.
 * With `freeOnly`, a household's sources are only its free cells (none under a label).
 */
function searchFrom(
  grid: ObstacleGrid,
  target: Exclude<EcomapTarget, { kind: 'family' }>,
  frame: Frame,
  ownIndex: number,
  keepOffTaken: boolean,
  freeOnly: boolean,
): { cells: Point[]; source: Point } | undefined {
  const { cols, rows } = grid;
  const isSource = (i: number) => {
    if (target.kind === 'person') return grid.symbol[i] === ownIndex && ownIndex > 0;
    if (freeOnly && (grid.blocked[i] !== 0 || grid.symbol[i] !== 0)) return false;
    const p = centre(grid, i);
    return target.polygons.some((poly) => insidePolygon(p, poly));
  };
  const { from, queue } = grid;
  from.fill(-2);
  let tail = 0;
  // Sources: the target's own cells (its symbol, or inside its outline), searched in a window.
  const window = sourceWindow(target);
  const c0 = Math.max(0, Math.floor((window.x - grid.x0) / grid.cell));
  const c1 = Math.min(cols - 1, Math.floor((window.x + window.width - grid.x0) / grid.cell));
  const r0 = Math.max(0, Math.floor((window.y - grid.y0) / grid.cell));
  const r1 = Math.min(rows - 1, Math.floor((window.y + window.height - grid.y0) / grid.cell));
  for (let r = r0; r <= r1; r += 1)
    for (let c = c0; c <= c1; c += 1) {
      const i = r * cols + c;
      if (isSource(i)) {
        from[i] = -1;
        queue[tail++] = i;
      }
    }
  const b = frame.box;
  let goal = -1;
  // The search's inner loop reads the grid directly (no closures): a cell is free when
  // `blocked`, `symbol` and (when kept off) `taken` are all 0, as `free` says.
  const { blocked, symbol, taken } = grid;
  const offTaken = keepOffTaken ? 1 : 0;
  const band = frame.kind === 'band';
  const bottom = frame.kind === 'band' ? frame.bottom : 0;
  const bx0 = b.x;
  const bx1 = b.x + b.width;
  const by0 = b.y;
  const by1 = b.y + b.height;
  const { x0: gx0, y0: gy0, cell } = grid;
  for (let head = 0; head < tail && goal < 0; head += 1) {
    const i = queue[head] as number;
    const c = i % cols;
    const r = (i - c) / cols;
    for (let dr = -1; dr <= 1 && goal < 0; dr += 1)
      for (let dc = -1; dc <= 1; dc += 1) {
        if (dr === 0 && dc === 0) continue;
        const nc = c + dc;
        const nr = r + dr;
        if (nc < 0 || nr < 0 || nc >= cols || nr >= rows) continue;
        const j = nr * cols + nc;
        if (from[j] !== -2 || blocked[j] !== 0 || symbol[j] !== 0 || (offTaken === 1 && taken[j] !== 0))
          continue;
        if (dr !== 0 && dc !== 0) {
          // No corner cutting: both cells beside the diagonal step are free too.
          const h = r * cols + nc;
          const v = nr * cols + c;
          if (blocked[h] !== 0 || symbol[h] !== 0 || (offTaken === 1 && taken[h] !== 0)) continue;
          if (blocked[v] !== 0 || symbol[v] !== 0 || (offTaken === 1 && taken[v] !== 0)) continue;
        }
        from[j] = i;
        // Outside the genogram: beyond the box (ring), or below its bottom edge (band).
        const x = gx0 + (nc + 0.5) * cell;
        const y = gy0 + (nr + 0.5) * cell;
        if (band ? y > bottom : x < bx0 || x > bx1 || y < by0 || y > by1) {
          goal = j;
          break;
        }
        queue[tail++] = j;
      }
  }
  if (goal < 0) return undefined;
  const cells: Point[] = [];
  let i = goal;
  for (; i >= 0 && from[i] !== -1; i = from[i] as number) cells.push(centre(grid, i));
  cells.reverse();
  return { cells, source: centre(grid, i) };
}
