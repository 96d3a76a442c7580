// A fast-check arbitrary of VALID Kinmap families: every field present in its parsed form (defaults
// filled in), optional fields sometimes absent, and every reference pointing at something that exists.
// Used by the format round-trip properties and by the operations' property tests.
import fc from 'fast-check';
import {
  ConsentStateSchema,
  enums,
  FieldSourceKindSchema,
  LawfulBasisSchema,
  REDACTION_PROFILES,
  ShareFormatSchema,
  SharingConditionSchema,
} from '@kinmap/model';
import type { Family } from '@kinmap/model';

type Obj = Record<string, unknown>;

const text = (maxLength = 24) => fc.string({ unit: 'binary', maxLength });
const someOf = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** A real partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const arbitraryPartialDate = fc
  .tuple(
    fc.integer({ min: 1900, max: 2035 }),
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 0, max: 28 }),
  )
  .map(([y, m, d]) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    if (m === 0) return String(y);
    if (d === 0) return `${y}-${pad(m)}`;
    return `${y}-${pad(m)}-${pad(d)}`;
  });
const fullDate = fc
  .tuple(
    fc.integer({ min: 1990, max: 2035 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** fc.record where only `required` keys are always present. */
function rec<T extends Record<string, fc.Arbitrary<unknown>>>(shape: T, required: (keyof T & string)[]) {
  // fast-check builds these with a null prototype; a parsed family has ordinary objects.
  return fc.record(shape, { requiredKeys: required }).map((o) => ({ ...o }) as Obj);
}

const provenance = (agencies: string[]) =>
  rec(
    {
      ...(agencies.length > 0 ? { sourceAgency: someOf(agencies) } : {}),
      sourceLabel: text(),
      enteredBy: text(),
      recordedAt: arbitraryPartialDate,
      verification: someOf(enums.Verification),
    },
    ['verification'],
  );

const discrepancy = (agencies: string[]) =>
  rec(
    {
      value: text(),
      ...(agencies.length > 0 ? { reportedByAgency: someOf(agencies) } : {}),
      reportedByLabel: text(),
      reportedAt: arbitraryPartialDate,
      notifiedAgencies:
        agencies.length > 0 ? fc.uniqueArray(someOf(agencies), { maxLength: 2 }) : fc.constant([]),
      resolved: fc.boolean(),
      resolution: text(),
    },
    ['value', 'notifiedAgencies', 'resolved'],
  );

const provenanced = (agencies: string[]) => ({
  provenance: provenance(agencies),
  discrepancies: fc.array(discrepancy(agencies), { maxLength: 1 }),
});

const identity = (agencies: string[]) =>
  rec(
    {
      nhsNumber: rec(
        {
          value: fc.stringMatching(/^\d{10}$/),
          trace: someOf(enums.NhsNumberTrace),
          ...provenanced(agencies),
        },
        ['value', 'trace', 'discrepancies'],
      ),
      nhsNumberNotRecordedReason: text(),
      otherIdentifiers: fc.array(
        rec(
          {
            type: someOf(enums.IdentifierType),
            label: text(),
            value: text(),
            issuer: text(),
            ...provenanced(agencies),
          },
          ['type', 'value', 'discrepancies'],
        ),
        { maxLength: 2 },
      ),
      ethnicity: rec({ code: someOf(enums.EthnicCategory), ...provenanced(agencies) }, [
        'code',
        'discrepancies',
      ]),
      languages: rec(
        {
          first: text(),
          preferred: text(),
          interpreterNeeded: someOf(enums.YesNoUnknown),
          communicationNeeds: text(),
          ...provenanced(agencies),
        },
        ['interpreterNeeded', 'discrepancies'],
      ),
      religion: text(),
      nationality: fc.array(text(), { maxLength: 2 }),
      gpPractice: text(),
      schoolOrSetting: text(),
      nameProvenance: provenance(agencies),
      nameDiscrepancies: fc.array(discrepancy(agencies), { maxLength: 1 }),
      birthDateProvenance: provenance(agencies),
      birthDateDiscrepancies: fc.array(discrepancy(agencies), { maxLength: 1 }),
      checkedBetweenAgenciesOn: arbitraryPartialDate,
    },
    ['otherIdentifiers', 'nationality', 'nameDiscrepancies', 'birthDateDiscrepancies'],
  );

const immigration = (people: string[]) =>
  rec(
    {
      status: someOf(enums.ImmigrationStatus),
      statusOther: text(),
      limitedLeaveType: someOf(enums.LimitedLeaveType),
      nrpf: someOf(enums.Nrpf),
      nrpfLiftedOn: arbitraryPartialDate,
      evidence: someOf(enums.NrpfEvidence),
      checkedOn: arbitraryPartialDate,
      checkedBy: text(),
      leaveExpiry: arbitraryPartialDate,
      sponsor: someOf(people),
      supportUnder: someOf(enums.SupportUnder),
      referredForImmigrationAdvice: rec(
        { referred: someOf(enums.YesNoUnknown), date: arbitraryPartialDate, organisation: text() },
        ['referred'],
      ),
      notes: text(60),
    },
    ['status', 'nrpf'],
  );

const status = rec(
  {
    type: someOf(enums.StatusType),
    from: arbitraryPartialDate,
    to: arbitraryPartialDate,
    cpCategory: someOf(enums.CpCategory),
    lookedAfterBasis: someOf(enums.LookedAfterBasis),
    careLeaverCategory: someOf(enums.CareLeaverCategory),
    detail: text(),
    responsibleAuthority: text(),
    note: text(60),
  },
  ['type'],
);

const safeguardingCheck = (agencies: string[]) =>
  rec(
    {
      ...(agencies.length > 0 ? { agency: someOf(agencies) } : {}),
      agencyLabel: text(),
      date: arbitraryPartialDate,
      result: someOf(enums.SafeguardingCheckResult),
      summary: text(60),
    },
    ['result'],
  );

const person = (id: string, people: string[], agencies: string[]) =>
  rec(
    {
      id: fc.constant(id),
      kind: someOf(enums.PersonKind),
      names: rec(
        {
          given: text(),
          family: text(),
          knownAs: text(),
          other: fc.array(
            rec(
              {
                type: someOf([
                  'birth',
                  'previous',
                  'married',
                  'alias',
                  'spelling',
                  'transliteration',
                  'other',
                ] as const),
                given: text(),
                family: text(),
                note: text(),
              },
              ['type'],
            ),
            { maxLength: 2 },
          ),
        },
        ['other'],
      ),
      sexAtBirth: someOf(enums.SexAtBirth),
      genderIdentity: someOf(enums.GenderIdentity),
      genderSelfDescribed: text(),
      pronouns: text(),
      birth: rec({ date: arbitraryPartialDate, estimated: fc.boolean(), basis: text() }, [
        'date',
        'estimated',
      ]),
      vitalStatus: someOf(enums.VitalStatus),
      death: rec({ date: arbitraryPartialDate, estimated: fc.boolean(), cause: text() }, ['estimated']),
      pregnancy: rec({ edd: arbitraryPartialDate, gestationWeeks: fc.integer({ min: 0, max: 45 }) }, []),
      loss: rec(
        {
          outcome: someOf(enums.LossOutcome),
          date: arbitraryPartialDate,
          gestationWeeks: fc.integer({ min: 0, max: 45 }),
          sex: someOf(enums.SexAtBirth),
        },
        ['outcome'],
      ),
      placeholder: rec({ reasonUnknown: someOf(enums.ReasonUnknown), note: text() }, ['reasonUnknown']),
      petSpecies: text(),
      count: fc.integer({ min: 0, max: 99 }),
      significance: someOf(enums.Significance),
      role: text(),
      identity: identity(agencies),
      immigration: immigration(people),
      statuses: fc.array(status, { maxLength: 3 }),
      safeguardingChecks: fc.array(safeguardingCheck(agencies), { maxLength: 2 }),
      caringAsked: someOf(enums.CaringAsked),
      provenance: provenance(agencies),
      sensitivity: fc
        .dictionary(
          someOf(['names', 'birth', 'immigration', 'identity', 'notes']),
          someOf(enums.SensitivityClass),
          {
            maxKeys: 2,
          },
        )
        .map((o) => ({ ...o })),
      notes: text(80),
    },
    [
      'id',
      'kind',
      'names',
      'sexAtBirth',
      'genderIdentity',
      'vitalStatus',
      'significance',
      'statuses',
      'safeguardingChecks',
      'caringAsked',
    ],
  );

/** Two different people, as a pair of indices. */
const pairOf = (n: number) =>
  fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 2 })).map(([a, b]) => [a, b >= a ? b + 1 : b] as const);

export interface ArbitraryFamilyOptions {
  /** Most people in a family. Default 8. */
  maxPeople?: number;
}

/**
 * Random valid families, as `parseFamily` would return them (defaults filled in).
 *
 * @example
 * fc.assert(fc.property(arbitraryFamily(), (family) => { ... }));
 */
export function arbitraryFamily(options: ArbitraryFamilyOptions = {}): fc.Arbitrary<Family> {
  const maxPeople = options.maxPeople ?? 8;
  return fc
    .record({
      n: fc.integer({ min: 1, max: maxPeople }),
      agencyCount: fc.integer({ min: 0, max: 3 }),
      households: fc.integer({ min: 0, max: 2 }),
    })
    .chain(({ n, agencyCount, households }) => {
      const people = Array.from({ length: n }, (_, i) => `person:p${i}`);
      const agencies = Array.from({ length: agencyCount }, (_, i) => `agency:a${i}`);
      const householdIds = Array.from({ length: households }, (_, i) => `household:h${i}`);
      const pairs = n >= 2 ? fc.array(pairOf(n), { maxLength: Math.min(6, n) }) : fc.constant([]);
      return fc
        .record({
          header: rec(
            {
              title: text(40),
              asAt: fullDate,
              subjects: fc.uniqueArray(someOf(people), { maxLength: 2 }),
              preparedWithFamily: rec(
                {
                  value: someOf(enums.PreparedWithFamily),
                  date: arbitraryPartialDate,
                  present: text(),
                  reason: text(),
                },
                ['value'],
              ),
              statements: rec(
                {
                  noOtherAgencies: rec({ date: arbitraryPartialDate, by: text(), note: text() }, ['date']),
                  noSignificantOthers: rec({ date: arbitraryPartialDate, by: text(), note: text() }, [
                    'date',
                  ]),
                },
                [],
              ),
              notationProfile: someOf(enums.NotationProfile),
              updatedAt: fc.string({ maxLength: 40 }),
              notes: text(80),
            },
            ['title', 'subjects', 'statements', 'notationProfile'],
          ),
          people: fc.tuple(...people.map((id) => person(id, people, agencies))),
          partnerPairs: pairs,
          linkPairs: pairs,
          emotionPairs: pairs,
          caringPairs: pairs,
          groups:
            n >= 2
              ? fc.array(fc.uniqueArray(fc.nat({ max: n - 1 }), { minLength: 2, maxLength: 3 }), {
                  maxLength: 2,
                })
              : fc.constant([]),
          agencies: fc.tuple(
            ...agencies.map((id) =>
              rec(
                {
                  id: fc.constant(id),
                  category: someOf(enums.AgencyCategory),
                  categoryOther: text(),
                  name: text(),
                  team: text(),
                  contactByRole: text(),
                  notes: text(),
                },
                ['id', 'category', 'name'],
              ),
            ),
          ),
          households: fc.tuple(
            ...householdIds.map((id) =>
              rec(
                {
                  id: fc.constant(id),
                  label: text(),
                  address: rec({ text: text(), postcode: text(), confidential: fc.boolean() }, [
                    'confidential',
                  ]),
                  from: arbitraryPartialDate,
                  to: arbitraryPartialDate,
                  members: fc.array(
                    rec(
                      {
                        person: someOf(people),
                        membership: someOf(enums.Membership),
                        from: arbitraryPartialDate,
                        to: arbitraryPartialDate,
                        frequency: text(),
                        reportedBy: rec(
                          {
                            person: someOf(people),
                            ...(agencies.length > 0 ? { agency: someOf(agencies) } : {}),
                            label: text(),
                          },
                          [],
                        ),
                      },
                      ['person', 'membership'],
                    ),
                    { maxLength: 4 },
                  ),
                  membersConfirmed: rec(
                    {
                      confirmed: someOf(enums.MembersConfirmed),
                      date: arbitraryPartialDate,
                      method: someOf(enums.ConfirmationMethod),
                      note: text(),
                    },
                    ['confirmed'],
                  ),
                  notes: text(),
                },
                ['id', 'label', 'members'],
              ),
            ),
          ),
          partnershipDetails: fc.array(
            rec(
              {
                kind: someOf(enums.PartnershipKind),
                kindOther: text(),
                events: fc.array(
                  rec(
                    {
                      type: someOf(enums.PartnershipEventType),
                      date: arbitraryPartialDate,
                      estimated: fc.boolean(),
                    },
                    ['type', 'estimated'],
                  ),
                  { maxLength: 3 },
                ),
                consanguinity: rec({ degree: text() }, []),
                secret: fc.boolean(),
                provenance: provenance(agencies),
                notes: text(),
              },
              ['kind', 'events', 'secret'],
            ),
            { minLength: 6, maxLength: 6 },
          ),
          linkDetails: fc.array(
            rec(
              {
                kind: someOf(enums.ParentChildKind),
                kindOther: text(),
                parentalResponsibility: someOf(enums.ParentalResponsibility),
                legalBasis: rec({ order: text(), date: arbitraryPartialDate, court: text() }, ['order']),
                from: arbitraryPartialDate,
                to: arbitraryPartialDate,
                confidence: someOf(enums.LinkConfidence),
                provenance: provenance(agencies),
                notes: text(),
                viaPartnership: fc.boolean(),
              },
              ['kind', 'parentalResponsibility', 'confidence', 'viaPartnership'],
            ),
            { minLength: 6, maxLength: 6 },
          ),
          emotionDetails: fc.array(
            rec(
              {
                type: someOf(enums.EmotionalType),
                label: text(),
                direction: someOf(enums.EmotionalDirection),
                intensity: fc.integer({ min: 1, max: 3 }),
                basis: someOf(enums.EvidenceBasis),
                reportedBy: rec(
                  {
                    person: someOf(people),
                    ...(agencies.length > 0 ? { agency: someOf(agencies) } : {}),
                    label: text(),
                  },
                  [],
                ),
                since: arbitraryPartialDate,
                until: arbitraryPartialDate,
                notes: text(),
              },
              ['type', 'direction', 'basis'],
            ),
            { minLength: 6, maxLength: 6 },
          ),
          caringDetails: fc.array(
            rec(
              {
                role: someOf(enums.CaringRoleType),
                careKinds: fc.uniqueArray(someOf(enums.CareKind), { maxLength: 3 }),
                hoursPerWeek: rec(
                  { min: fc.integer({ min: 0, max: 168 }), max: fc.integer({ min: 0, max: 168 }) },
                  ['min'],
                ),
                since: arbitraryPartialDate,
                to: arbitraryPartialDate,
                assessment: someOf(enums.CarerAssessment),
                appropriate: someOf(enums.CareAppropriate),
                impact: text(),
                notes: text(),
                provenance: provenance(agencies),
                caredForNotSaid: fc.constant(true),
              },
              ['role', 'careKinds', 'assessment', 'appropriate'],
            ),
            { minLength: 6, maxLength: 6 },
          ),
          involvementDetails: fc.array(
            rec(
              {
                agencyIndex: fc.nat(),
                target: fc.oneof(
                  fc.constant({ kind: 'family' }),
                  someOf(people).map((p) => ({ kind: 'person', person: p })),
                  ...(householdIds.length > 0
                    ? [someOf(householdIds).map((h) => ({ kind: 'household', household: h }))]
                    : []),
                ),
                roles: fc.uniqueArray(someOf(enums.AgencyRole), { maxLength: 2 }),
                status: someOf(enums.InvolvementStatus),
                from: arbitraryPartialDate,
                to: arbitraryPartialDate,
                strength: someOf(enums.EcomapStrength),
                impact: someOf(enums.EcomapImpact),
                quality: someOf(enums.EcomapQuality),
                flow: someOf(enums.EcomapFlow),
                invitedToMeetings: someOf(enums.YesNoUnknown),
                notes: text(),
              },
              ['agencyIndex', 'target', 'roles', 'status', 'invitedToMeetings'],
            ),
            { maxLength: agencies.length === 0 ? 0 : 4 },
          ),
          checklistRecords: fc.array(
            fc.record(
              {
                date: fullDate,
                met: fc.nat({ max: 8 }),
                total: fc.constant(8),
                warnings: fc.nat({ max: 40 }),
                notStarted: fc.nat({ max: 8 }),
                items: fc.array(
                  fc.record(
                    {
                      key: someOf(enums.StandardItemKey),
                      state: someOf(enums.StandardItemState),
                      warnings: fc.nat({ max: 9 }),
                    },
                    { noNullPrototype: true },
                  ),
                  { maxLength: 8 },
                ),
              },
              { noNullPrototype: true },
            ),
            { maxLength: 2 },
          ),
          shares: shareDetails(agencies),
          fieldSources: fieldSourceDetails(people, agencies),
        })
        .map((parts) => assemble(parts, people, agencies));
    });
}

/** An ISO date and time, as `new Date().toISOString()` writes it. */
const moment = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const nonBlank = (maxLength = 24) => text(maxLength).map((t) => `x${t}`);

/** Format 3: share records, with the fields a parsed record always has (defaults filled in). */
const shareDetails = (agencies: string[]) =>
  fc.array(
    fc
      .record(
        {
          at: moment,
          by: nonBlank(),
          recipient:
            agencies.length > 0
              ? rec({ name: nonBlank(), agency: someOf(agencies) }, ['name'])
              : rec({ name: nonBlank() }, ['name']),
          profile: someOf(REDACTION_PROFILES),
          lawfulBasis: someOf(LawfulBasisSchema.options),
          condition: fc.option(someOf(SharingConditionSchema.options), { nil: undefined }),
          lawfulBasisNote: fc.option(text(), { nil: undefined }),
          consent: fc
            .record(
              { state: someOf(ConsentStateSchema.options), reason: nonBlank() },
              { noNullPrototype: true },
            )
            .chain(({ state, reason }): fc.Arbitrary<Obj> =>
              state === 'not_sought' || state === 'refused'
                ? fc.constant({ state, reason })
                : fc.boolean().map((keep) => (keep ? { state, reason } : { state })),
            ),
          formats: fc.uniqueArray(someOf(ShareFormatSchema.options), { minLength: 1, maxLength: 5 }),
          summary: fc.record(
            {
              removed: fc
                .uniqueArray(someOf(enums.SensitivityClass), { maxLength: 3 })
                .chain((classes) =>
                  fc
                    .tuple(...classes.map(() => fc.nat({ max: 50 })))
                    .map((counts) => Object.fromEntries(classes.map((c, i) => [c, counts[i]]))),
                ),
              removedTotal: fc.nat({ max: 200 }),
              needsDecision: fc.nat({ max: 20 }),
              included: fc.array(
                fc.record(
                  { class: someOf(enums.SensitivityClass), reason: text() },
                  { noNullPrototype: true },
                ),
                { maxLength: 2 },
              ),
            },
            { noNullPrototype: true },
          ),
        },
        { noNullPrototype: true },
      )
      .map((share) => Object.fromEntries(Object.entries(share).filter(([, v]) => v !== undefined))),
    { maxLength: 2 },
  );

/** Format 3: sources of facts about people or the map itself. */
const fieldSourceDetails = (people: string[], agencies: string[]) =>
  fc.array(
    rec(
      {
        entity: fc.oneof(
          someOf(people).map((id) => ({ kind: 'person', id })),
          fc.constant({ kind: 'family', id: 'family:f' }),
        ),
        field: someOf(['names.given', 'birth.date', 'identity.nhsNumber', 'notes']),
        agency: agencies.length > 0 ? someOf(agencies) : fc.constant(undefined),
        agencyLabel: text(),
        practitioner: text(),
        recordedAt: moment,
        source: someOf(FieldSourceKindSchema.options),
        sourceNote: text(),
        contributionId: text(),
      },
      ['entity', 'field', 'recordedAt', 'source'],
    ).map((source) => Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined))),
    { maxLength: 3 },
  );

function assemble(parts: Obj, people: string[], agencies: string[]): Family {
  const p = parts as {
    header: Obj;
    people: Obj[];
    partnerPairs: (readonly [number, number])[];
    linkPairs: (readonly [number, number])[];
    emotionPairs: (readonly [number, number])[];
    caringPairs: (readonly [number, number])[];
    groups: number[][];
    agencies: Obj[];
    households: Obj[];
    partnershipDetails: Obj[];
    linkDetails: Obj[];
    emotionDetails: Obj[];
    caringDetails: Obj[];
    involvementDetails: Obj[];
    checklistRecords: Obj[];
    shares: Obj[];
    fieldSources: Obj[];
  };
  const at = (i: number) => people[i] as string;
  const partnerships = p.partnerPairs.map(([a, b], i) => ({
    id: `partnership:u${i}`,
    partners: [at(a), at(b)],
    ...p.partnershipDetails[i],
  }));
  const parentChildLinks = p.linkPairs.map(([parent, child], i) => {
    const { viaPartnership, ...details } = p.linkDetails[i] as Obj;
    const through = viaPartnership ? partnerships.find((x) => x.partners.includes(at(parent))) : undefined;
    return {
      id: `link:l${i}`,
      parent: at(parent),
      child: at(child),
      ...(through === undefined ? {} : { partnership: through.id }),
      ...details,
    };
  });
  return {
    formatVersion: 3,
    id: 'family:f',
    ...p.header,
    people: p.people,
    partnerships,
    parentChildLinks,
    multipleBirths: p.groups.map((members, i) => ({
      id: `multiple:m${i}`,
      members: members.map(at),
      zygosity: (['mz', 'dz', 'unknown'] as const)[i % 3],
    })),
    households: p.households,
    emotionalRelationships: p.emotionPairs.map(([a, b], i) => ({
      id: `emotion:e${i}`,
      from: at(a),
      to: at(b),
      ...p.emotionDetails[i],
    })),
    agencies: p.agencies,
    involvements: p.involvementDetails.map(({ agencyIndex, target, ...details }, i) => ({
      id: `involvement:i${i}`,
      agency: agencies[(agencyIndex as number) % agencies.length],
      with: target,
      ...details,
    })),
    caringRoles: p.caringPairs.map(([a, b], i) => {
      const { caredForNotSaid, ...details } = p.caringDetails[i] as Obj;
      return {
        id: `caring:c${i}`,
        carer: at(a),
        ...(caredForNotSaid ? {} : { caredFor: at(b) }),
        ...details,
      };
    }),
    checklistRecords: p.checklistRecords,
    shares: p.shares.map((share, i) => ({ id: `share:s${i}`, ...share })),
    fieldSources: p.fieldSources,
  } as unknown as Family;
}
