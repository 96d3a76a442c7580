import { chartFlags, checkFamily, type Family } from '@kinmap/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFamily } from '../../support/arbitraryFamily.ts';
import { AS_AT, family, person } from './familyBuilder.ts';

function flaggedBy(f: Family, id: string, severities: string[], asAt = AS_AT): string[] {
  return checkFamily(f, { asAt })
    .findings.filter((x) => x.id === id && severities.includes(x.severity))
    .map((x) => x.subject?.id ?? '')
    .sort();
}

describe('chartFlags: the chart agrees with the checklist', () => {
  it('never flags NRPF for a British citizen the checklist accepts', () => {
    const f = family((d) => {
      delete person(d, 'dan').immigration.nrpf;
    });
    expect(chartFlags(f, { asAt: AS_AT }).nrpfUnanswered.has('person:dan' as never)).toBe(false);
    expect(flaggedBy(f, 'MS-06', ['error', 'warning'])).toEqual([]);
  });

  it('flags NRPF not asked and unknown, as MS-06 does', () => {
    const f = family((d) => {
      person(d, 'amy').immigration = { status: 'not_asked', nrpf: 'unknown' };
      delete person(d, 'dan').immigration;
    });
    const flags = chartFlags(f, { asAt: AS_AT });
    expect([...flags.nrpfUnanswered].sort()).toEqual(['person:amy', 'person:dan']);
    expect(flaggedBy(f, 'MS-06', ['error', 'warning'])).toEqual(['person:amy', 'person:dan']);
  });

  it('flags a father whose previous safeguarding history was never checked, but not a pending check', () => {
    const f = family((d) => {
      delete person(d, 'dan').safeguardingChecks;
      person(d, 'amy').safeguardingChecks = [{ result: 'pending', agencyLabel: 'Police' }];
    });
    const flags = chartFlags(f, { asAt: AS_AT });
    expect([...flags.historyUnchecked]).toEqual(['person:dan']);
    expect(flaggedBy(f, 'MS-15', ['error'])).toEqual(['person:dan']);
  });

  it('uses the family asAt when none is given', () => {
    const f = family((d) => {
      delete person(d, 'dan').safeguardingChecks;
    });
    expect([...chartFlags(f).historyUnchecked]).toEqual(['person:dan']);
  });

  it('throws a RangeError naming asAt for a bad date', () => {
    expect(() => chartFlags(family(), { asAt: '7 Dec' })).toThrow(/asAt/);
  });

  it('matches MS-06 and MS-15 on generated families', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryFamily(), (f) => {
        const flags = chartFlags(f, { asAt: AS_AT });
        expect([...flags.nrpfUnanswered].sort()).toEqual(flaggedBy(f, 'MS-06', ['error', 'warning']));
        expect([...flags.historyUnchecked].sort()).toEqual(flaggedBy(f, 'MS-15', ['error']));
      }),
      { numRuns: 60 },
    );
  });
});
