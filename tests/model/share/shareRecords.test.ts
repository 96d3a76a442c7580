// What redactFamily does with format 3's share history and field sources: both are the owning
// agency's own record (recipients, agencies, practitioners), so only the case record keeps them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFamily, redactFamily, type Family, type PersonId } from '@kinmap/model';

function frozenV3(): Family {
  const path = fileURLToPath(new URL('../../fixtures/format/v3/leo-family.json', import.meta.url));
  const result = parseFamily(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.family;
}

describe('share records and field sources in a redacted copy', () => {
  const family = frozenV3();

  it('the case record keeps both, with the new ids, matched back through `ids`', () => {
    const { family: copy, ids } = redactFamily(family, 'case_record');
    expect(copy.shares).toHaveLength(1);
    const [share] = copy.shares;
    expect(share?.id).toBe('share:1');
    expect(ids.get(share?.id ?? '')).toBe('share:strategy-2025-03');
    expect(ids.get(share?.recipient.agency ?? '')).toBe('agency:school');
    expect(share?.consent.reason).toBe('Asking would prejudice the section 47 enquiry');
    const [source] = copy.fieldSources;
    expect(ids.get(source?.entity.id ?? '')).toBe('person:leo');
    expect(source?.practitioner).toBe('Practice safeguarding lead');
    expect(JSON.stringify(copy)).not.toContain('share:strategy');
  });

  it.each(['partner_agency', 'court_bundle', 'family_copy', 'anonymised'] as const)(
    '%s: neither is in the copy, and the summary counts what went',
    (profile) => {
      const { family: copy, summary } = redactFamily(family, profile);
      expect(copy.shares).toEqual([]);
      expect(copy.fieldSources).toEqual([]);
      const text = JSON.stringify(copy);
      for (const word of ['Sam Patel', 'section 47', 'Practice safeguarding lead', 'contribution:17']) {
        expect(text).not.toContain(word);
      }
      expect(summary.removedEntries).toMatchObject({ shares: 1, fieldSources: 1 });
    },
  );

  it('a subject-access draft withholds them for a decision, and keeps them when the sharer opts in', () => {
    const requester = 'person:leo' as PersonId;
    const draft = redactFamily(family, 'subject_access', { requester });
    expect(draft.family.shares).toEqual([]);
    expect(
      draft.summary.decisions.some((d) => d.kind === 'withheld' && d.classes.includes('third_party')),
    ).toBe(true);
    const released = redactFamily(family, 'subject_access', {
      requester,
      include: { third_party: { reason: 'Art 15: the requester may know who received their data' } },
    });
    expect(released.family.shares).toHaveLength(1);
  });
});
