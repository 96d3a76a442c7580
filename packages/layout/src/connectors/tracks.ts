/** A horizontal run on a row: its key and the x range it covers. */
export interface Run {
  key: string;
  lo: number;
  hi: number;
}

/**
 * Gives each run a track (0, 1, 2, …) so that runs whose ranges overlap (or come closer than
 * `gap`) never share a track: lines of different couples then never lie on top of each other.
 * Greedy interval colouring in order of left end, which uses as few tracks as any order can;
 * ties keep the input order, so the result is deterministic. Runs past `maxTracks` reuse the
 * least crowded track.
 */
export function assignTracks(runs: readonly Run[], gap: number, maxTracks = 4): Map<string, number> {
  const sorted = runs.map((r, i) => ({ r, i })).sort((a, b) => a.r.lo - b.r.lo || a.i - b.i);
  const ends: number[] = [];
  const out = new Map<string, number>();
  for (const { r } of sorted) {
    let track = ends.findIndex((end) => end + gap <= r.lo);
    if (track < 0 && ends.length < maxTracks) track = ends.length;
    if (track < 0) track = ends.indexOf(Math.min(...ends));
    ends[track] = Math.max(ends[track] ?? -Infinity, r.hi);
    out.set(r.key, track);
  }
  return out;
}
