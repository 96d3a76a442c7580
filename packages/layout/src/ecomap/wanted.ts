import type { Access } from './access.ts';

/** The circular mean of angles, or undefined when there are none. */
export function meanAngle(angles: readonly number[]): number | undefined {
  if (angles.length === 0) return undefined;
  const x = angles.reduce((s, a) => s + Math.cos(a), 0);
  const y = angles.reduce((s, a) => s + Math.sin(a), 0);
  return Math.hypot(x, y) < 1e-9 ? angles[0] : Math.atan2(y, x);
}

/**
 * Where an agency would like to sit along the frame: the mean of the cheapest way out of each of
 * its lines (angles on the ring, x under the band); undefined when all its lines go to the family.
 */
export function wantedPosition(accesses: readonly Access[][], ring: boolean): number | undefined {
  const best = accesses.map((list) => list[0]?.at).filter((a): a is number => a !== undefined);
  if (ring) return meanAngle(best);
  return best.length ? best.reduce((s, a) => s + a, 0) / best.length : undefined;
}

/**
 * Fills in positions for agencies with no wish, each in the middle of the widest free stretch so far:
 * between wished-for angles round the circle, or between x positions within [`min`, `max`].
 */
export function fillGaps(wanted: (number | undefined)[], ring: boolean, min: number, max: number): number[] {
  const taken = wanted.filter((w): w is number => w !== undefined);
  const out: number[] = [];
  wanted.forEach((w, i) => {
    if (w !== undefined) {
      out[i] = w;
      return;
    }
    let pick: number;
    if (taken.length === 0) pick = ring ? -Math.PI / 2 : (min + max) / 2;
    else if (ring) {
      const sorted = taken
        .map((a) => ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI))
        .sort((a, b) => a - b);
      let bestGap = -1;
      pick = 0;
      sorted.forEach((a, k) => {
        const next = k + 1 < sorted.length ? (sorted[k + 1] as number) : (sorted[0] as number) + 2 * Math.PI;
        if (next - a > bestGap) {
          bestGap = next - a;
          pick = (a + next) / 2;
        }
      });
    } else {
      const sorted = [min, ...taken, max].sort((a, b) => a - b);
      let bestGap = -1;
      pick = (min + max) / 2;
      for (let k = 0; k + 1 < sorted.length; k += 1) {
        const gap = (sorted[k + 1] as number) - (sorted[k] as number);
        if (gap > bestGap) {
          bestGap = gap;
          pick = ((sorted[k] as number) + (sorted[k + 1] as number)) / 2;
        }
      }
    }
    out[i] = pick;
    taken.push(pick);
  });
  return out;
}
