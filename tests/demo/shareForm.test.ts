import { describe, expect, it } from 'vitest';
import {
  displayName,
  redactFamily,
  REDACTION_PROFILES,
  type AgencyId,
  type Family,
  type PersonId,
} from '@kinmap/model';
import {
  decisionWords,
  OPT_IN_CLASSES,
  PROFILE_CHOICES,
  recipientName,
  redactOptionsFor,
  removalSentence,
  shareFileName,
  shareProblems,
  type ShareChoices,
} from '@kinmap/demo/share';
import { loadFixture } from '../support/fixtures.ts';

// The "Share or print" dialog's logic: what it says will be removed, what it needs before a copy is
// made, and the options it passes to redactFamily.

const kinship = (): Family => loadFixture('kinship');

const choices = (over: Partial<ShareChoices> = {}): ShareChoices => ({
  recipient: { kind: 'other', name: 'Strategy meeting' },
  profile: 'partner_agency',
  requester: '',
  familyMembers: [],
  include: {},
  ...over,
});

describe('the removal sentence', () => {
  it('counts what the partner copy of the kinship fixture leaves out, refuge first', () => {
    const { summary } = redactFamily(kinship(), 'partner_agency');
    const sentence = removalSentence(summary);
    expect(sentence.startsWith('1 confidential address, ')).toBe(true);
    expect(sentence).toContain(`${summary.removed.special_category} health, ethnicity or religion items`);
    expect(sentence).toContain(`${summary.removed.immigration} immigration details`);
    expect(sentence).toContain('will be removed.');
    // A relationship line goes with its removed type.
    expect(sentence).toContain('With them, 1 relationship line will be left out.');
  });

  it('says so when nothing goes, and uses the singular for one', () => {
    const family = kinship();
    const bare = {
      ...family,
      households: family.households.map(({ address: _address, ...household }) => household),
    } as Family;
    const { summary } = redactFamily(bare, 'case_record');
    expect(summary.removedTotal).toBe(0);
    expect(removalSentence(summary)).toBe('Nothing will be removed: the copy holds everything on the map.');
    expect(removalSentence(redactFamily(family, 'case_record').summary)).toBe(
      '1 confidential address will be removed.',
    );
  });

  it('has a label and a plain line for every profile, once each', () => {
    expect(PROFILE_CHOICES.map((choice) => choice.profile).sort()).toEqual([...REDACTION_PROFILES].sort());
    for (const choice of PROFILE_CHOICES) expect(choice.line.length).toBeGreaterThan(20);
  });
});

describe('the decisions, in the practitioner’s words', () => {
  it('names people instead of paths and ids, for every profile of every fixture', () => {
    for (const name of ['kinship', 'leo', 'many-agencies', 'special-guardianship'] as const) {
      const family = loadFixture(name);
      const names = new Map(family.people.map((person) => [person.id as string, displayName(person)]));
      for (const profile of REDACTION_PROFILES) {
        const options = redactOptionsFor(
          family,
          choices({ profile, requester: family.people[0]!.id }),
          '2026-12-07',
        );
        for (const decision of redactFamily(family, profile, options).summary.decisions) {
          const words = decisionWords(decision, (id) => names.get(id));
          expect(words, `${name} ${profile}: ${decision.message}`).not.toMatch(
            /\b(person|link|household|partnership|agency|involvement|caring):[\w-]|\w\[\d+\]|familyMembers/,
          );
          for (const id of decision.people)
            if (decision.message.includes(id)) expect(words).toContain(names.get(id));
        }
      }
    }
  });

  it('reads a family-proceedings decision about two people with their names', () => {
    const words = decisionWords(
      {
        message:
          '4 details from family proceedings in parentChildLinks[6] (person:brenda, person:mia) stay: they must not be published.',
        people: ['person:brenda', 'person:mia'] as PersonId[],
      },
      (id) => ({ 'person:brenda': 'Brenda Walsh', 'person:mia': 'Mia Walsh' })[id],
    );
    expect(words).toBe(
      '4 details from family proceedings about Brenda Walsh and Mia Walsh stay: they must not be published.',
    );
  });
});

describe('what the dialog needs before a copy is made', () => {
  it('asks who the copy is for, and who made a subject access request', () => {
    const family = kinship();
    expect(shareProblems(family, choices())).toEqual({});
    expect(shareProblems(family, choices({ recipient: { kind: 'other', name: '   ' } }))).toEqual({
      recipient: 'Say who the copy is for.',
    });
    expect(shareProblems(family, choices({ profile: 'subject_access' }))).toEqual({
      requester: 'Choose the person who made the request.',
    });
    expect(
      shareProblems(family, choices({ profile: 'subject_access', requester: 'person:gone' as PersonId })),
    ).toEqual({ requester: 'That person is no longer on the map: choose who made the request again.' });
  });

  it('names an agency of the map by its name, and notices one that has gone', () => {
    const family = kinship();
    const agency = family.agencies[0]!;
    expect(recipientName(family, { kind: 'agency', agencyId: agency.id })).toBe(agency.name);
    expect(recipientName(family, { kind: 'other', name: '  Dr Ali  ' })).toBe('Dr Ali');
    expect(
      shareProblems(family, choices({ recipient: { kind: 'agency', agencyId: 'agency:gone' as AgencyId } })),
    ).toEqual({
      recipient: 'That agency is no longer on the map: choose who the copy is for again.',
    });
  });
});

describe('the options passed to redactFamily', () => {
  it('passes the requester, the family members on the map, and today for an undated anonymised copy', () => {
    const family = kinship();
    const [first, second] = family.people.map((person) => person.id);
    expect(redactOptionsFor(family, choices({ profile: 'subject_access', requester: first! }))).toEqual({
      requester: first,
    });
    expect(
      redactOptionsFor(
        family,
        choices({ profile: 'family_copy', familyMembers: [first!, 'person:gone' as PersonId, second!] }),
      ),
    ).toEqual({ familyMembers: [first, second] });
    // Family members only matter to a family copy.
    expect(redactOptionsFor(family, choices({ familyMembers: [first!] }))).toEqual({});
    const undated = { ...family, asAt: undefined } as Family;
    expect(redactOptionsFor(undated, choices({ profile: 'anonymised' }), '2026-12-07')).toEqual({
      asAt: '2026-12-07',
    });
    // Every profile's options are accepted by redactFamily.
    for (const profile of REDACTION_PROFILES) {
      const options = redactOptionsFor(undated, choices({ profile, requester: first! }), '2026-12-07');
      expect(() => redactFamily(undated, profile, options)).not.toThrow();
    }
  });

  it('keeps a class the recipient needs only with its reason, and only where the profile allows it', () => {
    const family = kinship();
    expect(shareProblems(family, choices({ include: { special_category: ' ' } }))).toEqual({
      include: 'Say why the recipient needs each kind of information you ticked.',
    });
    const needed = choices({
      include: { special_category: ' The s42 enquiry needs the mental-health history ' },
    });
    expect(shareProblems(family, needed)).toEqual({});
    const options = redactOptionsFor(family, needed);
    expect(options).toEqual({
      include: { special_category: { reason: 'The s42 enquiry needs the mental-health history' } },
    });
    const { summary } = redactFamily(family, 'partner_agency', options);
    expect(summary.removed.special_category).toBe(0);
    expect(summary.included).toEqual([
      { class: 'special_category', reason: 'The s42 enquiry needs the mental-health history' },
    ]);
    // A partner copy can never keep a confidential address, whatever is ticked.
    const refuge = choices({ include: { confidential_location: 'Please' } });
    expect(shareProblems(family, refuge)).toEqual({});
    expect(redactOptionsFor(family, refuge)).toEqual({});
    // Every profile's allowed opt-ins are accepted by redactFamily.
    for (const profile of REDACTION_PROFILES) {
      const include = Object.fromEntries(OPT_IN_CLASSES[profile].map((cls) => [cls, 'Needed']));
      const requester = family.people[0]!.id;
      const opts = redactOptionsFor(family, choices({ profile, include, requester }), '2026-12-07');
      expect(() => redactFamily(family, profile, opts), profile).not.toThrow();
    }
  });

  it('names the file from the copy’s title and the profile', () => {
    expect(shareFileName('Walsh family: kinship care', 'partner_agency', 'pdf')).toBe(
      'walsh-family-kinship-care-partner-agency-copy.pdf',
    );
    // An anonymised copy's title names nobody, so neither does its file.
    const copy = redactFamily(kinship(), 'anonymised', { asAt: '2026-12-07' }).family;
    expect(shareFileName(copy.title, 'anonymised', 'json')).toBe('family-map-anonymised.json');
  });
});
