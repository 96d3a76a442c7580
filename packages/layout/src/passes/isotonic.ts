/**
 * Places items in a fixed left-to-right order as close as possible to their targets (least squares)
 * while keeping at least `gaps[i]` between item i and item i + 1: pool-adjacent-violators on the
 * shifted targets. Linear time; exact for this problem. (Minimising the largest miss instead, which
 * shares a row's growth evenly between both sides, was tried: the typical edit moved people less, but
 * one item's target could drag a whole packed row, and the worst edits moved people 3× further.)
 */
export function placeInOrder(targets: readonly number[], gaps: readonly number[]): number[] {
  const n = targets.length;
  const shift = new Array<number>(n);
  let acc = 0;
  for (let i = 0; i < n; i += 1) {
    shift[i] = acc;
    acc += gaps[i] ?? 0;
  }
  const sums: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i += 1) {
    sums.push((targets[i] as number) - (shift[i] as number));
    counts.push(1);
    while (sums.length > 1) {
      const k = sums.length - 1;
      if ((sums[k - 1] as number) / (counts[k - 1] as number) <= (sums[k] as number) / (counts[k] as number))
        break;
      sums[k - 1] = (sums[k - 1] as number) + (sums.pop() as number);
      counts[k - 1] = (counts[k - 1] as number) + (counts.pop() as number);
    }
  }
  const out = new Array<number>(n);
  let i = 0;
  for (let b = 0; b < sums.length; b += 1) {
    const mean = (sums[b] as number) / (counts[b] as number);
    for (let c = 0; c < (counts[b] as number); c += 1, i += 1) out[i] = mean + (shift[i] as number);
  }
  return out;
}
