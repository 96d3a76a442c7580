import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kinshipTerm, kinshipTermsFrom, parseFamily } from '@kinmap/model';
import type { Family } from '@kinmap/model';
import { kinshipFamily } from './kinshipFamily.ts';
import { familyBuilder, pid } from './build.ts';

const DIR = new URL('../../fixtures/families/', import.meta.url);
const fixtures: [string, Family][] = readdirSync(DIR)
  .filter((n) => n.endsWith('.json'))
  .map((n) => {
    const parsed = parseFamily(readFileSync(new URL(n, DIR), 'utf8'));
    if (!parsed.ok) throw new Error(`${n} does not parse`);
    return [n, parsed.family];
  });

function onePerPerson(family: Family, relativeTo: Family['people'][number]['id'], asAt?: string) {
  const out = new Map<string, string>();
  for (const p of family.people) {
    const term = kinshipTerm(family, p.id, relativeTo, asAt ? { asAt } : undefined);
    if (term !== undefined) out.set(p.id, term);
  }
  return out;
}

describe('kinshipTermsFrom', () => {
  it.each([undefined, '2020-01-01', '2021-03-01'])(
    'gives the same terms as kinshipTerm for everyone in the kinship test family (as at %s)',
    (asAt) => {
      const family = kinshipFamily();
      for (const r of family.people) {
        expect(kinshipTermsFrom(family, r.id, asAt ? { asAt } : undefined)).toEqual(
          onePerPerson(family, r.id, asAt),
        );
      }
    },
  );

  it.each(fixtures)('gives the same terms as kinshipTerm in %s', (_name, family) => {
    for (const r of family.people) expect(kinshipTermsFrom(family, r.id)).toEqual(onePerPerson(family, r.id));
  });

  it('reaches distant cousins and the pets of carers', () => {
    const b = familyBuilder();
    b.person('top');
    for (const [parent, child] of [
      ['top', 'a1'],
      ['top', 'b1'],
      ['a1', 'a2'],
      ['b1', 'b2'],
      ['a2', 'a3'],
      ['b2', 'b3'],
      ['a3', 'a4'],
      ['b3', 'b4'],
    ] as const) {
      b.person(child);
      b.child([parent], child);
    }
    b.person('carer');
    b.child(['carer'], 'a4', 'foster');
    b.person('cat', { kind: 'pet' });
    b.child(['carer'], 'cat', 'other');
    const terms = kinshipTermsFrom(b.build(), pid('a4'));
    expect(terms.get(pid('b4'))).toBe('third cousin');
    expect(terms.get(pid('carer'))).toBe('foster carer');
    expect(terms.get(pid('cat'))).toBe("foster carer's pet");
    expect(terms.has(pid('a4'))).toBe(false);
  });
});
