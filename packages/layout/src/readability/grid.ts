import type { Box } from '../types.ts';
import { segmentBox, type Segment } from './geometry.ts';

/**
 * A uniform grid over the chart: each item is filed under the cells it touches (a box's cells, or
 * the cells along a segment), so a query looks only at items near it. Keeps the measure near-linear
 * on 1000-person families, where a long line would otherwise be compared with everything.
 */
export class Grid<T> {
  private readonly cells = new Map<number, number[]>();
  private readonly items: T[] = [];
  private readonly stamp: number[] = [];
  private query = 0;

  constructor(private readonly cell: number) {}

  private static key(cx: number, cy: number): number {
    // Cells are integers either side of 0; pack both into one safe integer.
    return (cx + 1_000_000) * 2_000_003 + (cy + 1_000_000);
  }

  /** The cells a box touches. */
  boxCells(box: Box): number[] {
    const c = this.cell;
    const [x0, y0] = [Math.floor(box.x / c), Math.floor(box.y / c)];
    const [x1, y1] = [Math.floor((box.x + box.width) / c), Math.floor((box.y + box.height) / c)];
    const out: number[] = [];
    for (let cx = x0; cx <= x1; cx += 1) for (let cy = y0; cy <= y1; cy += 1) out.push(Grid.key(cx, cy));
    return out;
  }

  /** The cells within `pad` of a segment (walked in half-cell steps, so long lines stay cheap). */
  segmentCells({ a, b }: Segment, pad = 1): number[] {
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const steps = Math.max(1, Math.ceil(len / (this.cell / 2)));
    const seen = new Set<number>();
    for (let k = 0; k <= steps; k += 1) {
      const t = k / steps;
      const x = a.x + (b.x - a.x) * t;
      const y = a.y + (b.y - a.y) * t;
      const half = this.cell / 4 + pad; // covers the half step either side of the sample
      for (const key of this.boxCells({ x: x - half, y: y - half, width: 2 * half, height: 2 * half }))
        seen.add(key);
    }
    return [...seen];
  }

  /** The cells a segment lies in (its box, grown by 1, when short; walked along it when long). */
  cellsAlong(seg: Segment): number[] {
    const box = segmentBox(seg);
    if (box.width * box.height <= 16 * this.cell * this.cell)
      return this.boxCells({ x: box.x - 1, y: box.y - 1, width: box.width + 2, height: box.height + 2 });
    return this.segmentCells(seg, 1);
  }

  /** Files an item under the given cells; returns its index. */
  add(item: T, cells: number[]): number {
    const index = this.items.length;
    this.items.push(item);
    this.stamp.push(-1);
    for (const k of cells) {
      const list = this.cells.get(k);
      if (list) list.push(index);
      else this.cells.set(k, [index]);
    }
    return index;
  }

  /** Each item (with its index) filed in one of the given cells, once. */
  near(cells: number[], visit: (item: T, index: number) => void): void {
    this.query += 1;
    for (const k of cells) {
      const list = this.cells.get(k);
      if (!list) continue;
      for (const index of list) {
        if (this.stamp[index] === this.query) continue;
        this.stamp[index] = this.query;
        visit(this.items[index] as T, index);
      }
    }
  }
}
