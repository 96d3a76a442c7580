import type { Box } from '../types.ts';

/** Most cells a household's grid may have; a larger household gets coarser cells. */
const MAX_CELLS = 60_000;

/** A grid over part of the chart: each cell is free, a member's area, or another person's. */
interface Grid {
  x0: number;
  y0: number;
  cell: number;
  cols: number;
  rows: number;
  /** 0 free, 1 inside the household, 2 blocked by someone who does not live there. */
  state: Uint8Array;
}

function makeGrid(area: Box, cell: number): Grid {
  let size = cell;
  let cols = Math.ceil(area.width / size);
  let rows = Math.ceil(area.height / size);
  while (cols * rows > MAX_CELLS) {
    size *= 1.5;
    cols = Math.ceil(area.width / size);
    rows = Math.ceil(area.height / size);
  }
  return { x0: area.x, y0: area.y, cell: size, cols, rows, state: new Uint8Array(cols * rows) };
}

/** Sets every cell a box touches. */
function mark(grid: Grid, box: Box, value: number): void {
  const c0 = Math.max(0, Math.floor((box.x - grid.x0) / grid.cell));
  const c1 = Math.min(grid.cols - 1, Math.ceil((box.x + box.width - grid.x0) / grid.cell) - 1);
  const r0 = Math.max(0, Math.floor((box.y - grid.y0) / grid.cell));
  const r1 = Math.min(grid.rows - 1, Math.ceil((box.y + box.height - grid.y0) / grid.cell) - 1);
  for (let r = r0; r <= r1; r += 1) for (let c = c0; c <= c1; c += 1) grid.state[r * grid.cols + c] = value;
}

function neighbours(grid: Grid, i: number): number[] {
  const c = i % grid.cols;
  const out: number[] = [];
  if (c > 0) out.push(i - 1);
  if (c < grid.cols - 1) out.push(i + 1);
  if (i >= grid.cols) out.push(i - grid.cols);
  if (i + grid.cols < grid.state.length) out.push(i + grid.cols);
  return out;
}

/** Labels the 4-connected components of the cells equal to 1; returns a component id per cell. */
function components(grid: Grid): { id: Int32Array; count: number } {
  const id = new Int32Array(grid.state.length).fill(-1);
  let count = 0;
  for (let start = 0; start < grid.state.length; start += 1) {
    if (grid.state[start] !== 1 || id[start] !== -1) continue;
    const stack = [start];
    id[start] = count;
    while (stack.length > 0) {
      const i = stack.pop() as number;
      for (const j of neighbours(grid, i))
        if (grid.state[j] === 1 && id[j] === -1) {
          id[j] = count;
          stack.push(j);
        }
    }
    count += 1;
  }
  return { id, count };
}

/**
 * Joins the pieces of the household to the first piece with the shortest corridors through free
 * cells (breadth-first search), so one outline holds everyone who lives there without taking in
 * anyone who does not. Pieces no corridor can reach stay apart.
 */
function connect(grid: Grid, work: { add(n?: number): void }): void {
  for (let guard = 0; guard < grid.state.length; guard += 1) {
    const { id, count } = components(grid);
    work.add(grid.state.length);
    if (count <= 1) return;
    const from = new Int32Array(grid.state.length).fill(-2);
    const queue: number[] = [];
    for (let i = 0; i < id.length; i += 1)
      if (id[i] === 0) {
        from[i] = -1;
        queue.push(i);
      }
    let reached = -1;
    for (let q = 0; q < queue.length && reached < 0; q += 1) {
      const i = queue[q] as number;
      for (const j of neighbours(grid, i)) {
        if (from[j] !== -2 || grid.state[j] === 2) continue;
        from[j] = i;
        if (grid.state[j] === 1 && (id[j] as number) > 0) {
          reached = j;
          break;
        }
        queue.push(j);
      }
    }
    if (reached < 0) return; // the rest are walled off: they stay separate pieces
    for (let i = from[reached] as number; i >= 0 && grid.state[i] !== 1; i = from[i] as number)
      grid.state[i] = 1;
  }
}

/**
 * The outer boundary of each piece as a clockwise list of corner points (interior on the right).
 * Only the outer boundary is traced, so a gap enclosed by the piece never becomes a hole.
 */
function trace(grid: Grid): { x: number; y: number }[][] {
  const { id, count } = components(grid);
  const { cols, rows } = grid;
  const at = (c: number, r: number) => (c >= 0 && r >= 0 && c < cols && r < rows ? id[r * cols + c] : -1);
  const loops: { x: number; y: number }[][] = [];
  const W = cols + 1;
  for (let k = 0; k < count; k += 1) {
    // Boundary edges, keyed by their start corner (corner index r * W + c), with their direction:
    // 0 right, 1 down, 2 left, 3 up.
    const out = new Map<number, number[]>();
    const add = (c: number, r: number, dir: number) => {
      const key = r * W + c;
      const list = out.get(key);
      if (list) list.push(dir);
      else out.set(key, [dir]);
    };
    let first = -1;
    for (let i = 0; i < id.length; i += 1) {
      if (id[i] !== k) continue;
      const c = i % cols;
      const r = (i - c) / cols;
      if (first < 0) first = r * W + c;
      if (at(c, r - 1) !== k) add(c, r, 0);
      if (at(c + 1, r) !== k) add(c + 1, r, 1);
      if (at(c, r + 1) !== k) add(c + 1, r + 1, 2);
      if (at(c - 1, r) !== k) add(c, r + 1, 3);
    }
    const corners: { x: number; y: number }[] = [];
    let corner = first;
    let dir = 0;
    const take = (key: number, d: number) => {
      const list = out.get(key) ?? [];
      list.splice(list.indexOf(d), 1);
    };
    take(corner, dir);
    for (let guard = 0; guard <= id.length * 4; guard += 1) {
      const c = corner % W;
      const r = (corner - c) / W;
      const next = r * W + c + (dir === 0 ? 1 : dir === 2 ? -1 : 0) + (dir === 1 ? W : dir === 3 ? -W : 0);
      if (next === first) break;
      const options = out.get(next) ?? [];
      // At a corner two pieces share only diagonally, keep to the tightest turn (right, ahead, left).
      const pick = [(dir + 1) % 4, dir, (dir + 3) % 4].find((d) => options.includes(d));
      if (pick === undefined) break;
      if (pick !== dir) {
        const nc = next % W;
        corners.push({ x: nc, y: (next - nc) / W });
      }
      take(next, pick);
      corner = next;
      dir = pick;
    }
    const fc = first % W;
    corners.unshift({ x: fc, y: (first - fc) / W });
    loops.push(corners.map((p) => ({ x: grid.x0 + p.x * grid.cell, y: grid.y0 + p.y * grid.cell })));
  }
  return loops;
}

/**
 * One region per household: every member's `areas` (symbol and name, padded; `cores` unpadded, kept
 * even where a neighbour's box overlaps the padding) joined by corridors
 * that go round the `blocked` boxes of people who do not live there. Returns the outline of each
 * piece (one when the household could be joined) as closed corner lists.
 */
export function householdRegion(
  areas: Box[],
  cores: Box[],
  blocked: Box[],
  cell: number,
  work: { add(n?: number): void },
): { x: number; y: number }[][] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const a of areas) {
    x0 = Math.min(x0, a.x);
    y0 = Math.min(y0, a.y);
    x1 = Math.max(x1, a.x + a.width);
    y1 = Math.max(y1, a.y + a.height);
  }
  const margin = cell * 4;
  const grid = makeGrid(
    { x: x0 - margin, y: y0 - margin, width: x1 - x0 + 2 * margin, height: y1 - y0 + 2 * margin },
    cell,
  );
  for (const a of areas) mark(grid, a, 1);
  for (const b of blocked) mark(grid, b, 2);
  for (const a of cores) mark(grid, a, 1);
  connect(grid, work);
  work.add(grid.state.length);
  return trace(grid);
}
