import { segmentHitsRect } from '../geometry/segmentHitsBox.ts';
import type { Box, Point } from '../types.ts';

/** Something an agency line must not pass through: a symbol, a name, or a piece of text on a line. */
export interface Obstacle {
  box: Box;
  /** `symbol` and `name` belong to a person (`owner` is the person's id); `text` is any other label. */
  kind: 'symbol' | 'name' | 'text';
  owner?: string;
  /** A person's row of badges (kind `name`): kept clear like their name. */
  badges?: true;
}

/**
 * Obstacles in a flat grid of square buckets over `area`, so a segment is tested only against the
 * obstacles in the buckets it crosses: a query costs the segment's length in buckets, not the
 * family's size. Nothing lies outside `area`, so the parts of a segment outside it are skipped.
 */
export class ObstacleIndex {
  readonly obstacles: Obstacle[];
  private readonly size: number;
  private readonly x0: number;
  private readonly y0: number;
  private readonly cols: number;
  private readonly rows: number;
  /** Bucket b holds `items[start[b]]` to `items[start[b + 1] - 1]` (compressed rows). */
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(obstacles: Obstacle[], area: Box, bucketSize: number) {
    this.obstacles = obstacles;
    this.size = bucketSize;
    this.x0 = area.x;
    this.y0 = area.y;
    this.cols = Math.max(1, Math.ceil(area.width / bucketSize));
    this.rows = Math.max(1, Math.ceil(area.height / bucketSize));
    this.seen = new Uint32Array(obstacles.length);
    const count = new Int32Array(this.cols * this.rows + 1);
    const span = (o: Obstacle) => {
      const c0 = Math.max(0, Math.floor((o.box.x - this.x0) / bucketSize));
      const c1 = Math.min(this.cols - 1, Math.floor((o.box.x + o.box.width - this.x0) / bucketSize));
      const r0 = Math.max(0, Math.floor((o.box.y - this.y0) / bucketSize));
      const r1 = Math.min(this.rows - 1, Math.floor((o.box.y + o.box.height - this.y0) / bucketSize));
      return [c0, c1, r0, r1] as const;
    };
    for (const o of obstacles) {
      const [c0, c1, r0, r1] = span(o);
      for (let r = r0; r <= r1; r += 1) for (let c = c0; c <= c1; c += 1) count[r * this.cols + c + 1]! += 1;
    }
    for (let b = 1; b < count.length; b += 1) count[b]! += count[b - 1]!;
    this.start = count.slice();
    this.items = new Int32Array(count[count.length - 1]!);
    obstacles.forEach((o, i) => {
      const [c0, c1, r0, r1] = span(o);
      for (let r = r0; r <= r1; r += 1)
        for (let c = c0; c <= c1; c += 1) {
          const b = r * this.cols + c;
          this.items[count[b]!] = i;
          count[b]! += 1;
        }
    });
  }

  /** Calls `visit` with each obstacle the segment a–b passes through; stops when `visit` returns true. */
  each(a: Point, b: Point, visit: (o: Obstacle) => boolean | void): void {
    this.stamp += 1;
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const size = this.size;
    const x0 = this.x0;
    const y0 = this.y0;
    // Clip the segment to the area (Liang–Barsky), then walk the buckets it
    // crosses (Amanatides–Woo).
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    let t0 = 0;
    let t1 = 1;
    for (let side = 0; side < 4; side += 1) {
      const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
      const q =
        side === 0
          ? a.x - x0
          : side === 1
            ? x0 + this.cols * size - a.x
            : side === 2
              ? a.y - y0
              : y0 + this.rows * size - a.y;
      if (Math.abs(p) < 1e-12) {
        if (q < 0) return;
        continue;
      }
      const r = q / p;
      if (p < 0) {
        if (r > t1) return;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return;
        if (r < t1) t1 = r;
      }
    }
    if (t1 < t0) return;
    const px = a.x + dx * t0;
    const py = a.y + dy * t0;
    const qx = a.x + dx * t1;
    const qy = a.y + dy * t1;
    const cdx = qx - px;
    const cdy = qy - py;
    let c = Math.min(this.cols - 1, Math.max(0, Math.floor((px - x0) / size)));
    let r = Math.min(this.rows - 1, Math.max(0, Math.floor((py - y0) / size)));
    const cEnd = Math.min(this.cols - 1, Math.max(0, Math.floor((qx - x0) / size)));
    const rEnd = Math.min(this.rows - 1, Math.max(0, Math.floor((qy - y0) / size)));
    const stepC = cdx > 0 ? 1 : -1;
    const stepR = cdy > 0 ? 1 : -1;
    const tDeltaX = cdx === 0 ? Infinity : Math.abs(size / cdx);
    const tDeltaY = cdy === 0 ? Infinity : Math.abs(size / cdy);
    let tMaxX = cdx === 0 ? Infinity : (x0 + (cdx > 0 ? c + 1 : c) * size - px) / cdx;
    let tMaxY = cdy === 0 ? Infinity : (y0 + (cdy > 0 ? r + 1 : r) * size - py) / cdy;
    const { start, items, seen, obstacles } = this;
    const stamp = this.stamp;
    const ax = a.x;
    const ay = a.y;
    const bx = b.x;
    const by = b.y;
    for (;;) {
      const bucket = r * this.cols + c;
      const end = start[bucket + 1]!;
      for (let k = start[bucket]!; k < end; k += 1) {
        const i = items[k]!;
        if (seen[i] === stamp) continue;
        seen[i] = stamp;
        const o = obstacles[i] as Obstacle;
        const box = o.box;
        if (
          segmentHitsRect(ax, ay, bx, by, box.x, box.y, box.x + box.width, box.y + box.height) &&
          visit(o) === true
        )
          return;
      }
      if ((c === cEnd && r === rEnd) || Math.min(tMaxX, tMaxY) > 1) return;
      if (tMaxX < tMaxY) {
        tMaxX += tDeltaX;
        c += stepC;
      } else {
        tMaxY += tDeltaY;
        r += stepR;
      }
      if (c < 0 || r < 0 || c >= this.cols || r >= this.rows) return;
    }
  }

  /** Whether the segment a–b passes through any obstacle `ignore` does not excuse. */
  blocked(a: Point, b: Point, ignore?: (o: Obstacle) => boolean): boolean {
    let hit = false;
    this.each(a, b, (o) => {
      if (ignore?.(o)) return false;
      hit = true;
      return true;
    });
    return hit;
  }
}
