// No generated family meets an item of the standard whose data is absent.
import { checkFamily, type Family, type StandardItemKey } from '@kinmap/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFamily } from '../../support/arbitraryFamily.ts';

/** Written independently of the model: true when nothing the item needs is recorded anywhere. */
const ABSENT: Record<StandardItemKey, (f: Family) => boolean> = {
  household: (f) => f.households.length === 0,
  significantPeople: (f) =>
    f.parentChildLinks.length === 0 &&
    f.partnerships.length === 0 &&
    !f.statements.noSignificantOthers &&
    f.people.every((p) => p.significance !== 'significant_other'),
  agencies: (f) => f.agencies.length === 0 && f.involvements.length === 0 && !f.statements.noOtherAgencies,
  nrpf: (f) =>
    f.people.every(
      (p) => !p.immigration || (p.immigration.status === 'not_asked' && p.immigration.nrpf === 'not_asked'),
    ),
  identity: (f) => f.people.every((p) => p.identity === undefined),
  caringRoles: (f) => f.caringRoles.length === 0 && f.people.every((p) => p.caringAsked !== 'asked'),
  safeguardingHistory: (f) =>
    f.people.every((p) => p.safeguardingChecks.every((c) => c.result === 'not_checked')),
  preparedWithFamily: (f) => f.preparedWithFamily === undefined,
};

/** Families with whole kinds of data taken away, so every item is often absent. */
const sparse = fc
  .tuple(arbitraryFamily(), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }))
  .map(([f, drop]) => {
    const g: Family = structuredClone(f);
    if (drop[0]) g.households = [];
    if (drop[1]) {
      g.parentChildLinks = [];
      g.partnerships = [];
      g.multipleBirths = [];
      g.statements = {};
    }
    if (drop[2]) {
      g.involvements = [];
      g.agencies = [];
      g.statements = {};
      for (const p of g.people)
        p.safeguardingChecks = p.safeguardingChecks.filter((c) => c.agency === undefined);
    }
    for (const p of g.people) {
      if (drop[3]) delete p.immigration;
      if (drop[4]) delete p.identity;
      if (drop[5]) p.caringAsked = 'not_asked';
      if (drop[6]) p.safeguardingChecks = [];
      if (drop[7] && p.significance === 'significant_other') p.significance = 'family';
    }
    if (drop[5]) g.caringRoles = [];
    if (drop[7]) delete g.preparedWithFamily;
    return g;
  });

describe('the checklist never says met without the data', () => {
  it('no generated family meets an item whose data is absent', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(sparse, (f) => {
        const { standard } = checkFamily(f, { asAt: '2026-12-07' });
        for (const item of standard.items) {
          if (!ABSENT[item.key](f)) continue;
          expect(item, item.key).toMatchObject({ state: 'not_started', met: false });
        }
        expect(standard.met).toBe(standard.items.filter((i) => i.met).length);
        expect(standard.notStarted).toBe(standard.items.filter((i) => i.state === 'not_started').length);
        expect(standard.warnings).toBe(standard.items.reduce((n, i) => n + i.warnings, 0));
      }),
      { numRuns: 150 },
    );
  });
});
