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
/** Groups of more overlapping runs than this keep the greedy order (the cost grows as its square). */
const MAX_ORDERED = 40;
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
 * tracks: the caller fits them into the room it has. `downward`: track 0 is the top one (elbows
 * into a row, whose `drops` are the child they end at), not the one nearest the children.
 */
export function sibshipTracks(
  runs: readonly SibshipRun[],
  gap: number,
  downward = false,
): Map<string, number> {
  const greedy = assignTracks(runs, gap, Infinity);
  if (runs.length < 2) return greedy;
  // Groups of runs joined by overlaps, in order of left end, with each run's overlapping
  // neighbours and what each order of the two costs.
  const sorted = [...runs].sort((a, b) => a.lo - b.lo);
  const groups: SibshipRun[][] = [];
  let reach = -Infinity;
  for (const r of sorted) {
    if (groups.length === 0 || r.lo >= reach + gap) groups.push([r]);
    else groups[groups.length - 1]?.push(r);
    reach = Math.max(reach, r.hi);
  }
  const out = new Map(greedy);
  for (const group of groups) {
    // A group too big to order cheaply (long elbows across a very large family) keeps the greedy
    // tracks: still one height each, only not the order that crosses least.
    if (group.length < 2 || group.length > MAX_ORDERED) continue;
    /** For each run: its neighbours, `over` the cost with the neighbour above it, `under` below. */
    const pairs = new Map<SibshipRun, { o: SibshipRun; over: number; under: number }[]>();
    for (const r of group) pairs.set(r, []);
    for (let i = 0; i < group.length; i += 1) {
      const a = group[i] as SibshipRun;
      for (let j = i + 1; j < group.length; j += 1) {
        const b = group[j] as SibshipRun;
        if (b.lo >= a.hi + gap) break;
        const ab = above(a, b);
        const ba = above(b, a);
        pairs.get(a)?.push({ o: b, over: ba, under: ab });
        pairs.get(b)?.push({ o: a, over: ab, under: ba });
      }
    }
    const cost = (order: readonly SibshipRun[]) => {
      const pos = new Map(order.map((r, i) => [r, i]));
      let total = 0;
      for (const [r, list] of pairs)
        for (const { o, over } of list) if ((pos.get(o) ?? 0) < (pos.get(r) ?? 0)) total += over;
      return total;
    };
    // The greedy tracks, read as an order top to bottom.
    const byGreedy = [...group].sort(
      (a, b) => ((greedy.get(b.key) ?? 0) - (greedy.get(a.key) ?? 0)) * (downward ? -1 : 1),
    );
    const start = cost(byGreedy);
    if (start === 0) continue;
    const order: SibshipRun[] = [];
    const pos = new Map<SibshipRun, number>();
    const reindex = () => order.forEach((r, i) => pos.set(r, i));
    /** The place in `order` where `r` costs least against the neighbours already there. */
    const bestPlace = (r: SibshipRun) => {
      const placed = (pairs.get(r) ?? [])
        .filter(({ o }) => pos.has(o))
        .sort((p, q) => (pos.get(p.o) ?? 0) - (pos.get(q.o) ?? 0));
      // At the top, r is above every neighbour; past each one in turn, that one is above r.
      let c = placed.reduce((t, { under }) => t + under, 0);
      let best = 0;
      let bestCost = c;
      for (const { o, over, under } of placed) {
        c += over - under;
        if (c < bestCost) {
          bestCost = c;
          best = (pos.get(o) ?? 0) + 1;
        }
      }
      return best;
    };
    for (const r of byGreedy) {
      order.splice(bestPlace(r), 0, r);
      reindex();
    }
    for (let pass = 0; pass < 3; pass += 1) {
      let moved = false;
      for (const r of [...order]) {
        const from = order.indexOf(r);
        order.splice(from, 1);
        pos.delete(r);
        reindex();
        const to = bestPlace(r);
        order.splice(to, 0, r);
        reindex();
        if (to !== from) moved = true;
      }
      if (!moved) break;
    }
    if (cost(order) >= start) continue;
    // Tracks from the bottom up (from the top down when `downward`): each run one past the
    // furthest overlapping run already given a track.
    const track = new Map<SibshipRun, number>();
    const indices = order.map((_, i) => i);
    if (!downward) indices.reverse();
    for (const i of indices) {
      const r = order[i] as SibshipRun;
      let t = 0;
      for (const { o } of pairs.get(r) ?? []) {
        const j = pos.get(o) ?? 0;
        if (downward ? j < i : j > i) t = Math.max(t, (track.get(o) ?? 0) + 1);
      }
      track.set(r, t);
    }
    for (const [r, t] of track) out.set(r.key, t);
  }
  return out;
}
