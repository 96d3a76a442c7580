import { assignTracks } from './tracks.ts';

/** A sibship line on a row: where its stem comes down and where its children's lines leave it. */
export interface SibshipRun {
  key: string;
  /** x of the stem from the parents down to the line. */
  stem: number;
  /** x where each child's line (or a multiple birth's fork) leaves the line. */
  drops: number[];
  lo: number;
  hi: number;
}

/** Within this many units two upright lines lie on top of each other. */
const SAME_X = 1.5;
/** What one pair of lines on top of each other costs against one crossing. */
const ON_TOP = 1000;

/**
 * What it costs to draw sibship `a` above `b` (nearer the parents' row) where their runs overlap:
 * `a`'s children's lines cross `b`'s line, `b`'s stem crosses `a`'s line, and an `a` child's line
 * on `b`'s stem (they would run on top of each other between the two lines) costs far more.
 */
function above(a: SibshipRun, b: SibshipRun): number {
  let cost = 0;
  for (const x of a.drops) {
    if (Math.abs(x - b.stem) < SAME_X) cost += ON_TOP;
    else if (x > b.lo - SAME_X && x < b.hi + SAME_X) cost += 1;
  }
  if (b.stem > a.lo - SAME_X && b.stem < a.hi + SAME_X) cost += 1;
  return cost;
}

/**
 * Tracks (0 nearest the children, then 1, 2, … towards the parents) for the sibship lines of
 * one row, so that lines of different couples whose runs overlap (or come closer than `gap`)
 * never share a height, and in the order, top to bottom, that has their lines cross each other
 * least and never has a child's line run along another couple's stem. Greedy interval colouring
 * (`assignTracks`) is kept where nothing crosses; otherwise each group of overlapping runs is
 * ordered by inserting runs one by one where they cost least, then moving each to its best place
 * while that helps (a few passes, cheap: groups are small). There is no cap on the number of
 * tracks: the caller fits them into the room it has.
 */
export function sibshipTracks(runs: readonly SibshipRun[], gap: number): Map<string, number> {
  const greedy = assignTracks(runs, gap, Infinity);
  if (runs.length < 2) return greedy;
  const overlaps = (a: SibshipRun, b: SibshipRun) => a.lo < b.hi + gap && b.lo < a.hi + gap;
  const cost = (order: readonly SibshipRun[]) => {
    let total = 0;
    for (let i = 0; i < order.length; i += 1)
      for (let j = i + 1; j < order.length; j += 1) {
        const a = order[i] as SibshipRun;
        const b = order[j] as SibshipRun;
        if (overlaps(a, b)) total += above(a, b);
      }
    return total;
  };
  // Groups of runs joined by overlaps, in order of left end.
  const sorted = [...runs].sort((a, b) => a.lo - b.lo);
  const groups: SibshipRun[][] = [];
  let reach = -Infinity;
  for (const r of sorted) {
    if (r.lo >= reach + gap || groups.length === 0) groups.push([r]);
    else groups[groups.length - 1]?.push(r);
    reach = Math.max(reach, r.hi);
  }
  const out = new Map(greedy);
  for (const group of groups) {
    if (group.length < 2) continue;
    // The greedy tracks, read as an order top to bottom.
    const byGreedy = [...group].sort((a, b) => (greedy.get(b.key) ?? 0) - (greedy.get(a.key) ?? 0));
    const start = cost(byGreedy);
    if (start === 0) continue;
    const order: SibshipRun[] = [];
    const bestPlace = (r: SibshipRun) => {
      let best = 0;
      let bestCost = Infinity;
      for (let at = 0; at <= order.length; at += 1) {
        let c = 0;
        for (let i = 0; i < order.length; i += 1) {
          const o = order[i] as SibshipRun;
          if (overlaps(o, r)) c += i < at ? above(o, r) : above(r, o);
        }
        if (c < bestCost) {
          bestCost = c;
          best = at;
        }
      }
      return best;
    };
    for (const r of byGreedy) order.splice(bestPlace(r), 0, r);
    for (let pass = 0; pass < 3; pass += 1) {
      let moved = false;
      for (const r of [...order]) {
        const from = order.indexOf(r);
        order.splice(from, 1);
        const to = bestPlace(r);
        order.splice(to, 0, r);
        if (to !== from) moved = true;
      }
      if (!moved) break;
    }
    if (cost(order) >= start) continue;
    // Tracks from the bottom up: each run one above the highest overlapping run below it.
    const track = new Map<string, number>();
    for (let i = order.length - 1; i >= 0; i -= 1) {
      const r = order[i] as SibshipRun;
      let t = 0;
      for (let j = i + 1; j < order.length; j += 1) {
        const o = order[j] as SibshipRun;
        if (overlaps(o, r)) t = Math.max(t, (track.get(o.key) ?? 0) + 1);
      }
      track.set(r.key, t);
    }
    for (const [key, t] of track) out.set(key, t);
  }
  return out;
}
