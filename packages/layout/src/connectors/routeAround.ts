import type { PersonId } from '@kinmap/model';
import type { PersonNode, Point } from '../types.ts';
import { n } from './path.ts';
import type { Grid } from './segmentGrid.ts';

// A route for a relationship line that no single bow can take clear of the chart: a shortest path
// through the free space between rows and between people (a search over a fine grid, only as far
// as it needs), pulled straight between the corners it must turn round, then drawn with rounded
// corners. Every piece is checked against the boxes it must keep clear of, so the line passes
// through no symbol, name, badge or label; a corner too tight to round stays sharper.

/** The boxes a relationship line keeps clear of: symbols, names, badges, years and labels. */
export interface Obstacles {
  grid: Grid;
  x0: readonly number[];
  y0: readonly number[];
  x1: readonly number[];
  y1: readonly number[];
  /** The person whose box it is (their own line may leave through it), or undefined. */
  owner: readonly (PersonId | undefined)[];
}

/** A route: its path data and the points it is drawn as (curves flattened), for labels and marks. */
export interface Route {
  d: string;
  points: Point[];
}

/** Grid cells a search may open before it gives up (the caller then keeps its best bow). */
const MAX_OPEN = 60_000;
/** Most cells a search window has; a larger window gets larger cells. */
const MAX_CELLS = 1_000_000;
/** Greed of the search: above 1 it heads for the goal and may be a little longer than the shortest. */
const WEIGHT = 2;
/** Grid cells across a symbol. */
const CELLS_PER_SYMBOL = 3;
/** Extra cost of each turn of the grid path, in cells, so it runs straight where it can. */
const TURN = 0.6;
/** Extra cost of a cell another route runs through, per route. */
const USED = 2;
/** Largest rounding of a corner, in symbol sizes. */
const ROUND = 1.2;
/** Points a rounded corner is checked and drawn as (the measures flatten curves into 8 or 12). */
const CORNER_STEPS = 12;
/** Where a route may leave a person: the top of the symbol, under the name, the two sides. */
type Port = 'top' | 'under' | 'left' | 'right';
const PORTS: readonly Port[] = ['top', 'under', 'left', 'right'];
/** Extra cost (in symbol sizes) of leaving from each port: over the row is the usual way. */
const PORT_COST: Record<Port, number> = { top: 0, under: 0.5, left: 1, right: 1 };

/** A reusable search state, grown as needed, so routing many lines allocates little. */
class Search {
  size = 0;
  /**
   * A cell is unseen by this search unless `seen` holds `stamp` (open: its cost, from and dir are
   * this search's) or `stamp + 1` (closed); `-stamp` marks cells counted once as used by its route.
   */
  stamp = 0;
  seen = new Int32Array(0);
  cost = new Float64Array(0);
  from = new Int32Array(0);
  dir = new Int8Array(0);
  /** The binary heap of open cells: key and cell id side by side (2i and 2i + 1), for locality. */
  heap = new Float64Array(0);
  heapLen = 0;
  ensure(size: number): void {
    if (size <= this.size) return;
    this.size = size;
    this.seen = new Int32Array(size);
    this.cost = new Float64Array(size);
    this.from = new Int32Array(size);
    this.dir = new Int8Array(size);
    this.stamp = 0;
  }
  push(id: number, key: number): void {
    if (2 * this.heapLen === this.heap.length) {
      const grown = new Float64Array(Math.max(128, this.heap.length * 2));
      grown.set(this.heap);
      this.heap = grown;
    }
    const heap = this.heap;
    let i = this.heapLen;
    this.heapLen += 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[2 * parent] as number) <= key) break;
      heap[2 * i] = heap[2 * parent] as number;
      heap[2 * i + 1] = heap[2 * parent + 1] as number;
      i = parent;
    }
    heap[2 * i] = key;
    heap[2 * i + 1] = id;
  }
  pop(): number {
    const heap = this.heap;
    const top = (heap[1] as number) | 0;
    this.heapLen -= 1;
    const len = this.heapLen;
    const lastKey = heap[2 * len] as number;
    const lastId = heap[2 * len + 1] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= len) break;
      if (child + 1 < len && (heap[2 * child + 2] as number) < (heap[2 * child] as number)) child += 1;
      if ((heap[2 * child] as number) >= lastKey) break;
      heap[2 * i] = heap[2 * child] as number;
      heap[2 * i + 1] = heap[2 * child + 1] as number;
      i = child;
    }
    heap[2 * i] = lastKey;
    heap[2 * i + 1] = lastId;
    return top;
  }
}

/** One search state for every router: routing is synchronous, so it is never shared at once. */
const SHARED = new Search();

// The search steps to the four neighbouring cells (right, left, down, up): the path is pulled
// straight between its corners afterwards, so diagonal steps would only make the search dearer.

/**
 * Routes lines round the chart's boxes. `area` is where routes may run (the chart with a margin);
 * `s` the symbol size.
 */
export class Router {
  private readonly search = SHARED;
  /** Cells the searches have opened, for the caller's budget. */
  opened = 0;
  constructor(
    private readonly obstacles: Obstacles,
    private readonly area: { x0: number; y0: number; x1: number; y1: number },
    private readonly s: number,
    private readonly bottomOf: (node: PersonNode) => number,
  ) {}

  /**
   * Whether segment p→q keeps clear of every box, by `pad` more than the boxes' own clearance; the
   * boxes of `a` and `b` are passed through when `ownA` / `ownB` (a piece leaving or reaching them).
   */
  clear(
    px: number,
    py: number,
    qx: number,
    qy: number,
    a: PersonId | undefined,
    b: PersonId | undefined,
    pad: number,
  ): boolean {
    const { grid, x0, y0, x1, y1, owner } = this.obstacles;
    return !grid.segmentHitsAny(px, py, qx, qy, x0, y0, x1, y1, owner, a, b, pad);
  }

  /** The point a route leaves `node` from at `port`, and the direction it leaves in. */
  private port(node: PersonNode, port: Port): { p: Point; ux: number; uy: number } {
    switch (port) {
      case 'top':
        return { p: { x: node.x, y: node.y - node.height / 2 }, ux: 0, uy: -1 };
      case 'under':
        return { p: { x: node.x, y: this.bottomOf(node) }, ux: 0, uy: 1 };
      case 'left':
        return { p: { x: node.x - node.width / 2, y: node.y }, ux: -1, uy: 0 };
      default:
        return { p: { x: node.x + node.width / 2, y: node.y }, ux: 1, uy: 0 };
    }
  }

  /** The grid over the whole area and which of its cells are blocked, made on the first route. */
  private map:
    | {
        left: number;
        top: number;
        g: number;
        cols: number;
        rows: number;
        blocked: Uint8Array;
        /** How many routes run through each cell: later routes keep off them where they can. */
        used: Uint8Array;
      }
    | undefined;

  private blockedMap() {
    if (this.map) return this.map;
    const { x0: left, y0: top } = this.area;
    const width = this.area.x1 - left;
    const height = this.area.y1 - top;
    let g = this.s / CELLS_PER_SYMBOL;
    const area = (width / g) * (height / g);
    if (area > MAX_CELLS) g *= Math.sqrt(area / MAX_CELLS);
    const cols = Math.max(1, Math.ceil(width / g));
    const rows = Math.max(1, Math.ceil(height / g));
    const blocked = new Uint8Array(cols * rows);
    const { x0, y0, x1, y1 } = this.obstacles;
    // A cell is blocked when any box overlaps it (boxes carry their clearance already).
    for (let id = 0; id < x0.length; id += 1) {
      const c0 = Math.max(0, Math.floor(((x0[id] as number) - left) / g));
      const c1 = Math.min(cols - 1, Math.floor(((x1[id] as number) - left) / g));
      const r0 = Math.max(0, Math.floor(((y0[id] as number) - top) / g));
      const r1 = Math.min(rows - 1, Math.floor(((y1[id] as number) - top) / g));
      for (let c = c0; c <= c1; c += 1) blocked.fill(1, c * rows + r0, c * rows + r1 + 1);
    }
    this.map = { left, top, g, cols, rows, blocked, used: new Uint8Array(cols * rows) };
    return this.map;
  }

  /**
   * A route from `a` to `b` clear of every other box, or undefined when none is found within the
   * search's limits.
   */
  route(a: PersonNode, b: PersonNode): Route | undefined {
    const { s } = this;
    const { left, top: topY, g, cols, rows, blocked, used } = this.blockedMap();
    const search = this.search;
    search.ensure(cols * rows);
    search.stamp += 2;
    if (search.stamp > 2_000_000_000) {
      search.seen.fill(0);
      search.stamp = 2;
    }
    const stamp = search.stamp;
    const closed = stamp + 1;
    search.heapLen = 0;
    const { seen, cost, from, dir } = search;
    const half = g / 2;
    const cellOf = (x: number, y: number): number => {
      const c = Math.floor((x - left) / g);
      const r = Math.floor((y - topY) / g);
      if (c < 0 || r < 0 || c >= cols || r >= rows) return -1;
      return c * rows + r;
    };
    const centre = (id: number): Point => ({
      x: left + ((id / rows) | 0) * g + half,
      y: topY + (id % rows) * g + half,
    });
    /** The cell just clear of a person's own boxes beyond a port, if the way there is clear. */
    const stub = (node: PersonNode, port: Port): number => {
      const { p, ux, uy } = this.port(node, port);
      // Over the symbol: past the years written above it.
      const out = port === 'top' ? 16 + g : 3 + g;
      const cell = cellOf(p.x + ux * out, p.y + uy * out);
      if (cell < 0 || blocked[cell] === 1) return -1;
      const q = centre(cell);
      return this.clear(p.x, p.y, q.x, q.y, node.id, undefined, 0) ? cell : -1;
    };
    const open = (id: number) => {
      if (seen[id] !== stamp && seen[id] !== closed) {
        seen[id] = stamp;
        cost[id] = Infinity;
        from[id] = -1;
      }
    };

    // Goals: the cells beyond b's ports, each with the port it reaches b by.
    const goals: number[] = [];
    const goalPorts: Port[] = [];
    for (const port of PORTS) {
      const cell = stub(b, port);
      if (cell >= 0 && !goals.includes(cell)) {
        goals.push(cell);
        goalPorts.push(port);
      }
    }
    if (goals.length === 0) return undefined;
    // Distance to b's centre, in cells, less the most a port's cell is nearer.
    const tc = (b.x - left) / g - 0.5;
    const tr = (b.y - topY) / g - 0.5;
    const near = (s + 16) / g + 1;
    const h = (id: number): number => {
      const dx = Math.abs(((id / rows) | 0) - tc);
      const dy = Math.abs((id % rows) - tr);
      return WEIGHT * Math.max(0, dx + dy - near);
    };
    const startPort = new Map<number, Port>();
    for (const port of PORTS) {
      const cell = stub(a, port);
      if (cell < 0) continue;
      open(cell);
      const c0 = (PORT_COST[port] * s) / g;
      if (c0 < (cost[cell] as number)) {
        cost[cell] = c0;
        dir[cell] = -1;
        startPort.set(cell, port);
        search.push(cell, c0 + h(cell));
      }
    }
    let reached = -1;
    let opened = 0;
    // The goal cells, -2 where there are fewer than four (no cell has a negative id).
    const g0 = goals.length > 0 ? (goals[0] as number) : -2;
    const g1 = goals.length > 1 ? (goals[1] as number) : -2;
    const g2 = goals.length > 2 ? (goals[2] as number) : -2;
    const g3 = goals.length > 3 ? (goals[3] as number) : -2;
    while (search.heapLen > 0) {
      const id = search.pop();
      if (seen[id] === closed) continue;
      seen[id] = closed;
      if (id === g0 || id === g1 || id === g2 || id === g3) {
        reached = id;
        break;
      }
      opened += 1;
      if (opened > MAX_OPEN) break;
      const c = (id / rows) | 0;
      const r = id - c * rows;
      const base = cost[id] as number;
      const dirIn = dir[id] as number;
      for (let k = 0; k < 4; k += 1) {
        // Right, left, down, up (the order of DX and DY).
        let nc = c;
        let nr = r;
        if (k === 0) {
          nc += 1;
          if (nc >= cols) continue;
        } else if (k === 1) {
          nc -= 1;
          if (nc < 0) continue;
        } else if (k === 2) {
          nr += 1;
          if (nr >= rows) continue;
        } else {
          nr -= 1;
          if (nr < 0) continue;
        }
        const next = nc * rows + nr;
        if (blocked[next] === 1) continue;
        const was = seen[next] as number;
        if (was === closed) continue;
        if (was !== stamp) {
          seen[next] = stamp;
          cost[next] = Infinity;
          from[next] = -1;
        }
        const step = 1 + (dirIn >= 0 && dirIn !== k ? TURN : 0) + USED * (used[next] as number);
        const total = base + step;
        if (total < (cost[next] as number)) {
          cost[next] = total;
          from[next] = id;
          dir[next] = k;
          search.push(next, total + WEIGHT * Math.max(0, Math.abs(nc - tc) + Math.abs(nr - tr) - near));
        }
      }
    }
    this.opened += opened;
    if (reached < 0) return undefined;

    // The cells walked, back to the start, kept only where the path turns.
    const cells: number[] = [];
    for (let id = reached; id >= 0; id = from[id] as number) cells.push(id);
    cells.reverse();
    const aPort = startPort.get(cells[0] as number) as Port;
    const bPort = goalPorts[goals.indexOf(reached)] as Port;
    const waypoints: Point[] = [this.port(a, aPort).p];
    for (let i = 0; i < cells.length; i += 1) {
      const id = cells[i] as number;
      const turn = i === 0 || i === cells.length - 1 || dir[id] !== dir[cells[i + 1] as number];
      if (turn) waypoints.push(centre(id));
    }
    waypoints.push(this.port(b, bPort).p);
    const route = this.smooth(waypoints, a, b, aPort, bPort);
    if (route) {
      // Later routes keep a little off this one, so lines do not run on top of each other.
      for (let i = 1; i < route.points.length; i += 1) {
        const p = route.points[i - 1] as Point;
        const q = route.points[i] as Point;
        const steps = Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / half) + 1;
        for (let k = 0; k <= steps; k += 1) {
          const cell = cellOf(p.x + ((q.x - p.x) * k) / steps, p.y + ((q.y - p.y) * k) / steps);
          if (cell >= 0 && (used[cell] as number) < 8 && seen[cell] !== -stamp) {
            seen[cell] = -stamp;
            used[cell] = (used[cell] as number) + 1;
          }
        }
      }
    }
    return route;
  }

  /** Whether a piece that leaves or reaches a person through a port goes away from their symbol. */
  private leaves(port: Port, dx: number, dy: number): boolean {
    switch (port) {
      case 'top':
        return dy < -Math.abs(dx) * 0.2;
      case 'under':
        return dy > Math.abs(dx) * 0.2;
      case 'left':
        return dx < -Math.abs(dy);
      default:
        return dx > Math.abs(dy);
    }
  }

  /**
   * The waypoints pulled straight (each kept corner sees the next one clear, with a little room for
   * rounding), then drawn with rounded corners that keep clear of every box.
   */
  private smooth(w: Point[], a: PersonNode, b: PersonNode, aPort: Port, bPort: Port): Route | undefined {
    const pad = 2;
    const last = w.length - 1;
    const sees = (i: number, j: number, room: number): boolean => {
      const p = w[i] as Point;
      const q = w[j] as Point;
      if (i === 0 && !this.leaves(aPort, q.x - p.x, q.y - p.y)) return false;
      if (j === last && !this.leaves(bPort, p.x - q.x, p.y - q.y)) return false;
      return this.clear(p.x, p.y, q.x, q.y, i === 0 ? a.id : undefined, j === last ? b.id : undefined, room);
    };
    const kept: Point[] = [w[0] as Point];
    let i = 0;
    while (i < last) {
      let j = last;
      while (j > i + 1 && !sees(i, j, pad)) j -= 1;
      // Neighbouring cells always see each other clear, though not always with room to spare.
      if (j === i + 1 && !sees(i, j, pad) && !sees(i, j, 0)) return undefined;
      kept.push(w[j] as Point);
      i = j;
    }
    return this.rounded(kept, a, b);
  }

  /** Path data with each corner rounded as much as keeps it clear, and the points it is drawn as. */
  private rounded(p: Point[], a: PersonNode, b: PersonNode): Route {
    const last = p.length - 1;
    const parts: string[] = [`M${n((p[0] as Point).x)} ${n((p[0] as Point).y)}`];
    const points: Point[] = [p[0] as Point];
    for (let i = 1; i < last; i += 1) {
      const v = p[i] as Point;
      const u = p[i - 1] as Point;
      const w = p[i + 1] as Point;
      const lin = Math.hypot(v.x - u.x, v.y - u.y);
      const lout = Math.hypot(w.x - v.x, w.y - v.y);
      // Half of each side at most (the neighbouring corners take the other halves).
      let r = Math.min(
        ROUND * this.s,
        (i === 1 ? lin : lin / 2) * 0.9,
        (i === last - 1 ? lout : lout / 2) * 0.9,
      );
      let done = false;
      for (let tries = 0; tries < 5 && r > 0.5; tries += 1, r /= 2) {
        const s0 = { x: v.x + ((u.x - v.x) * r) / lin, y: v.y + ((u.y - v.y) * r) / lin };
        const s1 = { x: v.x + ((w.x - v.x) * r) / lout, y: v.y + ((w.y - v.y) * r) / lout };
        const curve: Point[] = [];
        for (let k = 0; k <= CORNER_STEPS; k += 1) {
          const t = k / CORNER_STEPS;
          const m = 1 - t;
          curve.push({
            x: m * m * s0.x + 2 * m * t * v.x + t * t * s1.x,
            y: m * m * s0.y + 2 * m * t * v.y + t * t * s1.y,
          });
        }
        let ok = true;
        for (let k = 1; k <= CORNER_STEPS && ok; k += 1) {
          const q0 = curve[k - 1] as Point;
          const q1 = curve[k] as Point;
          ok = this.clear(
            q0.x,
            q0.y,
            q1.x,
            q1.y,
            i === 1 ? a.id : undefined,
            i === last - 1 ? b.id : undefined,
            0,
          );
        }
        if (!ok) continue;
        parts.push(`L${n(s0.x)} ${n(s0.y)} Q${n(v.x)} ${n(v.y)} ${n(s1.x)} ${n(s1.y)}`);
        points.push(...curve);
        done = true;
        break;
      }
      if (!done) {
        parts.push(`L${n(v.x)} ${n(v.y)}`);
        points.push(v);
      }
    }
    const end = p[last] as Point;
    parts.push(`L${n(end.x)} ${n(end.y)}`);
    points.push(end);
    return { d: parts.join(' '), points };
  }
}
