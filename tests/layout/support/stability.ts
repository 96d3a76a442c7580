import { layoutFamily } from '@kinmap/layout';
import type { Family, PersonId } from '@kinmap/model';
import { addYoungestChild, sibshipAndAncestors } from './addChild.ts';

export interface StabilityResult {
  /** Largest move of anyone outside the new child's sibship and direct ancestors. */
  maxDisplacement: number;
  worstPerson?: PersonId;
  partnership: string;
  /**
   * Couples drawn side by side in both layouts whose partners changed sides (left and right): a
   * fresh layout may draw an in-law's family on the other side after an edit (docs/layout.md).
   */
  turned: number;
}

/**
 * Adds a youngest child to each of up to `limit` couples in turn and measures who else moved.
 * `incremental`: the new layout is given the old one as `previous` (as an editor would); otherwise
 * both are fresh layouts.
 */
export function measureStability(family: Family, limit = 10, incremental = true): StabilityResult[] {
  const first = layoutFamily(family);
  const before = new Map(first.nodes.map((n) => [n.id, n]));
  const couples = family.partnerships
    .filter((p) => p.kind !== 'conception_through_sexual_violence')
    .slice(0, limit);
  return couples.map((partnership) => {
    const { family: next, child } = addYoungestChild(family, partnership);
    const exempt = sibshipAndAncestors(next, child);
    let max = 0;
    let worst: PersonId | undefined;
    const after = layoutFamily(next, incremental ? { previous: first } : {});
    const now = new Map(after.nodes.map((n) => [n.id, n]));
    let turned = 0;
    for (const p of family.partnerships) {
      const [a, b] = p.partners;
      const a0 = before.get(a);
      const b0 = before.get(b);
      const a1 = now.get(a);
      const b1 = now.get(b);
      if (a0 && b0 && a1 && b1 && a0.y === b0.y && a1.y === b1.y && a0.x < b0.x !== a1.x < b1.x) turned += 1;
    }
    for (const node of after.nodes) {
      const old = before.get(node.id);
      if (!old || exempt.has(node.id)) continue;
      const moved = Math.hypot(node.x - old.x, node.y - old.y);
      if (moved > max) {
        max = moved;
        worst = node.id;
      }
    }
    return {
      maxDisplacement: max,
      ...(worst ? { worstPerson: worst } : {}),
      partnership: partnership.id,
      turned,
    };
  });
}
