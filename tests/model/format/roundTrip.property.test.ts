import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFamily, serializeFamily } from '@kinmap/model';
import { arbitraryFamily } from '../../support/arbitraryFamily.ts';

describe('serializeFamily / parseFamily round trip', () => {
  it('gives back exactly the family it was given, for random valid families', () => {
    fc.assert(
      fc.property(arbitraryFamily(), (family) => {
        const result = parseFamily(serializeFamily(family));
        if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)));
        expect(result.family).toStrictEqual(family);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('writes the same text twice (stable key order), whatever order the keys were built in', () => {
    fc.assert(
      fc.property(arbitraryFamily({ maxPeople: 4 }), (family) => {
        const reversed = JSON.parse(JSON.stringify(family), function (this: unknown, _key, value: unknown) {
          if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
          return Object.fromEntries(Object.entries(value).reverse());
        }) as typeof family;
        expect(serializeFamily(reversed)).toBe(serializeFamily(family));
      }),
      { numRuns: 50 },
    );
  }, 120_000);
});
