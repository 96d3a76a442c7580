/**
 * Places items in a fixed left-to-right order as close as possible to their targets while keeping
 * at least `gaps[i]` between item i and item i + 1: pool-adjacent-violators on the shifted targets,
 * minimising the largest miss (each pooled block sits at the midrange of its targets). The midrange,
 * unlike the mean, does not depend on how many items sit on each side, so when a packed row grows by
 * one slot both sides move by half a slot: the layout stays stable under small edits. Linear time.
 */
export function placeInOrder(targets: readonly number[], gaps: readonly number[]): number[] {
  const n = targets.length;
  const shift = new Array<number>(n);
  let acc = 0;
  for (let i = 0; i < n; i += 1) {
    shift[i] = acc;
    acc += gaps[i] ?? 0;
  }
  const lows: number[] = [];
  const highs: number[] = [];
  const counts: number[] = [];
  const mid = (k: number) => ((lows[k] as number) + (highs[k] as number)) / 2;
  for (let i = 0; i < n; i += 1) {
    const z = (targets[i] as number) - (shift[i] as number);
    lows.push(z);
    highs.push(z);
    counts.push(1);
    while (lows.length > 1 && mid(lows.length - 2) > mid(lows.length - 1)) {
      const low = lows.pop() as number;
      const high = highs.pop() as number;
      const count = counts.pop() as number;
      const k = lows.length - 1;
      lows[k] = Math.min(lows[k] as number, low);
      highs[k] = Math.max(highs[k] as number, high);
      counts[k] = (counts[k] as number) + count;
    }
  }
  const out = new Array<number>(n);
  let i = 0;
  for (let b = 0; b < lows.length; b += 1) {
    const value = mid(b);
    for (let c = 0; c < (counts[b] as number); c += 1, i += 1) out[i] = value + (shift[i] as number);
  }
  return out;
}
