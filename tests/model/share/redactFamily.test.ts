// redactFamily on the fixture families: what each profile keeps, what it takes out, and what the
// summary says; bad options; purity. The leak property is in sentinels.property.test.ts.
import { describe, expect, it } from 'vitest';
import {
  ModelError,
  REDACTION_PROFILES,
  ageAt,
  parseFamily,
  redactFamily,
  type Family,
  type PersonId,
  type RedactionProfile,
  type RedactOptions,
} from '@kinmap/model';
import { FIXTURE_NAMES, loadFixture } from '../../support/fixtures.ts';
import { generateFamily } from '../../support/generateFamily.ts';

const id = (text: string) => text as PersonId;
const json = (family: Family) => JSON.stringify(family);
const optionsFor = (profile: RedactionProfile, family: Family): RedactOptions =>
  profile === 'subject_access'
    ? { requester: family.subjects[0] ?? (family.people[0]?.id as PersonId) }
    : profile === 'anonymised' && family.asAt === undefined
      ? { asAt: '2025-01-01' }
      : {};

function errorOf(run: () => unknown): ModelError {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('expected a ModelError');
}

describe('redactFamily on every fixture and profile', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: a valid family, the input untouched, the same answer twice, and no old id left`, () => {
      const family = loadFixture(name);
      const before = json(family);
      const oldIds = [family.id, ...family.people.map((p) => p.id), ...family.households.map((h) => h.id)];
      for (const profile of REDACTION_PROFILES) {
        const first = redactFamily(family, profile, optionsFor(profile, family));
        const text = json(first.family);
        expect(parseFamily(text).ok).toBe(true);
        expect(json(family)).toBe(before);
        expect(json(redactFamily(family, profile, optionsFor(profile, family)).family)).toBe(text);
        // Ids such as "person:leo" or "household:refuge" say who or where: every id is new.
        for (const old of oldIds) expect(text).not.toContain(`"${old}"`);
        const total = Object.values(first.summary.removed).reduce((a, b) => a + b, 0);
        expect(first.summary.removedTotal).toBe(total);
        expect(first.summary.unclassified).toEqual([]);
        expect(first.summary.profile).toBe(profile);
      }
    });
  }
});

describe('new ids', () => {
  it('number what stays without gaps, and `ids` matches each back to the original entry', () => {
    const family = loadFixture('twins');
    const { family: copy, ids } = redactFamily(family, 'partner_agency');
    expect(copy.people.map((p) => p.id)).toEqual(copy.people.map((_, i) => `person:${i + 1}`));
    expect(ids.get(copy.id)).toBe(family.id);
    for (const person of copy.people) {
      const original = family.people.find((p) => p.id === ids.get(person.id));
      expect(original?.names.given).toBe(person.names.given);
    }
    const entries = Object.values(copy).flatMap((v) =>
      Array.isArray(v) ? (v as { id?: unknown }[]).filter((x) => typeof x.id === 'string') : [],
    );
    expect(ids.size).toBe(1 + entries.length);
  });
});

describe('case_record', () => {
  const family = loadFixture('special-guardianship');

  it('keeps everything except a confidential address, which is gone (not blanked)', () => {
    const { family: copy, summary } = redactFamily(family, 'case_record');
    const text = json(copy);
    expect(text).not.toContain('Address held by the housing team');
    expect(text).toContain('Wath-upon-Dearne');
    const jade = copy.households.find(
      (h) => h.label === family.households.find((x) => x.id === 'household:jade')?.label,
    );
    expect(jade).toBeDefined();
    expect(jade?.address).toBeUndefined();
    expect(summary.removed.confidential_location).toBe(1);
    expect(summary.removedTotal).toBe(1);
    expect(text).toContain('Sheffield Family Court');
  });

  it('shows the confidential address to an authorised role that opts in with a reason', () => {
    const { family: copy, summary } = redactFamily(family, 'case_record', {
      include: { confidential_location: { reason: 'Team manager: authorised to see placement addresses' } },
    });
    expect(json(copy)).toContain('Address held by the housing team');
    expect(summary.removed.confidential_location).toBe(0);
    expect(summary.included).toEqual([
      { class: 'confidential_location', reason: 'Team manager: authorised to see placement addresses' },
    ]);
  });
});

describe('partner_agency', () => {
  it('drops confidential places, sex at birth, informants and abuse lines; keeps statuses, NRPF and court orders', () => {
    const family = loadFixture('special-guardianship');
    const { family: copy, summary } = redactFamily(family, 'partner_agency');
    const text = json(copy);
    expect(text).not.toContain('Address held by the housing team');
    expect(copy.people.every((p) => p.sexAtBirth === 'not_asked')).toBe(true);
    expect(summary.removed.gender_history).toBe(7);
    // The violence line is criminal offence data: it goes with its type.
    expect(copy.emotionalRelationships.map((e) => e.type)).not.toContain('violence');
    expect(summary.removedEntries.emotionalRelationships).toBe(1);
    // Statuses stay (the probation one is criminal and goes).
    const statuses = copy.people.flatMap((p) => p.statuses.map((s) => s.type));
    expect(statuses).toEqual(
      expect.arrayContaining(['special_guardianship', 'looked_after', 'substance_misuse_treatment']),
    );
    expect(statuses).not.toContain('probation_supervision');
    expect(text).toContain('Special guardianship order');
    expect(summary.decisions.some((d) => d.message.includes('s97'))).toBe(true);
  });

  it('keeps NRPF but not the immigration status, ethnicity or safeguarding history, unless opted in', () => {
    const family = loadFixture('leo');
    const grace = family.people.findIndex((p) => p.id === 'person:grace');
    const plain = redactFamily(family, 'partner_agency').family.people[grace];
    expect(plain?.immigration?.nrpf).toBe('yes');
    expect(plain?.immigration?.status).toBe('not_asked'); // the status detail is gone
    expect(plain?.identity?.ethnicity).toBeUndefined();
    expect(plain?.safeguardingChecks).toEqual([]);
    const opted = redactFamily(family, 'partner_agency', {
      include: {
        special_category: { reason: 'Health visitor needs the communication needs' },
        immigration: { reason: 'Housing needs the leave type' },
      },
    });
    const person = opted.family.people[grace];
    expect(person?.identity?.ethnicity).toEqual(family.people[grace]?.identity?.ethnicity);
    expect(person?.immigration).toEqual(family.people[grace]?.immigration);
    expect(opted.summary.removed.special_category).toBe(0);
  });

  it('leaves out a pregnancy and a pregnancy loss, with their links, unless special category is opted in', () => {
    const family = loadFixture('twins');
    const { family: copy, summary } = redactFamily(family, 'partner_agency');
    expect(copy.people.map((p) => p.kind)).not.toEqual(expect.arrayContaining(['pregnancy']));
    expect(copy.people.map((p) => p.kind)).not.toContain('pregnancy_loss');
    expect(summary.removedEntries.people).toBe(2);
    expect(copy.people).toHaveLength(family.people.length - 2);
    const opted = redactFamily(family, 'partner_agency', {
      include: { special_category: { reason: 'Midwife: pre-birth planning' } },
    });
    expect(opted.family.people).toHaveLength(family.people.length);
  });
});

describe('court_bundle', () => {
  it('is the partner copy without court-restricted information', () => {
    const family = loadFixture('kinship');
    const { family: copy, summary } = redactFamily(family, 'court_bundle');
    expect(copy.parentChildLinks.every((l) => l.legalBasis === undefined)).toBe(true);
    expect(json(copy)).not.toContain('Sheffield Family Court');
    expect(summary.removed.court_restricted).toBe(2);
    expect(json(copy)).not.toContain("Placement address held on the child's record");
  });
});

describe('family_copy', () => {
  const family = loadFixture('kinship');

  it('keeps the named family members’ own details and nobody else’s', () => {
    const { family: copy, summary } = redactFamily(family, 'family_copy', {
      familyMembers: [id('person:mia'), id('person:brenda')],
    });
    const birthOf = (given: string) => copy.people.find((p) => p.names.given === given)?.birth?.date;
    expect(birthOf('Mia')).toBe(family.people.find((p) => p.id === 'person:mia')?.birth?.date);
    expect(birthOf('Brenda')).toBeDefined();
    expect(birthOf('Kirsty')).toBeUndefined();
    // Allegations against other people, confidential places and court detail go.
    expect(copy.emotionalRelationships.map((e) => e.type)).not.toContain('physical_abuse');
    expect(json(copy)).not.toContain("Placement address held on the child's record");
    expect(json(copy)).not.toContain('Sheffield Family Court');
    expect(summary.removed.criminal).toBeGreaterThan(0);
    expect(summary.decisions.some((d) => d.kind === 'choose')).toBe(false);
  });

  it('asks who the copy is for when nobody is named, and keeps nobody’s personal details meanwhile', () => {
    const { family: copy, summary } = redactFamily(family, 'family_copy');
    expect(copy.people.every((p) => p.birth === undefined)).toBe(true);
    expect(summary.decisions.find((d) => d.kind === 'choose')?.message).toMatch(/who the copy is for/);
  });

  it('includes an allegation already shared with the family, when opted in with a reason', () => {
    const { family: copy } = redactFamily(family, 'family_copy', {
      familyMembers: family.people.map((p) => p.id),
      include: { criminal: { reason: 'Discussed with the family at the conference on 3 May' } },
    });
    expect(copy.emotionalRelationships.map((e) => e.type)).toContain('physical_abuse');
  });
});

describe('subject_access', () => {
  const family = loadFixture('leo');

  it('is a draft: the requester’s own details stay, other people’s are withheld or flagged for a decision', () => {
    const { family: copy, summary } = redactFamily(family, 'subject_access', {
      requester: id('person:grace'),
    });
    expect(summary.draft).toBe(true);
    const index = (pid: string) => family.people.findIndex((p) => p.id === pid);
    expect(copy.people[index('person:grace')]?.identity?.ethnicity).toBeDefined();
    expect(copy.people[index('person:grace')]?.birth).toEqual(family.people[index('person:grace')]?.birth);
    expect(copy.people[index('person:leo')]?.birth).toBeUndefined();
    const aboutLeo = summary.decisions.filter((d) => d.path === `people[${index('person:leo')}]`);
    expect(aboutLeo.map((d) => d.kind).sort()).toEqual(['third_party', 'withheld']);
    expect(aboutLeo.find((d) => d.kind === 'withheld')?.message).toMatch(/three-step test/);
    // In the requester's own entry only who supplied the information (third party) is held back.
    const own = summary.decisions.filter((d) => d.path === `people[${index('person:grace')}]`);
    expect(own.map((d) => [d.kind, d.classes])).toEqual([['withheld', ['third_party']]]);
    // A link between the requester and her son is about both: flagged.
    expect(summary.decisions.some((d) => d.path.startsWith('parentChildLinks['))).toBe(true);
  });

  it('needs the requester', () => {
    const error = errorOf(() => redactFamily(family, 'subject_access'));
    expect(error.issues[0]?.path).toBe('options.requester');
  });
});

describe('anonymised', () => {
  const family = loadFixture('leo');
  const { family: copy, summary } = redactFamily(family, 'anonymised');
  const text = json(copy);

  it('names people by their role, from the kinship words', () => {
    expect(copy.people.map((p) => p.names.knownAs)).toEqual([
      'Child 1',
      'Child 2',
      'Mother',
      'Father',
      "Father's ex-wife",
      'Half-brother',
      'Half-sister',
      'Paternal grandfather',
      'Paternal grandmother',
      'Maternal grandmother',
      'Maternal grandfather',
    ]);
    for (const person of family.people) {
      for (const name of [person.names.given, person.names.family, person.names.knownAs]) {
        if (name) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
      }
    }
    expect(copy.title).toBe('Family map (anonymised)');
    expect(copy.households.map((h) => h.label)).toEqual(['Household 1', 'Household 2']);
  });

  it('keeps every age and drops every real date, place and note', () => {
    expect(copy.asAt).toBe('2000-12-31');
    family.people.forEach((person, i) => {
      const before = ageAt(person.birth, family.asAt as string, person.death);
      const after = ageAt(copy.people[i]?.birth, copy.asAt as string, copy.people[i]?.death);
      expect(after?.years).toBe(before?.years);
    });
    expect(text).not.toMatch(/20(1|2)\d/); // no real year of the 2010s or 2020s
    expect(text).not.toContain('Orsett Road');
    expect(text).not.toContain('RM17');
    expect(copy.households.every((h) => h.address === undefined && h.notes === undefined)).toBe(true);
    expect(copy.people.every((p) => p.notes === undefined && p.identity?.nhsNumber === undefined)).toBe(true);
    expect(summary.decisions.some((d) => d.message.includes('could identify'))).toBe(true);
  });

  it('needs a date to count ages to when the family has none', () => {
    const minimal = loadFixture('minimal');
    expect(errorOf(() => redactFamily(minimal, 'anonymised')).issues[0]?.path).toBe('options.asAt');
    expect(redactFamily(minimal, 'anonymised', { asAt: '2025-01-01' }).family.asAt).toBe('2000-12-31');
  });
});

describe('withholding a person', () => {
  it('turns a withheld parent into a "not disclosed" placeholder, keeping their children’s links', () => {
    const family = loadFixture('blended');
    const tom = family.people.find((p) => p.id === 'person:tom');
    const { family: copy, summary } = redactFamily(family, 'partner_agency', {
      withhold: [id('person:tom')],
    });
    const index = family.people.findIndex((p) => p.id === 'person:tom');
    expect(copy.people[index]).toMatchObject({
      kind: 'placeholder',
      placeholder: { reasonUnknown: 'not_disclosed' },
    });
    expect(json(copy)).not.toContain(`"${tom?.names.given}"`);
    expect(summary.placeholders).toBe(1);
    const placeholderId = copy.people[index]?.id;
    expect(copy.parentChildLinks.filter((l) => l.parent === placeholderId)).toHaveLength(
      family.parentChildLinks.filter((l) => l.parent === 'person:tom').length,
    );
    // Not in any household, emotional line or caring role.
    expect(JSON.stringify(copy.households)).not.toContain(`"${placeholderId}"`);
    expect(JSON.stringify(copy.emotionalRelationships)).not.toContain(`"${placeholderId}"`);
  });
});

describe('bad options get a clear error naming the field', () => {
  const family = loadFixture('leo');
  const cases: [string, () => unknown, string][] = [
    ['an unknown profile', () => redactFamily(family, 'public' as RedactionProfile), 'profile'],
    [
      'an opt-in with no reason',
      () => redactFamily(family, 'partner_agency', { include: { special_category: { reason: ' ' } } }),
      'options.include.special_category.reason',
    ],
    [
      'a class the profile cannot include',
      () => redactFamily(family, 'partner_agency', { include: { confidential_location: { reason: 'x' } } }),
      'options.include.confidential_location',
    ],
    [
      'something that is no class',
      () => redactFamily(family, 'case_record', { include: { health: { reason: 'x' } } } as RedactOptions),
      'options.include.health',
    ],
    [
      'an unknown option',
      () => redactFamily(family, 'case_record', { recipient: 'MASH' } as RedactOptions),
      'options.recipient',
    ],
    [
      'a family member who is not on the map',
      () => redactFamily(family, 'family_copy', { familyMembers: [id('person:nobody')] }),
      'options.familyMembers[0]',
    ],
    [
      'family members for another profile',
      () => redactFamily(family, 'partner_agency', { familyMembers: [id('person:leo')] }),
      'options.familyMembers',
    ],
    [
      'a requester who is not on the map',
      () => redactFamily(family, 'subject_access', { requester: id('person:nobody') }),
      'options.requester',
    ],
    [
      'a badly written asAt',
      () => redactFamily(family, 'anonymised', { asAt: '01/02/2025' }),
      'options.asAt',
    ],
  ];
  for (const [what, run, path] of cases) {
    it(`${what}: ${path}`, () => {
      const error = errorOf(run);
      expect(error.issues.map((i) => i.path)).toContain(path);
      expect(error.message).toContain(path);
    });
  }
});

describe('a large family', () => {
  it('is redacted in every profile into a valid family (1,000 people)', () => {
    const family = generateFamily({ people: 1000, seed: 14 });
    for (const profile of REDACTION_PROFILES) {
      const { family: copy } = redactFamily(family, profile, optionsFor(profile, family));
      expect(parseFamily(copy).ok).toBe(true);
      expect(copy.people.length).toBeGreaterThan(900);
    }
  }, 120_000);
});
