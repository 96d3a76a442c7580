/**
 * Positions as close as possible (least squares) to `wanted`, in the given order, with at least
 * `gaps[i]` between item i and item i + 1: pool-adjacent-violators on `wanted[i] - offset[i]`.
 *
 * @example
 * spreadLine([0, 0, 0], [2, 2]); // [-2, 0, 2]
 */
export function spreadLine(wanted: readonly number[], gaps: readonly number[]): number[] {
  const offsets: number[] = [];
  let sum = 0;
  wanted.forEach((_, i) => {
    offsets.push(sum);
    sum += gaps[i] ?? 0;
  });
  const blocks: { value: number; weight: number; count: number }[] = [];
  wanted.forEach((w, i) => {
    blocks.push({ value: w - (offsets[i] as number), weight: 1, count: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.value <= b.value) break;
      const weight = a.weight + b.weight;
      blocks.splice(blocks.length - 2, 2, {
        value: (a.value * a.weight + b.value * b.weight) / weight,
        weight,
        count: a.count + b.count,
      });
    }
  });
  const out: number[] = [];
  for (const b of blocks)
    for (let k = 0; k < b.count; k += 1) out.push(b.value + (offsets[out.length] as number));
  return out;
}

const TAU = 2 * Math.PI;

/**
 * Angles as close as possible to `wanted` (radians), keeping their circular order, with at least
 * `gap(i, j)` between neighbours i and j. Tries every item as the start of the circle and keeps the
 * fit with the smallest squared shift. Needs the gaps round the circle to sum to at most 2π; the
 * caller makes room first.
 */
export function spreadCircle(wanted: readonly number[], gap: (i: number, j: number) => number): number[] {
  const n = wanted.length;
  if (n <= 1) return [...wanted];
  const order = wanted
    .map((w, i) => ({ w: ((w % TAU) + TAU) % TAU, i }))
    .sort((a, b) => a.w - b.w || a.i - b.i);
  let best: number[] | undefined;
  let bestCost = Infinity;
  for (let start = 0; start < n; start += 1) {
    const seq = Array.from({ length: n }, (_, k) => order[(start + k) % n]!);
    const base = seq[0]!.w;
    const unrolled = seq.map((o) => (o.w < base ? o.w + TAU : o.w));
    const seqGaps = seq.map((o, k) => gap(o.i, seq[(k + 1) % n]!.i));
    const placed = spreadLine(unrolled, seqGaps.slice(0, n - 1));
    const wrap = placed[0]! + TAU - placed[n - 1]!;
    if (wrap < seqGaps[n - 1]! - 1e-9) continue;
    const cost = placed.reduce((s, p, k) => s + (p - unrolled[k]!) ** 2, 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = [];
      seq.forEach((o, k) => (best![o.i] = placed[k]!));
    }
  }
  if (best) return best;
  // No cut works: spread evenly in the wanted order, gaps scaled to fill the circle.
  const ring = order.map((o, k) => gap(o.i, order[(k + 1) % n]!.i));
  const total = ring.reduce((s, g) => s + g, 0) || 1;
  const out: number[] = [];
  let angle = order[0]!.w;
  order.forEach((o, k) => {
    out[o.i] = angle;
    angle += ((ring[k] as number) * TAU) / total;
  });
  return out;
}
