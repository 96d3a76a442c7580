// A small family that meets the whole minimum standard, for tests to break one thing at a time.
import { FamilySchema, type Family, type FamilyInput } from '@kinmap/model';

export const AS_AT = '2025-03-14';

const identity = (first = 'English') => ({
  ethnicity: { code: 'A' as const },
  languages: { first, interpreterNeeded: 'no' as const },
});
const checked = [{ result: 'none_known' as const, agencyLabel: 'Police', date: '2025-02-01' }];

/** Leo (subject, 6) lives with his mother Amy; his father Dan lives alone; three generations on the map. */
export function compliantInput(): FamilyInput {
  return {
    formatVersion: 3,
    id: 'family:leo',
    title: 'Leo',
    asAt: AS_AT,
    subjects: ['person:leo'],
    preparedWithFamily: { value: 'yes', date: '2025-03-01', present: 'Amy, Leo' },
    // MS-18: the checklist was recorded when the map was last saved, two weeks before the check date.
    checklistRecords: [{ date: '2025-03-01', met: 8, total: 8, warnings: 0, notStarted: 0, items: [] }],
    people: [
      {
        id: 'person:leo',
        names: { given: 'Leo', family: 'Smith' },
        genderIdentity: 'man',
        birth: { date: '2019-03-14' },
        identity: { ...identity(), nhsNumber: { value: '9434765919', trace: 'traced' } },
        caringAsked: 'asked',
      },
      {
        id: 'person:amy',
        names: { given: 'Amy', family: 'Jones' },
        genderIdentity: 'woman',
        birth: { date: '1990-05-01' },
        identity: identity('Portuguese'),
        immigration: {
          status: 'limited_leave_nrpf',
          nrpf: 'yes',
          supportUnder: 's17_children_act',
          referredForImmigrationAdvice: { referred: 'yes', date: '2025-02-10' },
        },
        safeguardingChecks: checked,
        caringAsked: 'asked',
      },
      {
        id: 'person:dan',
        names: { given: 'Dan', family: 'Smith' },
        genderIdentity: 'man',
        birth: { date: '1988-01-01' },
        identity: identity(),
        immigration: { status: 'british_citizen' },
        safeguardingChecks: checked,
        caringAsked: 'asked',
      },
      {
        id: 'person:rose',
        names: { given: 'Rose', family: 'Jones' },
        genderIdentity: 'woman',
        birth: { date: '1962' },
      },
      {
        id: 'person:amys-father',
        kind: 'placeholder',
        genderIdentity: 'man',
        placeholder: { reasonUnknown: 'not_known_to_family' },
      },
      {
        id: 'person:pat',
        names: { given: 'Pat', family: 'Smith' },
        genderIdentity: 'woman',
        birth: { date: '1958' },
      },
      {
        id: 'person:tom',
        names: { given: 'Tom', family: 'Smith' },
        genderIdentity: 'man',
        birth: { date: '1955' },
      },
    ],
    partnerships: [
      {
        id: 'partnership:amy-dan',
        partners: ['person:amy', 'person:dan'],
        kind: 'cohabiting',
        events: [
          { type: 'started', date: '2017' },
          { type: 'separated', date: '2021-06' },
        ],
      },
    ],
    parentChildLinks: [
      { id: 'link:amy-leo', parent: 'person:amy', child: 'person:leo', partnership: 'partnership:amy-dan' },
      { id: 'link:dan-leo', parent: 'person:dan', child: 'person:leo', partnership: 'partnership:amy-dan' },
      { id: 'link:rose-amy', parent: 'person:rose', child: 'person:amy' },
      { id: 'link:unknown-amy', parent: 'person:amys-father', child: 'person:amy' },
      { id: 'link:pat-dan', parent: 'person:pat', child: 'person:dan' },
      { id: 'link:tom-dan', parent: 'person:tom', child: 'person:dan' },
    ],
    households: [
      {
        id: 'household:a',
        label: 'Household A',
        from: '2019',
        members: [{ person: 'person:amy' }, { person: 'person:leo' }],
        membersConfirmed: { confirmed: 'yes', date: '2025-03-01', method: 'home_visit' },
      },
      {
        id: 'household:dan',
        label: "Dan's flat",
        from: '2021-06',
        members: [{ person: 'person:dan' }],
        membersConfirmed: { confirmed: 'yes', date: '2025-03-02', method: 'family_report' },
      },
    ],
    agencies: [
      { id: 'agency:csc', category: 'childrens_social_care', name: "Children's Services" },
      { id: 'agency:school', category: 'school', name: 'Oak Primary School' },
    ],
    involvements: [
      {
        id: 'involvement:csc',
        agency: 'agency:csc',
        with: { kind: 'family' },
        roles: ['lead_practitioner', 'allocated_social_worker'],
        status: 'open',
      },
      {
        id: 'involvement:school',
        agency: 'agency:school',
        with: { kind: 'person', person: 'person:leo' },
        roles: ['designated_safeguarding_lead'],
        status: 'open',
        invitedToMeetings: 'yes',
      },
    ],
  };
}

/** Loose view of the input for tests to edit freely before it is parsed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Draft = any;

/** The compliant family with one edit applied, parsed (defaults filled in). */
export function family(edit?: (draft: Draft) => void): Family {
  const draft = structuredClone(compliantInput()) as Draft;
  edit?.(draft);
  return FamilySchema.parse(draft);
}

/** The person object with this id body in a draft (`person(d, 'amy')`). */
export function person(draft: Draft, body: string): Draft {
  const found = draft.people.find((p: { id: string }) => p.id === `person:${body}`);
  if (!found) throw new Error(`no person:${body} in the draft`);
  return found;
}
