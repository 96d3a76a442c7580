import {
  ageAt,
  birthFromAgeAsTold,
  checkFamily,
  formatAge,
  FamilySchema,
  FORMAT_VERSION,
} from '@kinmap/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('age as told', () => {
  it('"about 34" on 7 Dec 2026 records an estimated birth year with its basis', () => {
    expect(birthFromAgeAsTold(34, '2026-12-07')).toEqual({
      date: '1992',
      estimated: true,
      basis: 'age given as about 34 on 7 Dec 2026',
    });
  });

  it('draws "~34" and says "about 34" on the day, whatever the age told', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 364 }), (years, offset) => {
        const asAt = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
        const age = ageAt(birthFromAgeAsTold(years, asAt), asAt);
        expect(age && formatAge(age)).toBe(`~${years}`);
        expect(age && formatAge(age, { spoken: true })).toBe(`about ${years}`);
      }),
      { numRuns: 200 },
    );
  });

  it('shows an exact age without the tilde', () => {
    expect(formatAge(ageAt({ date: '2010-03-14', estimated: false }, '2025-03-14')!)).toBe('15');
  });

  it('satisfies the identity set (an estimate with its basis)', () => {
    const f = FamilySchema.parse({
      formatVersion: FORMAT_VERSION,
      id: 'family:a',
      title: 'A',
      people: [{ id: 'person:amy', names: { given: 'Amy' }, birth: birthFromAgeAsTold(34, '2026-12-07') }],
      households: [{ id: 'household:h', label: 'Home', members: [{ person: 'person:amy' }] }],
    });
    const ms11 = checkFamily(f, { asAt: '2026-12-07' }).findings.filter((x) => x.id === 'MS-11');
    expect(ms11).toEqual([]);
  });

  it('refuses ages and dates that are not usable, naming the argument', () => {
    expect(() => birthFromAgeAsTold(-1, '2026-12-07')).toThrow(/years/);
    expect(() => birthFromAgeAsTold(3.5, '2026-12-07')).toThrow(/years/);
    expect(() => birthFromAgeAsTold(34, '2026')).toThrow(/asAt/);
  });
});
