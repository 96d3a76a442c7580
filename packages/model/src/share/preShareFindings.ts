import type { Finding, FindingSubject, FindingSubjectKind } from '../checks/types.ts';
import type { Family } from '../schema/family.ts';
import type { SensitivityClass } from '../schema/enumValues.ts';
import type { ShareRecordInput } from '../ops/shares.ts';
import { displayName } from '../queries/people.ts';
import { sensitivityOf } from '../sensitivity/sensitivityOf.ts';
import type { RedactionProfile } from './profiles.ts';
import { redactFamily } from './redactFamily.ts';
import type { RedactOptions } from './types.ts';

/** The check's number in domain.md §7. */
const MS = 'MS-23';

/** Agencies whose name tells where a person lives: their school, nursery, college or GP. */
const LOCAL_AGENCIES: ReadonlySet<string> = new Set(['school', 'early_years_setting', 'college', 'gp']);

const PROFILE_WORDS: Record<RedactionProfile, string> = {
  case_record: 'case record copy',
  partner_agency: 'partner agency copy',
  family_copy: 'family copy',
  court_bundle: 'court bundle',
  subject_access: 'subject access draft',
  anonymised: 'anonymised copy',
};

/** The collections whose entries have ids, with the kind of record a finding names. */
const SUBJECT_KINDS: Record<string, FindingSubjectKind> = {
  people: 'person',
  partnerships: 'partnership',
  parentChildLinks: 'link',
  multipleBirths: 'multipleBirth',
  households: 'household',
  emotionalRelationships: 'emotional',
  agencies: 'agency',
  involvements: 'involvement',
  caringRoles: 'caringRole',
};

/** A piece of information still in the copy: where it is (in the copy) and its class. */
interface Kept {
  /** Path in the copy, `people[2].identity.ethnicity.code`. */
  path: string;
  /** The top-level entry it belongs to in the copy, `people[2]` (empty for the document itself). */
  entry: string;
  cls: SensitivityClass | undefined;
}

const hasValue = (value: unknown): boolean =>
  (typeof value === 'string' && value.trim() !== '') || typeof value === 'number' || value === true;

/** Every leaf with a value in the copy, with its class (read on the copy, so value rules apply). */
function keptLeaves(copy: Family): Kept[] {
  const out: Kept[] = [];
  const visit = (value: unknown, path: string, entry: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const itemPath = `${path}[${i}]`;
        visit(item, itemPath, entry === '' && !path.includes('.') ? itemPath : entry);
      });
      return;
    }
    if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value))
        visit(child, path === '' ? key : `${path}.${key}`, entry);
      return;
    }
    if (hasValue(value)) out.push({ path, entry, cls: sensitivityOf(path, copy) });
  };
  visit(copy, '', '');
  // A pregnancy or a pregnancy loss is special category as a whole entry.
  copy.people.forEach((_, i) => {
    const cls = sensitivityOf(`people[${i}]`, copy);
    if (cls === 'special_category') out.push({ path: `people[${i}]`, entry: `people[${i}]`, cls });
  });
  return out;
}

/** Reads the copy and the original side by side: ids, entries and names. */
class Mapping {
  private readonly originalIndex = new Map<string, [string, number]>();
  constructor(
    readonly family: Family,
    readonly copy: Family,
    private readonly ids: ReadonlyMap<string, string>,
  ) {
    for (const list of Object.keys(SUBJECT_KINDS)) {
      const entries = (family as unknown as Record<string, { id: string }[]>)[list] ?? [];
      entries.forEach((e, i) => this.originalIndex.set(e.id, [list, i]));
    }
  }

  /** The original id of an id in the copy. */
  original(id: string): string {
    return this.ids.get(id) ?? id;
  }

  /** The copy's entry `people[2]` → the original record and its path (`people[5]`). */
  entry(entry: string): { subject?: FindingSubject; path: string; value?: unknown } {
    const match = /^([A-Za-z]+)\[(\d+)\]$/.exec(entry);
    if (match === null) return { path: entry };
    const [, list, index] = match as unknown as [string, string, string];
    const item = (this.copy as unknown as Record<string, unknown[]>)[list]?.[Number(index)] as
      { id?: unknown; entity?: { id?: unknown } } | undefined;
    const copyId =
      typeof item?.id === 'string'
        ? item.id
        : typeof item?.entity?.id === 'string'
          ? item.entity.id
          : undefined;
    if (copyId === undefined) return { path: list };
    const id = this.original(copyId);
    if (list === 'fieldSources') return this.fieldSource(Number(index), id);
    const at = this.originalIndex.get(id);
    if (at === undefined) return { path: list, subject: { kind: 'family', id: this.family.id } };
    const [originalList, i] = at;
    const kind = SUBJECT_KINDS[originalList] as FindingSubjectKind;
    return {
      subject: { kind, id },
      path: list === originalList ? `${originalList}[${i}]` : list,
      value: (this.family as unknown as Record<string, unknown[]>)[originalList]?.[i],
    };
  }

  /** A field source of the copy → the same source in the original, about the record it names. */
  private fieldSource(index: number, entityId: string): { subject?: FindingSubject; path: string } {
    const item = this.copy.fieldSources[index];
    const at = this.family.fieldSources.findIndex(
      (s) => s.entity.id === entityId && s.field === item?.field && s.recordedAt === item.recordedAt,
    );
    const kind = this.originalIndex.get(entityId)?.[0];
    const subject: FindingSubject =
      kind === undefined
        ? { kind: 'family', id: this.family.id }
        : { kind: SUBJECT_KINDS[kind] as FindingSubjectKind, id: entityId };
    return { subject, path: at < 0 ? 'fieldSources' : `fieldSources[${at}]` };
  }

  name(personId: string): string {
    const person = this.family.people.find((p) => p.id === personId);
    return person === undefined ? 'someone' : displayName(person);
  }

  /** Plain words for the record a copy entry is: "Amy Jones", "household 'Flat 2'". */
  describe(entry: string): string {
    const { subject, value } = this.entry(entry);
    if (subject === undefined || value === undefined) {
      if (entry.startsWith('fieldSources')) {
        const item = this.copy.fieldSources[Number(/\d+/.exec(entry)?.[0])];
        return item === undefined ? 'the map' : this.describeId(this.original(item.entity.id));
      }
      return 'the map';
    }
    return this.describeId(subject.id);
  }

  describeId(id: string): string {
    const at = this.originalIndex.get(id);
    if (at === undefined) return 'the map';
    const [list, i] = at;
    const f = this.family;
    switch (list) {
      case 'people':
        return this.name(id);
      case 'households':
        return `household ‘${f.households[i]?.label ?? ''}’`;
      case 'emotionalRelationships': {
        const line = f.emotionalRelationships[i];
        return line
          ? `the relationship between ${this.name(line.from)} and ${this.name(line.to)}`
          : 'a relationship';
      }
      case 'partnerships': {
        const p = f.partnerships[i];
        return p
          ? `the partnership of ${this.name(p.partners[0])} and ${this.name(p.partners[1])}`
          : 'a partnership';
      }
      case 'parentChildLinks': {
        const link = f.parentChildLinks[i];
        return link ? `${this.name(link.child)}’s link to ${this.name(link.parent)}` : 'a parent–child link';
      }
      case 'caringRoles': {
        const role = f.caringRoles[i];
        return role ? `${this.name(role.carer)}’s caring role` : 'a caring role';
      }
      case 'agencies':
        return `agency ‘${f.agencies[i]?.name ?? ''}’`;
      case 'involvements': {
        const inv = f.involvements[i];
        const agency = f.agencies.find((a) => a.id === inv?.agency);
        return agency ? `the involvement of ${agency.name}` : 'an involvement';
      }
      default:
        return 'the map';
    }
  }
}

/** The people an entry of the copy is about (original ids). */
function peopleOfEntry(m: Mapping, entry: string): string[] {
  const { subject, value } = m.entry(entry);
  if (subject === undefined) return [];
  if (subject.kind === 'person') return [subject.id];
  const people = new Set(m.family.people.map((p) => p.id as string));
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (people.has(v)) found.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk(value);
  return [...found];
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** `identity.otherIdentifiers[0].value` below an entry → `identity.otherIdentifiers`. */
function fieldOf(path: string, entry: string): string {
  const rest = path.slice(entry.length).replace(/^\./, '');
  return rest.split('[')[0] ?? '';
}

const join = (entryPath: string, field: string): string =>
  field === '' ? entryPath : entryPath === '' ? field : `${entryPath}.${field}`;

type Raw = Omit<Finding, 'key'>;

function make(rule: string, path: string, message: string, subject?: FindingSubject): Raw {
  return subject
    ? { id: MS, rule, severity: 'error', subject, path, message }
    : { id: MS, rule, severity: 'error', path, message };
}

/** Groups kept leaves by the copy entry they belong to, keeping the first path of each. */
function byEntry(leaves: readonly Kept[]): Map<string, Kept[]> {
  const groups = new Map<string, Kept[]>();
  for (const leaf of leaves) {
    const list = groups.get(leaf.entry);
    if (list === undefined) groups.set(leaf.entry, [leaf]);
    else list.push(leaf);
  }
  return groups;
}

function confidentialLocations(m: Mapping, leaves: readonly Kept[], words: string): Raw[] {
  const out: Raw[] = [];
  for (const [entry, list] of byEntry(leaves.filter((l) => l.cls === 'confidential_location'))) {
    const { subject, path } = m.entry(entry);
    const first = list[0] as Kept;
    const where = m.describe(entry);
    const what = entry.startsWith('households[')
      ? 'The confidential address of'
      : 'Confidential location details of';
    out.push(
      make(
        'pre-share-confidential-location',
        join(path, fieldOf(first.path, entry)),
        `${what} ${where} would be in this ${words}. Take it out before sharing: a refuge, placement or protected address goes to nobody outside the authorised case record.`,
        subject,
      ),
    );
  }
  return out;
}

/** People living (now) at a household whose address is confidential, by original id → that household. */
function protectedPeople(family: Family): Map<string, string> {
  const out = new Map<string, string>();
  for (const household of family.households) {
    if (household.address?.confidential !== true || household.to !== undefined) continue;
    for (const member of household.members) {
      if (member.to === undefined && !out.has(member.person)) out.set(member.person, household.id);
    }
  }
  return out;
}

function locationClues(m: Mapping): Raw[] {
  const protectedIds = protectedPeople(m.family);
  if (protectedIds.size === 0) return [];
  const out: Raw[] = [];
  const copy = m.copy;
  const originalIndex = new Map(m.family.people.map((p, i) => [p.id as string, i]));
  const clue = (personId: string, field: string, what: string): void => {
    const householdId = protectedIds.get(personId) as string;
    const household = m.family.households.find((h) => h.id === householdId);
    out.push(
      make(
        'pre-share-location-clue',
        field,
        `${m.name(personId)} lives at a confidential address (household ‘${household?.label ?? ''}’), but ${what} would be in this copy and could show where they are. Take it out before sharing.`,
        { kind: 'person', id: personId },
      ),
    );
  };
  copy.people.forEach((person) => {
    const id = m.original(person.id);
    if (!protectedIds.has(id)) return;
    const i = originalIndex.get(id) ?? 0;
    if (hasValue(person.identity?.schoolOrSetting))
      clue(id, `people[${i}].identity.schoolOrSetting`, 'their school or setting');
    if (hasValue(person.identity?.gpPractice))
      clue(id, `people[${i}].identity.gpPractice`, 'their GP practice');
  });
  copy.households.forEach((household) => {
    const address = household.address;
    if (address === undefined || (!hasValue(address.text) && !hasValue(address.postcode))) return;
    const originalId = m.original(household.id);
    const hi = m.family.households.findIndex((h) => h.id === originalId);
    for (const member of household.members) {
      const id = m.original(member.person);
      if (!protectedIds.has(id) || protectedIds.get(id) === originalId || member.to !== undefined) continue;
      const what = hasValue(address.text) ? 'an address' : 'a postcode';
      clue(
        id,
        `households[${hi}].address`,
        `${what} for them (household ‘${m.family.households[hi]?.label ?? ''}’)`,
      );
    }
  });
  copy.involvements.forEach((involvement) => {
    const agency = copy.agencies.find((a) => a.id === involvement.agency);
    if (agency === undefined || !LOCAL_AGENCIES.has(agency.category)) return;
    const original = m.family.agencies.find((a) => a.id === m.original(agency.id));
    if (original === undefined || !hasValue(agency.name) || agency.name !== original.name) return;
    const target = involvement.with;
    const people =
      target.kind === 'person'
        ? [m.original(target.person)]
        : target.kind === 'household'
          ? (copy.households
              .find((h) => h.id === target.household)
              ?.members.filter((member) => member.to === undefined)
              .map((member) => m.original(member.person)) ?? [])
          : [];
    const ai = m.family.agencies.indexOf(original);
    for (const id of people) {
      if (!protectedIds.has(id)) continue;
      const kind = agency.category === 'gp' ? 'GP practice' : 'school or setting';
      clue(id, `agencies[${ai}].name`, `the name of their ${kind} (${original.name})`);
    }
  });
  return out;
}

const INFORMANT_LISTS = new Set(['shares']);

function informants(m: Mapping, leaves: readonly Kept[], words: string): Raw[] {
  const out: Raw[] = [];
  const found = leaves.filter(
    (l) =>
      l.cls === 'third_party' &&
      !INFORMANT_LISTS.has(l.path.split(/[.[]/)[0] ?? '') &&
      // Coded values, dates and ids (a check's result, a source kind, when) say nothing about who told us.
      !/\.(result|source|kind|id|verification|recordedAt|reportedAt|field|contributionId)$/.test(l.path),
  );
  for (const [entry, list] of byEntry(found)) {
    const { subject, path } = m.entry(entry);
    const first = list[0] as Kept;
    out.push(
      make(
        'pre-share-informant',
        join(path, fieldOf(first.path, entry)),
        `Who gave information about ${m.describe(entry)} (an informant’s name, agency or role: ${plural(list.length, 'item')}) would be in this ${words}. Informants are redacted outside your own agency’s record: use a profile that removes them, or take them out.`,
        subject,
      ),
    );
  }
  return out;
}

function othersHealth(m: Mapping, leaves: readonly Kept[], familyMembers: readonly string[]): Raw[] {
  const members = [...new Set(familyMembers)];
  const out: Raw[] = [];
  const special = leaves.filter((l) => l.cls === 'special_category' && !l.path.startsWith('shares'));
  // Per person whose health information is in the copy: who else among the readers would see it.
  const perPerson = new Map<string, { count: number; path: string; subject?: FindingSubject }>();
  for (const leaf of special) {
    const about = peopleOfEntry(m, leaf.entry);
    const { subject, path } = m.entry(leaf.entry);
    for (const id of about.length > 0 ? about : ['']) {
      const others = members.filter((member) => member !== id);
      if (others.length === 0) continue;
      const seen = perPerson.get(id);
      if (seen === undefined)
        perPerson.set(id, { count: 1, path: join(path, fieldOf(leaf.path, leaf.entry)), subject });
      else seen.count += 1;
    }
  }
  for (const [id, { count, path, subject }] of perPerson) {
    const others = members.filter((member) => member !== id).map((member) => m.name(member));
    const whose =
      id === ''
        ? 'health or other special category information'
        : `${m.name(id)}’s health or other special category information`;
    out.push(
      make(
        'pre-share-others-health',
        path,
        `The family copy holds ${whose} (${plural(count, 'item')}), which ${listWords(others)} would see too. Give each person only their own health information unless they agree: prepare separate copies, or take it out.`,
        id === '' ? subject : { kind: 'person', id },
      ),
    );
  }
  return out;
}

function courtRestricted(m: Mapping, leaves: readonly Kept[], words: string): Raw[] {
  const out: Raw[] = [];
  for (const [entry, list] of byEntry(leaves.filter((l) => l.cls === 'court_restricted'))) {
    const { subject, path } = m.entry(entry);
    const first = list[0] as Kept;
    out.push(
      make(
        'pre-share-court-restricted',
        join(path, fieldOf(first.path, entry)),
        `Information from family proceedings about ${m.describe(entry)} (${plural(list.length, 'item')}) would be in this ${words}. Its publication is restricted (Children Act 1989 s97; Administration of Justice Act 1960 s12): share it only as the court allows, or take it out.`,
        subject,
      ),
    );
  }
  return out;
}

/** What `preShareFindings` reads of a share: any part of a `ShareRecordInput` (it may be unfinished). */
export type PreShareRecord = Partial<
  Pick<ShareRecordInput, 'lawfulBasis' | 'condition' | 'lawfulBasisNote' | 'consent'>
>;

/**
 * Profiles whose copy goes to someone other than the people the information is about, so special
 * category or criminal information in it needs an Art 9 / Art 10 condition. A subject-access reply
 * gives people their own information; an anonymised copy holds no personal data; a family copy is
 * the family's own information (MS-23 flags other people's health in it separately).
 */
const NEEDS_CONDITION: ReadonlySet<RedactionProfile> = new Set([
  'case_record',
  'partner_agency',
  'court_bundle',
]);

function shareRecordFindings(
  family: Family,
  profile: RedactionProfile,
  leaves: readonly Kept[],
  share: PreShareRecord,
): Raw[] {
  const out: Raw[] = [];
  const subject: FindingSubject = { kind: 'family', id: family.id };
  if (share.lawfulBasis === undefined) {
    out.push(
      make(
        'pre-share-lawful-basis',
        'share.lawfulBasis',
        'No lawful basis is recorded for this share. Choose one: for safeguarding it is usually public task or legal obligation (consent is rarely the right basis).',
        subject,
      ),
    );
  }
  const consent = share.consent;
  if (consent?.state === undefined) {
    out.push(
      make(
        'pre-share-consent',
        'share.consent.state',
        'No consent note is recorded for this share: say whether consent was given, refused, not sought (and why) or does not apply.',
        subject,
      ),
    );
  } else if ((consent.state === 'not_sought' || consent.state === 'refused') && !consent.reason?.trim()) {
    out.push(
      make(
        'pre-share-consent',
        'share.consent.reason',
        consent.state === 'not_sought'
          ? 'Consent was not sought: record why (for example, asking would put a child at risk or prejudice an enquiry).'
          : 'Consent was refused: record why the information is shared anyway.',
        subject,
      ),
    );
  }
  if (share.lawfulBasis === 'consent' && consent?.state !== undefined && consent.state !== 'given') {
    out.push(
      make(
        'pre-share-consent',
        'share.lawfulBasis',
        'The lawful basis is consent, but consent was not given: choose the basis you are relying on instead (usually public task or legal obligation).',
        subject,
      ),
    );
  }
  const restricted = leaves.some(
    (l) => (l.cls === 'special_category' || l.cls === 'criminal') && !l.path.startsWith('shares'),
  );
  if (restricted && NEEDS_CONDITION.has(profile) && share.condition === undefined) {
    out.push(
      make(
        'pre-share-condition',
        'share.condition',
        'The copy holds health or other special category information, or criminal offence information: record the condition you share it under (usually “safeguarding of children and individuals at risk”, DPA 2018 Schedule 1 paragraph 18).',
        subject,
      ),
    );
  }
  return out;
}

/**
 * The pre-share check (MS-23, domain.md §7): what would go wrong if this copy of the map were shared
 * now. It redacts the family exactly as `redactFamily(family, profile, options)` would and reads the
 * result, so every finding is about what the recipient would really get:
 *
 * - a confidential address or location still in the copy (only an authorised case-record copy that
 *   opts in keeps one);
 * - an address, postcode, school or GP practice (their own, another household's, or a school's name
 *   on the ecomap) for someone who lives at a confidential address;
 * - an informant (who reported something: a name, agency or role) not redacted (the case record and
 *   a subject-access draft that opts in keep them);
 * - in a family copy for several people, one person's health or other special category information
 *   that the others would see;
 * - information from family proceedings in any copy (the court bundle removes it);
 * - when `share` is given: no lawful basis, no consent note (or no reason for consent not sought or
 *   refused), consent as the basis without consent, or no Art 9 / Art 10 condition for a case
 *   record, partner agency or court copy that holds special category or criminal information.
 *
 * Every finding has severity `error` and the checks' shape (`id: 'MS-23'`, `rule`, `key`,
 * `subject`, `path`, `message`); paths and ids refer to the ORIGINAL family (`share.…` for the share
 * record's fields), messages name the person in plain English. An empty list means none of these
 * problems. It is not part of `checkFamily`: it runs when sharing. Throws the `ModelError` of
 * `redactFamily` for a bad profile or options.
 *
 * @example
 * const findings = preShareFindings(family, 'partner_agency', {
 *   lawfulBasis: 'public_task',
 *   consent: { state: 'not_sought', reason: 'Would prejudice the section 47 enquiry' },
 * });
 * findings.map((f) => f.message);
 * // ['Leo Smith lives at a confidential address (household ‘Refuge’), but their school or setting would be in this copy …']
 */
export function preShareFindings(
  family: Family,
  profile: RedactionProfile,
  share?: PreShareRecord,
  options?: RedactOptions,
): Finding[] {
  const { family: copy, ids } = redactFamily(family, profile, options);
  const m = new Mapping(family, copy, ids);
  const leaves = keptLeaves(copy);
  const words = PROFILE_WORDS[profile];
  const raw: Raw[] = [
    ...confidentialLocations(m, leaves, words),
    ...locationClues(m),
    ...informants(m, leaves, words),
    ...(profile === 'family_copy' ? othersHealth(m, leaves, options?.familyMembers ?? []) : []),
    ...courtRestricted(m, leaves, words),
    ...(share === undefined ? [] : shareRecordFindings(family, profile, leaves, share)),
  ];
  const used = new Map<string, number>();
  return raw.map((f) => {
    const base = `${f.rule}:${f.path}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { ...f, key: n === 1 ? base : `${base}#${n}` };
  });
}
