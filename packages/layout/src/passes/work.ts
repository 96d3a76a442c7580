/**
 * Counts the steps the layout takes, so tests can hold it to a stated bound without a timer.
 * Each pass adds the work it does (frames walked, items placed, edges relaxed); nothing reads the
 * clock. See docs/layout.md "Termination and cost".
 */
export class Work {
  steps = 0;
  add(n = 1): void {
    this.steps += n;
  }
}

/**
 * The stated bound on `FamilyLayout.work.steps` for a family of `people` people, `partnerships`
 * partnerships and `links` parent–child links: linear in the size of the family, with a constant
 * for the fixed number of placement sweeps and the per-component dagre re-ranking (components of
 * at most 40 units).
 */
export function stepBound(people: number, partnerships: number, links: number): number {
  return 200 * (people + partnerships + links + 1);
}
