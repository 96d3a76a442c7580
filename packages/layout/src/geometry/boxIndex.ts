import type { Box } from '../types.ts';
import { boxesOverlap } from './segmentHitsBox.ts';

/**
 * Items with a box, in square buckets keyed by cell, so "what is near this box" costs the few
 * buckets the box covers rather than the whole chart. Built once per layout.
 */
export class BoxIndex<T> {
  private readonly buckets = new Map<number, number[]>();
  private readonly entries: { box: Box; item: T }[] = [];
  constructor(private readonly cell: number) {}

  private key(c: number, r: number): number {
    return (r + 32768) * 65536 + (c + 32768);
  }

  private range(box: Box): [number, number, number, number] {
    const cell = this.cell;
    return [
      Math.floor(box.x / cell),
      Math.floor((box.x + box.width) / cell),
      Math.floor(box.y / cell),
      Math.floor((box.y + box.height) / cell),
    ];
  }

  add(box: Box, item: T): void {
    const i = this.entries.length;
    this.entries.push({ box, item });
    const [c0, c1, r0, r1] = this.range(box);
    for (let r = r0; r <= r1; r += 1)
      for (let c = c0; c <= c1; c += 1) {
        const k = this.key(c, r);
        const list = this.buckets.get(k);
        if (list) list.push(i);
        else this.buckets.set(k, [i]);
      }
  }

  /** The items whose boxes overlap `box`, each once, in the order they were added. */
  query(box: Box): T[] {
    const [c0, c1, r0, r1] = this.range(box);
    const hits = new Set<number>();
    for (let r = r0; r <= r1; r += 1)
      for (let c = c0; c <= c1; c += 1)
        for (const i of this.buckets.get(this.key(c, r)) ?? [])
          if (!hits.has(i) && boxesOverlap((this.entries[i] as { box: Box }).box, box)) hits.add(i);
    return [...hits].sort((a, b) => a - b).map((i) => (this.entries[i] as { item: T }).item);
  }
}
