/** Most cells one grid holds; a larger chart gets larger cells. */
const MAX_CELLS = 1 << 21;

/**
 * Boxes and segments in a uniform grid over the chart, so a query touches only what is near it.
 * Cells outside the chart are folded onto its edge cells, which keeps every query correct (the
 * exact test follows) and the grid's size bounded.
 */
export class Grid {
  private readonly cells: (number[] | undefined)[];
  private readonly cols: number;
  private readonly rows: number;
  private readonly cell: number;
  /**
   * The lists a query found, filled by `boxCells` and `segmentCells`: the first `foundCount` of
   * them (the array is reused, never cut short, so queries allocate nothing once it has grown).
   */
  readonly found: number[][] = [];
  foundCount = 0;
  constructor(
    private readonly x0: number,
    private readonly y0: number,
    width: number,
    height: number,
    cell: number,
  ) {
    const area = Math.max(1, (width / cell) * (height / cell));
    this.cell = area > MAX_CELLS ? cell * Math.sqrt(area / MAX_CELLS) : cell;
    this.cols = Math.max(1, Math.ceil(width / this.cell));
    this.rows = Math.max(1, Math.ceil(height / this.cell));
    this.cells = new Array<number[] | undefined>(this.cols * this.rows);
  }
  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.x0) / this.cell)));
  }
  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / this.cell)));
  }
  private put(index: number, id: number): void {
    const list = this.cells[index];
    if (list) list.push(id);
    else this.cells[index] = [id];
  }
  addBox(id: number, x0: number, y0: number, x1: number, y1: number): void {
    const c0 = this.col(x0);
    const c1 = this.col(x1);
    const r0 = this.row(y0);
    const r1 = this.row(y1);
    for (let c = c0; c <= c1; c += 1) for (let r = r0; r <= r1; r += 1) this.put(c * this.rows + r, id);
  }
  /** Fills `found` with the lists of the cells under the box; returns how many cells were looked at. */
  boxCells(x0: number, y0: number, x1: number, y1: number): number {
    this.foundCount = 0;
    const c0 = this.col(x0);
    const c1 = this.col(x1);
    const r0 = this.row(y0);
    const r1 = this.row(y1);
    for (let c = c0; c <= c1; c += 1)
      for (let r = r0; r <= r1; r += 1) {
        const list = this.cells[c * this.rows + r];
        if (list) this.found[this.foundCount++] = list;
      }
    return (c1 - c0 + 1) * (r1 - r0 + 1);
  }
  /** Puts `id` in the cells segment a→b crosses (column by column), or with id -1 collects their lists. */
  private walk(px: number, py: number, qx: number, qy: number, id: number): number {
    // From left to right (swapped without an array, so the walk allocates nothing).
    const swap = px > qx;
    const ax = swap ? qx : px;
    const ay = swap ? qy : py;
    const bx = swap ? px : qx;
    const by = swap ? py : qy;
    const c0 = this.col(ax);
    const c1 = this.col(bx);
    const slope = bx === ax ? 0 : (by - ay) / (bx - ax);
    let visited = 0;
    for (let c = c0; c <= c1; c += 1) {
      // The part of the segment inside this column.
      const left = c === c0 ? ax : this.x0 + c * this.cell;
      const right = c === c1 ? bx : this.x0 + (c + 1) * this.cell;
      // A vertical segment (one column) covers its whole height.
      const ya = bx === ax ? ay : ay + (left - ax) * slope;
      const yb = bx === ax ? by : ay + (right - ax) * slope;
      const r0 = this.row(Math.min(ya, yb));
      const r1 = this.row(Math.max(ya, yb));
      for (let r = r0; r <= r1; r += 1) {
        const index = c * this.rows + r;
        if (id >= 0) this.put(index, id);
        else {
          const list = this.cells[index];
          if (list) this.found[this.foundCount++] = list;
        }
      }
      visited += r1 - r0 + 1;
    }
    return visited;
  }
  /**
   * Whether segment p→q passes through the inside of any box filed in the cells it crosses: box
   * `id` is x0[id]..x1[id], y0[id]..y1[id] grown by `pad`, and boxes owned by `a` or `b` are passed
   * through. The same cells as `segmentCells` and the same test as `segmentHitsRect`, but it stops
   * at the first box hit and allocates nothing (the test is written out here, so no number is boxed
   * to pass it to a function).
   */
  segmentHitsAny<T>(
    px: number,
    py: number,
    qx: number,
    qy: number,
    x0: readonly number[],
    y0: readonly number[],
    x1: readonly number[],
    y1: readonly number[],
    owner: readonly (T | undefined)[],
    a: T | undefined,
    b: T | undefined,
    pad: number,
  ): boolean {
    const swap = px > qx;
    const ax = swap ? qx : px;
    const ay = swap ? qy : py;
    const bx = swap ? px : qx;
    const by = swap ? py : qy;
    const c0 = this.col(ax);
    const c1 = this.col(bx);
    const slope = bx === ax ? 0 : (by - ay) / (bx - ax);
    // The segment's own ends and extent, as `segmentHitsRect` takes them (p first).
    const minX = Math.min(px, qx);
    const maxX = Math.max(px, qx);
    const minY = Math.min(py, qy);
    const maxY = Math.max(py, qy);
    const dx = qx - px;
    const dy = qy - py;
    for (let c = c0; c <= c1; c += 1) {
      const left = c === c0 ? ax : this.x0 + c * this.cell;
      const right = c === c1 ? bx : this.x0 + (c + 1) * this.cell;
      const ya = bx === ax ? ay : ay + (left - ax) * slope;
      const yb = bx === ax ? by : ay + (right - ax) * slope;
      const r0 = this.row(Math.min(ya, yb));
      const r1 = this.row(Math.max(ya, yb));
      for (let r = r0; r <= r1; r += 1) {
        const list = this.cells[c * this.rows + r];
        if (!list) continue;
        for (let j = 0; j < list.length; j += 1) {
          const id = list[j] as number;
          const who = owner[id];
          if (who !== undefined && (who === a || who === b)) continue;
          const bx0 = (x0[id] as number) - pad;
          const by0 = (y0[id] as number) - pad;
          const bx1 = (x1[id] as number) + pad;
          const by1 = (y1[id] as number) + pad;
          // segmentHitsRect(px, py, qx, qy, bx0, by0, bx1, by1), written out.
          if (bx1 <= bx0 || by1 <= by0) continue;
          if (maxX < bx0 || minX > bx1 || maxY < by0 || minY > by1) continue;
          let t0 = 0;
          let t1 = 1;
          let out = false;
          for (let side = 0; side < 4 && !out; side += 1) {
            const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
            const q = side === 0 ? px - bx0 : side === 1 ? bx1 - px : side === 2 ? py - by0 : by1 - py;
            if (Math.abs(p) < 1e-12) {
              if (q < 0) out = true;
              continue;
            }
            const ratio = q / p;
            if (p < 0) {
              if (ratio > t1) out = true;
              else if (ratio > t0) t0 = ratio;
            } else if (ratio < t0) out = true;
            else if (ratio < t1) t1 = ratio;
          }
          if (!out && t1 - t0 > 1e-9) return true;
        }
      }
    }
    return false;
  }
  addSegment(id: number, ax: number, ay: number, bx: number, by: number): void {
    this.walk(ax, ay, bx, by, id);
  }
  /** Fills `found` with the lists of the cells segment a→b crosses; returns how many it looked at. */
  segmentCells(ax: number, ay: number, bx: number, by: number): number {
    this.foundCount = 0;
    return this.walk(ax, ay, bx, by, -1);
  }
}
