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

/** Labels the 4-connected components of the cells equal to 1; returns a component id per cell. */
function components(grid: Grid, stack: Int32Array, id: Int32Array): { id: Int32Array; count: number } {
  const { state, cols } = grid;
  const size = state.length;
  id.fill(-1);
  let count = 0;
  for (let start = 0; start < size; start += 1) {
    if (state[start] !== 1 || id[start] !== -1) continue;
    let top = 0;
    stack[top++] = start;
    id[start] = count;
    while (top > 0) {
      const i = stack[--top] as number;
      const c = i % cols;
      // Left, right, up, down.
      if (c > 0 && state[i - 1] === 1 && id[i - 1] === -1) {
        id[i - 1] = count;
        stack[top++] = i - 1;
      }
      if (c < cols - 1 && state[i + 1] === 1 && id[i + 1] === -1) {
        id[i + 1] = count;
        stack[top++] = i + 1;
      }
      if (i >= cols && state[i - cols] === 1 && id[i - cols] === -1) {
        id[i - cols] = count;
        stack[top++] = i - cols;
      }
      if (i + cols < size && state[i + cols] === 1 && id[i + cols] === -1) {
        id[i + cols] = count;
        stack[top++] = i + cols;
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
function connect(grid: Grid, work: { add(n?: number): void }, stack: Int32Array, ids: Int32Array): void {
  const { state, cols } = grid;
  const size = state.length;
  let from: Int32Array | undefined;
  let queue: Int32Array | undefined;
  for (let guard = 0; guard < size; guard += 1) {
    const { id, count } = components(grid, stack, ids);
    work.add(size);
    if (count <= 1) return;
    from = from ?? new Int32Array(size);
    queue = queue ?? new Int32Array(size);
    from.fill(-2);
    let tail = 0;
    for (let i = 0; i < size; i += 1)
      if (id[i] === 0) {
        from[i] = -1;
        queue[tail++] = i;
      }
    let reached = -1;
    for (let q = 0; q < tail && reached < 0; q += 1) {
      const i = queue[q] as number;
      const c = i % cols;
      // The neighbours in the order left, right, up, down; the first cell of another piece ends it.
      for (let k = 0; k < 4; k += 1) {
        let j: number;
        if (k === 0) {
          if (c === 0) continue;
          j = i - 1;
        } else if (k === 1) {
          if (c === cols - 1) continue;
          j = i + 1;
        } else if (k === 2) {
          if (i < cols) continue;
          j = i - cols;
        } else {
          if (i + cols >= size) continue;
          j = i + cols;
        }
        if (from[j] !== -2 || state[j] === 2) continue;
        from[j] = i;
        if (state[j] === 1 && (id[j] as number) > 0) {
          reached = j;
          break;
        }
        queue[tail++] = j;
      }
    }
    if (reached < 0) return; // the rest are walled off: they stay separate pieces
    for (let i = from[reached] as number; i >= 0 && state[i] !== 1; i = from[i] as number) state[i] = 1;
  }
}

/**
 * The outer boundary of each piece as a clockwise list of corner points (interior on the right).
 * Only the outer boundary is traced, so a gap enclosed by the piece never becomes a hole.
 */
function trace(grid: Grid, stack: Int32Array, ids: Int32Array): { x: number; y: number }[][] {
  const { id, count } = components(grid, stack, ids);
  const { cols, rows } = grid;
  const at = (c: number, r: number) => (c >= 0 && r >= 0 && c < cols && r < rows ? id[r * cols + c] : -1);
  const loops: { x: number; y: number }[][] = [];
  const W = cols + 1;
  // The cells of each piece in index order.
  const cellsOf: number[][] = [];
  for (let k = 0; k < count; k += 1) cellsOf.push([]);
  for (let i = 0; i < id.length; i += 1) {
    const k = id[i] as number;
    if (k >= 0) (cellsOf[k] as number[]).push(i);
  }
  // Boundary edges of the piece being traced, by their start corner (corner index r * W + c), as a
  // bit per direction: 1 right, 2 down, 4 left, 8 up. Cleared again after each piece.
  const out = new Uint8Array(W * (rows + 1));
  for (let k = 0; k < count; k += 1) {
    const cells = cellsOf[k] as number[];
    const first0 = cells[0] as number;
    const fc0 = first0 % cols;
    const first = ((first0 - fc0) / cols) * W + fc0;
    for (const i of cells) {
      const c = i % cols;
      const r = (i - c) / cols;
      if (at(c, r - 1) !== k) out[r * W + c]! |= 1;
      if (at(c + 1, r) !== k) out[r * W + c + 1]! |= 2;
      if (at(c, r + 1) !== k) out[(r + 1) * W + c + 1]! |= 4;
      if (at(c - 1, r) !== k) out[(r + 1) * W + c]! |= 8;
    }
    const corners: { x: number; y: number }[] = [];
    let corner = first;
    let dir = 0;
    out[corner]! &= ~(1 << dir);
    const limit = id.length * 4;
    for (let guard = 0; guard <= limit; guard += 1) {
      const next = corner + (dir === 0 ? 1 : dir === 2 ? -1 : 0) + (dir === 1 ? W : dir === 3 ? -W : 0);
      if (next === first) break;
      const options = out[next] as number;
      // At a corner two pieces share only diagonally, keep to the tightest turn (right, ahead, left).
      const right = (dir + 1) % 4;
      const left = (dir + 3) % 4;
      const pick =
        options & (1 << right) ? right : options & (1 << dir) ? dir : options & (1 << left) ? left : -1;
      if (pick < 0) break;
      if (pick !== dir) {
        const nc = next % W;
        corners.push({ x: nc, y: (next - nc) / W });
      }
      out[next] = options & ~(1 << pick);
      corner = next;
      dir = pick;
    }
    // Clear what is left of this piece's edges for the next piece.
    for (const i of cells) {
      const c = i % cols;
      const r = (i - c) / cols;
      out[r * W + c] = 0;
      out[r * W + c + 1] = 0;
      out[(r + 1) * W + c + 1] = 0;
      out[(r + 1) * W + c] = 0;
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
  // Scratch space for the searches and the piece of each cell, shared by every pass.
  const stack = new Int32Array(grid.state.length);
  const ids = new Int32Array(grid.state.length);
  connect(grid, work, stack, ids);
  work.add(grid.state.length);
  return trace(grid, stack, ids);
}
