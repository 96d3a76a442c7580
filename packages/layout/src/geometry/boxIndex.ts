import type { Box } from '../types.ts';

/**
 * Items with a box, in square buckets keyed by cell, so "what is near this box" costs the few
 * buckets the box covers rather than the whole chart. Built once per layout.
 */
export class BoxIndex<T> {
  // Buckets are keyed by row and column, 15 bits each, so a key is a small integer (a far cell may
  // share a bucket with another: queries test every box, so that only costs a comparison).
  private readonly buckets = new Map<number, number[]>();
  private readonly boxes: Box[] = [];
  private readonly items: T[] = [];
  /** The query that last saw each entry, so an entry in several buckets is taken once. */
  private readonly seen: number[] = [];
  private stamp = 0;
  constructor(private readonly cell: number) {}

  add(box: Box, item: T): void {
    const i = this.boxes.length;
    this.boxes.push(box);
    this.items.push(item);
    this.seen.push(0);
    const cell = this.cell;
    const c0 = Math.floor(box.x / cell);
    const c1 = Math.floor((box.x + box.width) / cell);
    const r0 = Math.floor(box.y / cell);
    const r1 = Math.floor((box.y + box.height) / cell);
    for (let r = r0; r <= r1; r += 1)
      for (let c = c0; c <= c1; c += 1) {
        const k = ((r & 0x7fff) << 15) | (c & 0x7fff);
        const list = this.buckets.get(k);
        if (list) list.push(i);
        else this.buckets.set(k, [i]);
      }
  }

  /** The indexes of the entries whose boxes overlap `box`, each once, in the order they were added. */
  private hits(box: Box, first: boolean): number[] {
    const cell = this.cell;
    const bx0 = box.x;
    const by0 = box.y;
    const bx1 = box.x + box.width;
    const by1 = box.y + box.height;
    const c0 = Math.floor(bx0 / cell);
    const c1 = Math.floor(bx1 / cell);
    const r0 = Math.floor(by0 / cell);
    const r1 = Math.floor(by1 / cell);
    const stamp = (this.stamp += 1);
    const seen = this.seen;
    const boxes = this.boxes;
    const out: number[] = [];
    let sorted = true;
    for (let r = r0; r <= r1; r += 1)
      for (let c = c0; c <= c1; c += 1) {
        const list = this.buckets.get(((r & 0x7fff) << 15) | (c & 0x7fff));
        if (list === undefined) continue;
        for (let j = 0; j < list.length; j += 1) {
          const i = list[j] as number;
          if (seen[i] === stamp) continue;
          seen[i] = stamp;
          const e = boxes[i] as Box;
          // boxesOverlap(e, box): touching edges count.
          if (e.x <= bx1 && bx0 <= e.x + e.width && e.y <= by1 && by0 <= e.y + e.height) {
            if (out.length > 0 && i < (out[out.length - 1] as number)) sorted = false;
            out.push(i);
            if (first) return out;
          }
        }
      }
    if (!sorted) out.sort((a, b) => a - b);
    return out;
  }

  /** The items whose boxes overlap `box`, each once, in the order they were added. */
  query(box: Box): T[] {
    const hits = this.hits(box, false);
    const items = this.items;
    const out = new Array<T>(hits.length);
    for (let k = 0; k < hits.length; k += 1) out[k] = items[hits[k] as number] as T;
    return out;
  }

  /** Whether any item's box overlaps `box` (the same as `query(box).length > 0`, without the list). */
  any(box: Box): boolean {
    return this.hits(box, true).length > 0;
  }
}
