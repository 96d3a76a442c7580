// Properties of changes between random valid families: a diff replays exactly, inverting undoes it,
// and composing two diffs equals applying both.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, composeChanges, diffFamilies, invertChange, type Family } from '@kinmap/model';
import { arbitraryFamily } from '../../support/arbitraryFamily.ts';

/** A second version of a family: some entities dropped, others edited, new ones from another family. */
const versionOf = (base: Family) =>
  fc.tuple(arbitraryFamily({ maxPeople: 4 }), fc.nat(), fc.string()).map(([other, seed, title]): Family => {
    const keep = (i: number) => (seed >> (i % 30)) % 3 !== 0;
    const taken = new Set(base.people.map((x) => x.id));
    const otherPeople = other.people
      .map((x) => ({ ...x, id: `${x.id}-${seed % 1000}` as typeof x.id }))
      .filter((x) => !taken.has(x.id));
    return {
      ...base,
      title: title || base.title,
      people: [...base.people.filter((_, i) => keep(i)), ...otherPeople].map((x, i) =>
        i % 2 === 0 ? { ...x, notes: `edited ${seed}` } : x,
      ),
      agencies: base.agencies.filter((_, i) => keep(i + 7)),
    };
  });

describe('change properties', () => {
  it('applyChange(invertChange(c)) after applyChange(c) is the identity', () => {
    fc.assert(
      fc.property(
        arbitraryFamily().chain((base) => fc.tuple(fc.constant(base), versionOf(base))),
        ([before, after]) => {
          const change = diffFamilies(before, after);
          expect(applyChange(before, change)).toEqual(after);
          expect(applyChange(after, invertChange(change))).toEqual(before);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);

  it('composing two changes equals applying one after the other', () => {
    fc.assert(
      fc.property(
        arbitraryFamily()
          .chain((a) => fc.tuple(fc.constant(a), versionOf(a)))
          .chain(([a, b]) => fc.tuple(fc.constant(a), fc.constant(b), versionOf(b))),
        ([a, b, c]) => {
          const composed = composeChanges([diffFamilies(a, b), diffFamilies(b, c)]);
          expect(applyChange(a, composed)).toEqual(c);
          expect(applyChange(c, invertChange(composed))).toEqual(a);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
