// MS-23, the pre-share check: each finding is about what the redacted copy would really hold, names
// the person in plain English, and goes when the problem is put right.
import { describe, expect, it } from 'vitest';
import {
  checkFamily,
  createId,
  preShareFindings,
  REDACTION_PROFILES,
  type Family,
  type Finding,
  type PersonId,
  type PreShareRecord,
} from '@kinmap/model';
import { loadFixture } from '../../support/fixtures.ts';

const person = (body: string) => createId('person', body);
const rules = (findings: Finding[]) => findings.map((f) => f.rule);
const complete: PreShareRecord = {
  lawfulBasis: 'public_task',
  condition: 'safeguarding_children_and_individuals_at_risk',
  consent: { state: 'not_sought', reason: 'Asking would put the children at risk' },
};

/** The refuge family of many-agencies, with one more way each for the location to leak. */
function refugeFamily(edit?: (f: Family) => Family): Family {
  const base = loadFixture('many-agencies');
  return edit ? edit(base) : base;
}

describe('MS-23 pre-share findings', () => {
  it('every finding is an error with the checks’ shape, a unique key and a message naming someone', () => {
    for (const profile of REDACTION_PROFILES) {
      const family = loadFixture('kinship');
      const findings = preShareFindings(
        family,
        profile,
        {},
        profile === 'subject_access'
          ? { requester: family.subjects[0] as PersonId }
          : profile === 'family_copy'
            ? { familyMembers: family.people.slice(0, 2).map((p) => p.id) }
            : {},
      );
      expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
      for (const f of findings) {
        expect(f).toMatchObject({ id: 'MS-23', severity: 'error' });
        expect(f.rule).toMatch(/^pre-share-/);
        expect(f.message.length).toBeGreaterThan(40);
        expect(f.subject).toBeDefined();
      }
    }
  });

  it('is not part of the everyday checklist', () => {
    const { findings } = checkFamily(loadFixture('many-agencies'));
    expect(findings.filter((f) => f.id === 'MS-23')).toEqual([]);
  });

  describe('a confidential address', () => {
    it('is never flagged where the profile removes it, and is flagged when a case-record copy opts it in', () => {
      const family = refugeFamily();
      for (const profile of ['partner_agency', 'court_bundle', 'family_copy'] as const) {
        expect(rules(preShareFindings(family, profile, complete))).not.toContain(
          'pre-share-confidential-location',
        );
      }
      const optedIn = preShareFindings(family, 'case_record', complete, {
        include: { confidential_location: { reason: 'Transfer to the new authority’s team manager' } },
      });
      const finding = optedIn.find((f) => f.rule === 'pre-share-confidential-location');
      expect(finding?.subject).toEqual({ kind: 'household', id: 'household:refuge' });
      expect(finding?.path).toMatch(/^households\[0\]\.address/);
      expect(finding?.message).toContain('The confidential address of household ‘Refuge’');
    });
  });

  describe('location clues for someone at a confidential address', () => {
    it('flags the name of a child’s school on the ecomap, naming the child and the school', () => {
      const findings = preShareFindings(refugeFamily(), 'partner_agency', complete);
      const clues = findings.filter((f) => f.rule === 'pre-share-location-clue');
      expect(clues.map((f) => f.subject)).toEqual([
        { kind: 'person', id: 'person:tobi' },
        { kind: 'person', id: 'person:ife' },
      ]);
      expect(clues[0]?.message).toBe(
        'Tobi lives at a confidential address (household ‘Refuge’), but the name of their school or setting (Talbot Specialist School) would be in this copy and could show where they are. Take it out before sharing.',
      );
      expect(clues[0]?.path).toBe('agencies[7].name');
    });

    it('flags a school or GP recorded on the person, and an address of another household they live in', () => {
      const family = refugeFamily((f) => ({
        ...f,
        involvements: f.involvements.filter(
          (i) => i.agency !== 'agency:school' && i.agency !== 'agency:primary',
        ),
        people: f.people.map((p) =>
          p.id === person('dami')
            ? {
                ...p,
                identity: {
                  ...(p.identity as NonNullable<typeof p.identity>),
                  gpPractice: 'Page Hall Medical Centre',
                },
              }
            : p,
        ),
        households: [
          ...f.households,
          {
            id: createId('household', 'nan'),
            label: 'Nan’s flat',
            address: { text: '3 Low Road', postcode: 'S4 7AA', confidential: false },
            members: [{ person: person('ife'), membership: 'part_time' }],
          },
        ],
      }));
      const clues = preShareFindings(family, 'partner_agency', complete).filter(
        (f) => f.rule === 'pre-share-location-clue',
      );
      expect(clues.map((f) => [f.subject?.id, f.path])).toEqual([
        ['person:dami', expect.stringMatching(/^people\[\d+\]\.identity\.gpPractice$/)],
        ['person:ife', `households[${family.households.length - 1}].address`],
      ]);
      expect(clues[1]?.message).toContain('an address for them (household ‘Nan’s flat’)');
    });

    it('says nothing once the clue is gone: the school taken off the ecomap, or the child withheld', () => {
      const family = refugeFamily((f) => ({
        ...f,
        involvements: f.involvements.filter((i) => i.agency !== 'agency:school'),
      }));
      const findings = preShareFindings(family, 'partner_agency', complete, { withhold: [person('ife')] });
      expect(rules(findings)).not.toContain('pre-share-location-clue');
    });

    it('never flags an anonymised copy, where agency names become their kind', () => {
      expect(rules(preShareFindings(refugeFamily(), 'anonymised', complete))).not.toContain(
        'pre-share-location-clue',
      );
    });
  });

  describe('informants', () => {
    it('flags who reported a relationship in a case-record copy; the partner copy redacts them', () => {
      const family = loadFixture('kinship');
      const caseRecord = preShareFindings(family, 'case_record', complete).filter(
        (f) => f.rule === 'pre-share-informant',
      );
      expect(caseRecord).toHaveLength(1);
      expect(caseRecord[0]?.subject).toEqual({ kind: 'emotional', id: 'emotion:mia-kai' });
      expect(caseRecord[0]?.message).toMatch(
        /^Who gave information about the relationship between Mia Walsh and Kai Price/,
      );
      expect(rules(preShareFindings(family, 'partner_agency', complete))).not.toContain(
        'pre-share-informant',
      );
    });
  });

  describe('other people’s health in a family copy', () => {
    it('flags one member’s health information that the other members would see', () => {
      const family = loadFixture('kinship');
      const brenda = family.people[0]?.id as PersonId;
      const gary = family.people[1]?.id as PersonId;
      const both = preShareFindings(family, 'family_copy', complete, { familyMembers: [brenda, gary] });
      const finding = both.find((f) => f.rule === 'pre-share-others-health');
      expect(finding?.subject).toEqual({ kind: 'person', id: brenda });
      expect(finding?.message).toMatch(
        /^The family copy holds Brenda Walsh’s health or other special category information \(\d+ items?\), which Gary Walsh would see too\./,
      );
      // A copy for Brenda alone holds only her own.
      const own = preShareFindings(family, 'family_copy', complete, { familyMembers: [brenda] });
      expect(rules(own)).not.toContain('pre-share-others-health');
    });
  });

  describe('court-restricted information', () => {
    it('flags a court order in a partner copy, and not in the court bundle, which removes it', () => {
      const family = loadFixture('kinship');
      const partner = preShareFindings(family, 'partner_agency', complete).filter(
        (f) => f.rule === 'pre-share-court-restricted',
      );
      expect(partner.length).toBeGreaterThan(0);
      expect(partner[0]?.path).toMatch(/^parentChildLinks\[\d+\]\.legalBasis/);
      expect(partner[0]?.message).toContain('Children Act 1989 s97');
      expect(rules(preShareFindings(family, 'court_bundle', complete))).not.toContain(
        'pre-share-court-restricted',
      );
    });
  });

  describe('the share record', () => {
    const family = loadFixture('minimal');

    it('asks for a lawful basis and a consent note, and nothing when both are there', () => {
      const none = preShareFindings(family, 'partner_agency', {});
      expect(none.map((f) => f.path)).toEqual(['share.lawfulBasis', 'share.consent.state']);
      expect(none[0]?.subject).toEqual({ kind: 'family', id: family.id });
      expect(rules(preShareFindings(family, 'partner_agency', complete))).toEqual([]);
      // Without `share` the check is about the copy only.
      expect(preShareFindings(family, 'partner_agency')).toEqual([]);
    });

    it('asks why consent was not sought or refused, and refuses consent as a basis without consent', () => {
      const notSought = preShareFindings(family, 'partner_agency', {
        lawfulBasis: 'public_task',
        consent: { state: 'not_sought' },
      });
      expect(notSought.map((f) => f.path)).toEqual(['share.consent.reason']);
      const refused = preShareFindings(family, 'partner_agency', {
        lawfulBasis: 'consent',
        consent: { state: 'refused', reason: 'Risk to the child outweighs the refusal' },
      });
      expect(refused.map((f) => f.path)).toEqual(['share.lawfulBasis']);
      expect(refused[0]?.message).toContain('consent was not given');
    });

    it('asks for the Art 9 condition when the partner copy holds health information', () => {
      const family = loadFixture('kinship');
      const { condition: _c, ...noCondition } = complete;
      const findings = preShareFindings(family, 'partner_agency', noCondition);
      expect(findings.filter((f) => f.path === 'share.condition')).toHaveLength(1);
      // The subject's own information in a subject-access draft needs no condition.
      const sar = preShareFindings(family, 'subject_access', noCondition, {
        requester: family.subjects[0] as PersonId,
      });
      expect(sar.filter((f) => f.path === 'share.condition')).toEqual([]);
    });
  });
});
