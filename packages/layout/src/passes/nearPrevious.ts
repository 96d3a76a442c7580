import { placeInOrder } from './isotonic.ts';

/**
 * Places one row in its fixed order, keeping at least `gaps[i]` between item i and item i + 1, so
 * that the items with a previous position (`fixed[i]`) move as little as possible: first the largest
 * move is made as small as it can be (when a new item needs room, both sides share it), then, within
 * that bound, the squared distance to the targets is least. Items without a previous position only
 * follow their targets. Linear time.
 *
 * In shifted coordinates (y = x minus the sum of the gaps to the left) the constraints say y never
 * decreases. The smallest largest move is half the biggest drop in y between two fixed items; the
 * feasible y then lie between two non-decreasing bounds, and clamping the least-squares fit between
 * them keeps it non-decreasing.
 */
/** Moves this small are rounding in the shifted frame, not moves. */
const ROUNDING = 1e-7;

export function placeNearPrevious(
  targets: readonly number[],
  fixed: readonly boolean[],
  gaps: readonly number[],
): number[] {
  const n = targets.length;
  const shift = new Array<number>(n);
  let acc = 0;
  for (let i = 0; i < n; i += 1) {
    shift[i] = acc;
    acc += gaps[i] ?? 0;
  }
  const y = targets.map((t, i) => t - (shift[i] as number));
  let bound = 0;
  let runMax = -Infinity;
  for (let i = 0; i < n; i += 1) {
    if (!fixed[i]) continue;
    bound = Math.max(bound, (runMax - (y[i] as number)) / 2);
    runMax = Math.max(runMax, y[i] as number);
  }
  const lo = new Array<number>(n);
  const hi = new Array<number>(n);
  let floor = -Infinity;
  for (let i = 0; i < n; i += 1) {
    if (fixed[i]) floor = Math.max(floor, (y[i] as number) - bound);
    lo[i] = floor;
  }
  let ceiling = Infinity;
  for (let i = n - 1; i >= 0; i -= 1) {
    if (fixed[i]) ceiling = Math.min(ceiling, (y[i] as number) + bound);
    hi[i] = ceiling;
  }
  const fit = placeInOrder(targets, gaps);
  return fit.map((x, i) => {
    const z = x - (shift[i] as number);
    const clamped = Math.min(hi[i] as number, Math.max(lo[i] as number, z));
    // Someone who stays put keeps their exact coordinate (no rounding through the shifted frame).
    const stays = fixed[i] && Math.abs(clamped - (y[i] as number)) <= ROUNDING;
    return stays ? (targets[i] as number) : clamped + (shift[i] as number);
  });
}
