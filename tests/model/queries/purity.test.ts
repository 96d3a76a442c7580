// Queries never change the family they are given: run them all on a deeply frozen family.
import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  currentHouseholds,
  householdMembersAt,
  householdsOf,
  kinshipTermsFrom,
  parentsOf,
  partnersOf,
  partnershipStatusAt,
  siblingsOf,
} from '@kinmap/model';
import { kinshipFamily } from './kinshipFamily.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('queries on a frozen family', () => {
  it('answer without changing anything', () => {
    const family = kinshipFamily();
    const before = JSON.stringify(family);
    deepFreeze(family);
    for (const p of family.people) {
      parentsOf(family, p.id);
      childrenOf(family, p.id).reverse(); // the caller may sort or reverse what it gets
      partnersOf(family, p.id);
      siblingsOf(family, p.id).full.sort();
      householdsOf(family, p.id).pop();
      kinshipTermsFrom(family, p.id);
    }
    for (const p of family.partnerships) partnershipStatusAt(p, '2020-01-01');
    for (const h of currentHouseholds(family, '2020-01-01')) householdMembersAt(family, h.id, '2020-01-01');
    expect(JSON.stringify(family)).toBe(before);
  });
});
