// The banner's plain words, from a redaction summary: the issue's own example, nothing removed, and
// people left out.
import { describe, expect, it } from 'vitest';
import { redactFamily, type RedactionSummary } from '@kinmap/model';
import { reportBanner } from '@kinmap/report';
import { loadFixture } from '../support/fixtures.ts';

function summary(removed: Partial<RedactionSummary['removed']>, people = 0): RedactionSummary {
  const base = redactFamily(loadFixture('minimal'), 'partner_agency').summary;
  const zero = Object.fromEntries(
    Object.keys(base.removed).map((k) => [k, 0]),
  ) as RedactionSummary['removed'];
  return { ...base, removed: { ...zero, ...removed }, removedEntries: people ? { people } : {} };
}

describe('reportBanner', () => {
  it('says who the copy is for and what went, most sensitive first', () => {
    expect(reportBanner(summary({ special_category: 3, confidential_location: 1 }))).toBe(
      'Partner agency copy: 1 confidential address and 3 health, ethnicity or religion items removed',
    );
    expect(reportBanner(summary({ immigration: 1, criminal: 2, gender_history: 1 }))).toBe(
      'Partner agency copy: 2 offence or abuse items, 1 immigration detail and 1 sex-at-birth detail removed',
    );
  });

  it('says when nothing was removed, and counts people left out', () => {
    expect(reportBanner(summary({}))).toBe('Partner agency copy: nothing removed');
    expect(reportBanner(summary({}, 2))).toBe('Partner agency copy: 2 people left out');
    expect(reportBanner(summary({ third_party: 1 }, 1))).toBe(
      'Partner agency copy: 1 source or informant detail removed; 1 person left out',
    );
  });

  it('matches the redaction of a real map', () => {
    const { summary: real } = redactFamily(loadFixture('many-agencies'), 'court_bundle');
    expect(reportBanner(real)).toMatch(/^Court bundle copy: 1 confidential address/);
  });
});
