import { displayName, type Change, type Family, type Person } from '@kinmap/model';

// Words for announcing a change ("Undone: Tom’s NRPF status"): whose record changed and which field,
// worked out from the change itself (each entity's value before and after), never from the operation's
// generic label ("Update person"). Names are data: the result is plain text for a live region.

const PERSON_FIELDS: Record<string, string> = {
  'names.given': 'given name',
  'names.family': 'family name',
  'names.knownAs': 'known-as name',
  names: 'name',
  kind: 'symbol',
  genderIdentity: 'gender identity',
  genderSelfDescribed: 'gender in their own words',
  sexAtBirth: 'sex registered at birth',
  pronouns: 'pronouns',
  'birth.estimated': 'estimated date of birth',
  'birth.basis': 'basis of the estimated date of birth',
  birth: 'date of birth',
  vitalStatus: 'living or deceased',
  'death.cause': 'cause of death',
  death: 'date of death',
  'immigration.nrpf': 'NRPF status',
  'immigration.status': 'immigration status',
  'immigration.referredForImmigrationAdvice': 'referral for immigration advice',
  'immigration.supportUnder': 'support',
  immigration: 'immigration details',
  statuses: 'statuses',
  caringAsked: 'caring question',
  'identity.nhsNumber': 'NHS number',
  identity: 'identity details',
  safeguardingChecks: 'safeguarding history checks',
  significance: 'place in the family',
  role: 'role',
  notes: 'notes',
};

const INVOLVEMENT_FIELDS: Record<string, string> = {
  with: 'who they work with',
  roles: 'role',
  status: 'involvement status',
  from: 'start date',
  to: 'end date',
  strength: 'ecomap strength',
  impact: 'effect on the family',
  quality: 'stressful or not',
  flow: 'flow of support',
  invitedToMeetings: 'invitation to meetings',
  notes: 'notes',
};

const AGENCY_FIELDS: Record<string, string> = {
  category: 'kind of agency',
  categoryOther: 'kind of agency',
  name: 'name',
  team: 'team',
  contactByRole: 'contact',
  notes: 'notes',
};

const HOUSEHOLD_FIELDS: Record<string, string> = {
  label: 'name',
  members: 'members',
  membersConfirmed: 'confirmation of residents',
  address: 'address',
  notes: 'notes',
};

const CARING_FIELDS: Record<string, string> = {
  role: 'caring role',
  caredFor: 'who is cared for',
  careKinds: 'kinds of care',
  hoursPerWeek: 'hours of care',
  since: 'caring start date',
  assessment: 'carer’s assessment',
  appropriate: 'whether the care is appropriate',
  impact: 'impact of caring',
};

const DOCUMENT_FIELDS: Record<string, string> = {
  title: 'the map’s title',
  asAt: 'the “as at” date',
  subjects: 'who the work is about',
  preparedWithFamily: 'prepared with the family',
  statements: 'the map’s statements',
  notes: 'the map’s notes',
  notationProfile: 'the drawing conventions',
  checklistRecords: 'the checklist record',
  shares: 'the record of a copy shared',
  fieldSources: 'where the facts came from',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// A field that appears with one of these values where there was nothing before is a default filled
// in beside the field that was set (a new immigration record's "not asked" status), not a change.
const DEFAULTS = new Set(['"not_asked"', '"unknown"', 'false', '[]', '""']);

/** The dotted paths of the fields that differ between two values (a list counts as one field). */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  const appeared = before === undefined || after === undefined;
  if (
    (isObject(before) || before === undefined) &&
    (isObject(after) || after === undefined) &&
    before !== after
  ) {
    const from = (before ?? {}) as Record<string, unknown>;
    const to = (after ?? {}) as Record<string, unknown>;
    const keys = new Set([...Object.keys(from), ...Object.keys(to)]);
    const paths = [...keys].flatMap((key) =>
      changedPaths(from[key], to[key], prefix ? `${prefix}.${key}` : key).filter(
        (path) =>
          !appeared || !DEFAULTS.has(JSON.stringify(valueAt(from[key] ?? to[key], path, prefix, key))),
      ),
    );
    return paths.length > 0 || !appeared ? paths : [prefix];
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
}

/** The value at `path` inside `value`, which sits at `prefix.key`. */
function valueAt(value: unknown, path: string, prefix: string, key: string): unknown {
  const start = prefix ? `${prefix}.${key}` : key;
  const rest = path.slice(start.length).split('.').filter(Boolean);
  let current = value;
  for (const part of rest) current = isObject(current) ? current[part] : undefined;
  return current;
}

/** The words for a field: the longest entry of `table` the path starts with, else the last part. */
function fieldWords(table: Record<string, string>, path: string): string {
  let best: string | undefined;
  for (const key of Object.keys(table)) {
    if ((path === key || path.startsWith(`${key}.`)) && (!best || key.length > best.length)) best = key;
  }
  if (best) return table[best]!;
  const last = path.split('.').pop() ?? path;
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function fieldsOf(table: Record<string, string>, before: unknown, after: unknown): string {
  const words = [...new Set(changedPaths(before, after).map((path) => fieldWords(table, path)))];
  if (words.length === 0) return 'details';
  if (words.length === 1) return words[0]!;
  if (words.length === 2) return `${words[0]} and ${words[1]}`;
  return `${words[0]}, ${words[1]} and more`;
}

const possessive = (name: string) => `${name}’s`;

/**
 * Says who and what a change is about, for announcements: "Tom’s NRPF status", "Add child: Jake",
 * "Oak Primary School’s role (with Jake)". `family` is used to name the people and agencies an entity
 * refers to (pass the family before or after the change; either has the names). Falls back to the
 * change's own label.
 *
 * @example
 * describeChange(change, family); // "Tom’s NRPF status"
 */
export function describeChange(change: Change, family: Family): string {
  const people = new Map<string, Person>(family.people.map((p) => [p.id, p]));
  for (const part of [change.people?.added, change.people?.removed])
    for (const { value } of part ?? []) people.set(value.id, value);
  for (const { after } of change.people?.updated ?? []) people.set(after.id, after);
  const personName = (id: string | undefined) => {
    const person = id ? people.get(id) : undefined;
    return person ? displayName(person) || 'someone unnamed' : 'someone';
  };
  const agencies = new Map(family.agencies.map((a) => [a.id as string, a.name]));
  for (const { value } of [...(change.agencies?.added ?? []), ...(change.agencies?.removed ?? [])])
    agencies.set(value.id, value.name);
  const agencyName = (id: string) => agencies.get(id) ?? 'an agency';
  const households = new Map(family.households.map((h) => [h.id as string, h.label]));
  const withWhom = (target: { kind: string; person?: string; household?: string }) =>
    target.kind === 'family'
      ? 'the whole family'
      : target.kind === 'household'
        ? (households.get(target.household ?? '') ?? 'a household')
        : personName(target.person);

  const label = change.label ?? 'Change';
  // Additions and removals: the label and the names of what was added or removed.
  const named: string[] = [];
  for (const { value } of [...(change.people?.added ?? []), ...(change.people?.removed ?? [])])
    named.push(personName(value.id));
  for (const { value } of [...(change.agencies?.added ?? []), ...(change.agencies?.removed ?? [])])
    named.push(value.name);
  for (const { value } of [...(change.households?.added ?? []), ...(change.households?.removed ?? [])])
    named.push(value.label);
  if (named.length === 0) {
    for (const { value } of [...(change.involvements?.added ?? []), ...(change.involvements?.removed ?? [])])
      named.push(`${agencyName(value.agency)} with ${withWhom(value.with)}`);
    for (const { value } of [...(change.caringRoles?.added ?? []), ...(change.caringRoles?.removed ?? [])])
      named.push(
        `${personName(value.carer)} caring for ${value.caredFor ? personName(value.caredFor) : 'someone'}`,
      );
  }
  if (named.length > 0) {
    const list = named.length <= 3 ? named.join(', ') : `${named.slice(0, 3).join(', ')} and more`;
    return label.includes(named[0]!) ? label : `${label}: ${list}`;
  }

  // Updates: whose record, and which field.
  const person = change.people?.updated?.[0];
  if (person)
    return `${possessive(personName(person.after.id))} ${fieldsOf(PERSON_FIELDS, person.before, person.after)}`;
  const involvement = change.involvements?.updated?.[0];
  if (involvement) {
    const { before, after } = involvement;
    return `${possessive(agencyName(after.agency))} ${fieldsOf(INVOLVEMENT_FIELDS, before, after)} (with ${withWhom(after.with)})`;
  }
  const agency = change.agencies?.updated?.[0];
  if (agency)
    return `${possessive(agency.after.name)} ${fieldsOf(AGENCY_FIELDS, agency.before, agency.after)}`;
  const household = change.households?.updated?.[0];
  if (household)
    return `${possessive(household.after.label)} ${fieldsOf(HOUSEHOLD_FIELDS, household.before, household.after)}`;
  const caring = change.caringRoles?.updated?.[0];
  if (caring)
    return `${possessive(personName(caring.after.carer))} ${fieldsOf(CARING_FIELDS, caring.before, caring.after)}`;
  const partnership = change.partnerships?.updated?.[0];
  if (partnership) {
    const [a, b] = partnership.after.partners;
    return `the partnership of ${personName(a)} and ${personName(b)}`;
  }
  const link = change.parentChildLinks?.updated?.[0];
  if (link) return `the link between ${personName(link.after.parent)} and ${personName(link.after.child)}`;
  const emotional = change.emotionalRelationships?.updated?.[0];
  if (emotional)
    return `the relationship between ${personName(emotional.after.from)} and ${personName(emotional.after.to)}`;
  const fields = Object.keys(change.document ?? {});
  if (fields.length > 0) return fields.map((field) => DOCUMENT_FIELDS[field] ?? field).join(' and ');
  return label;
}
