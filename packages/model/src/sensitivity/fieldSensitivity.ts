import type { SensitivityClass } from '../schema/enumValues.ts';

// Short names for the classes of domain.md §4.1, to keep the table readable.
const PUB: SensitivityClass = 'public_within_case'; // names, relationships, ages
const PER: SensitivityClass = 'personal'; // dates of birth, identifiers, ordinary addresses, school
const SPE: SensitivityClass = 'special_category'; // health, ethnicity, religion, sex life, pregnancy
const CRI: SensitivityClass = 'criminal'; // offences (alleged or proven), MAPPA, police history
const IMM: SensitivityClass = 'immigration'; // status detail, Home Office refs, sponsor
const THI: SensitivityClass = 'third_party'; // who supplied information about someone else
const GEN: SensitivityClass = 'gender_history'; // sex assigned at birth
const CRT: SensitivityClass = 'court_restricted'; // information from family proceedings

/** A class for a field, and optionally for the fields inside it. */
type Tree = SensitivityClass | { readonly _: SensitivityClass; readonly [field: string]: Tree };

const provenance: Tree = {
  _: THI,
  sourceAgency: THI,
  sourceLabel: THI,
  enteredBy: THI,
  recordedAt: PER,
  verification: PER,
};
const discrepancies = (value: SensitivityClass): Tree => ({
  _: value,
  '[]': {
    _: value,
    value,
    reportedByAgency: THI,
    reportedByLabel: THI,
    reportedAt: PER,
    notifiedAgencies: PER,
    resolved: PER,
    resolution: value,
  },
});
const provenanced = (value: SensitivityClass) => ({ provenance, discrepancies: discrepancies(value) });
const reporter: Tree = { _: THI, person: THI, agency: THI, label: THI };
const statement: Tree = { _: PUB, date: PUB, by: PER, note: PER };

const person: Tree = {
  _: PUB,
  id: PUB,
  kind: PUB,
  names: {
    _: PUB,
    given: PUB,
    family: PUB,
    knownAs: PUB,
    // Previous names and aliases can reveal a person's history (or a birth name after transition).
    other: { _: PER, '[]': { _: PER, type: PER, given: PER, family: PER, note: PER } },
  },
  sexAtBirth: GEN,
  genderIdentity: PUB,
  genderSelfDescribed: PUB,
  pronouns: PUB,
  birth: { _: PER, date: PER, estimated: PER, basis: PER },
  vitalStatus: PUB,
  death: { _: PUB, date: PUB, estimated: PUB, cause: SPE },
  pregnancy: { _: SPE, edd: SPE, gestationWeeks: SPE },
  loss: { _: SPE, outcome: SPE, date: SPE, gestationWeeks: SPE, sex: SPE },
  placeholder: { _: PUB, reasonUnknown: PER, note: PER },
  petSpecies: PUB,
  count: PUB,
  significance: PUB,
  role: PUB,
  identity: {
    _: PER,
    nhsNumber: { _: PER, value: PER, trace: PER, ...provenanced(PER) },
    nhsNumberNotRecordedReason: PER,
    otherIdentifiers: {
      _: PER,
      // A Home Office or police reference is restricted: see `sensitivityOf` with a family.
      '[]': { _: PER, type: PER, label: PER, value: PER, issuer: PER, ...provenanced(PER) },
    },
    ethnicity: { _: SPE, code: SPE, ...provenanced(SPE) },
    languages: {
      _: PER,
      first: PER,
      preferred: PER,
      interpreterNeeded: PER,
      communicationNeeds: SPE,
      ...provenanced(PER),
    },
    religion: SPE,
    nationality: PER,
    gpPractice: PER,
    schoolOrSetting: PER,
    nameProvenance: provenance,
    nameDiscrepancies: discrepancies(PUB),
    birthDateProvenance: provenance,
    birthDateDiscrepancies: discrepancies(PER),
    checkedBetweenAgenciesOn: PER,
  },
  immigration: {
    _: IMM,
    status: IMM,
    statusOther: IMM,
    limitedLeaveType: IMM,
    // Restricted like all immigration detail; the partner-agency profile keeps NRPF yes/no (domain §4.2).
    nrpf: IMM,
    nrpfLiftedOn: IMM,
    evidence: IMM,
    checkedOn: IMM,
    checkedBy: IMM,
    leaveExpiry: IMM,
    sponsor: IMM,
    supportUnder: IMM,
    referredForImmigrationAdvice: { _: IMM, referred: IMM, date: IMM, organisation: IMM },
    notes: IMM,
  },
  statuses: {
    _: SPE,
    '[]': {
      _: SPE,
      type: SPE,
      from: SPE,
      to: SPE,
      cpCategory: SPE,
      lookedAfterBasis: SPE,
      careLeaverCategory: SPE,
      detail: SPE,
      responsibleAuthority: PER,
      note: SPE,
    },
  },
  safeguardingChecks: {
    _: THI,
    // The summary may hold police or court history: restricted.
    '[]': { _: THI, agency: PER, agencyLabel: PER, date: PER, result: THI, summary: CRI },
  },
  caringAsked: PUB,
  provenance,
  sensitivity: PER,
  notes: PER,
};

const family: Tree = {
  _: PUB,
  formatVersion: PUB,
  id: PUB,
  title: PUB,
  asAt: PUB,
  subjects: PUB,
  preparedWithFamily: { _: PUB, value: PUB, date: PUB, present: PER, reason: PER },
  statements: { _: PUB, noOtherAgencies: statement, noSignificantOthers: statement },
  notationProfile: PUB,
  people: { _: PUB, '[]': person },
  partnerships: {
    _: PUB,
    '[]': {
      _: PUB,
      id: PUB,
      partners: PUB,
      kind: PUB,
      kindOther: PUB,
      events: { _: PUB, '[]': { _: PUB, type: PUB, date: PUB, estimated: PUB } },
      consanguinity: { _: SPE, degree: SPE },
      secret: PER,
      provenance,
      notes: PER,
    },
  },
  parentChildLinks: {
    _: PUB,
    '[]': {
      _: PUB,
      id: PUB,
      parent: PUB,
      child: PUB,
      partnership: PUB,
      kind: PUB,
      kindOther: PUB,
      parentalResponsibility: PER,
      legalBasis: { _: CRT, order: CRT, date: CRT, court: CRT },
      from: PUB,
      to: PUB,
      confidence: PER,
      provenance,
      notes: PER,
    },
  },
  multipleBirths: { _: PUB, '[]': { _: PUB, id: PUB, members: PUB, zygosity: PUB } },
  households: {
    _: PUB,
    '[]': {
      _: PUB,
      id: PUB,
      label: PUB,
      // An ordinary address is personal; a confidential one (refuge, placement) is confidential_location.
      address: { _: PER, text: PER, postcode: PER, confidential: PUB },
      from: PUB,
      to: PUB,
      members: {
        _: PUB,
        '[]': {
          _: PUB,
          person: PUB,
          membership: PUB,
          from: PUB,
          to: PUB,
          frequency: PER,
          reportedBy: reporter,
        },
      },
      membersConfirmed: { _: PUB, confirmed: PUB, date: PUB, method: PUB, note: PER },
      notes: PER,
    },
  },
  emotionalRelationships: {
    _: PUB,
    // Abuse and violence lines are restricted: see `sensitivityOf` with a family.
    '[]': {
      _: PER,
      id: PUB,
      from: PUB,
      to: PUB,
      type: PER,
      label: PER,
      direction: PER,
      intensity: PER,
      basis: PER,
      reportedBy: reporter,
      since: PER,
      until: PER,
      notes: PER,
    },
  },
  agencies: {
    _: PUB,
    '[]': {
      _: PUB,
      id: PUB,
      category: PUB,
      categoryOther: PUB,
      name: PUB,
      team: PUB,
      contactByRole: PER,
      notes: PER,
    },
  },
  involvements: {
    _: PUB,
    '[]': {
      _: PUB,
      id: PUB,
      agency: PUB,
      with: { _: PUB, kind: PUB, person: PUB, household: PUB },
      roles: PUB,
      status: PUB,
      from: PUB,
      to: PUB,
      strength: PUB,
      impact: PUB,
      quality: PUB,
      flow: PUB,
      invitedToMeetings: PUB,
      notes: PER,
    },
  },
  caringRoles: {
    _: PUB,
    '[]': {
      _: PUB,
      id: PUB,
      carer: PUB,
      caredFor: PUB,
      role: PUB,
      careKinds: SPE,
      hoursPerWeek: { _: PER, min: PER, max: PER },
      since: PER,
      to: PER,
      assessment: PER,
      appropriate: PER,
      impact: SPE,
      notes: SPE,
      provenance,
    },
  },
  checklistRecords: {
    _: PUB,
    '[]': {
      _: PUB,
      date: PUB,
      met: PUB,
      total: PUB,
      warnings: PUB,
      notStarted: PUB,
      items: { _: PUB, '[]': { _: PUB, key: PUB, state: PUB, warnings: PUB } },
    },
  },
  // The share history and the sources of facts are the owning agency's own record: they name
  // recipients, agencies and practitioners, so only the case record keeps them (a subject-access
  // draft withholds them for a decision: the requester may be entitled to the recipients and sources).
  shares: {
    _: THI,
    '[]': {
      _: THI,
      id: THI,
      at: THI,
      by: THI,
      recipient: { _: THI, name: THI, agency: THI },
      profile: THI,
      lawfulBasis: THI,
      condition: THI,
      lawfulBasisNote: THI,
      consent: { _: THI, state: THI, reason: THI },
      formats: THI,
      summary: {
        _: THI,
        removed: THI,
        removedTotal: THI,
        needsDecision: THI,
        included: { _: THI, '[]': { _: THI, class: THI, reason: THI } },
      },
    },
  },
  fieldSources: {
    _: THI,
    '[]': {
      _: THI,
      entity: { _: THI, kind: THI, id: THI },
      field: THI,
      agency: THI,
      agencyLabel: THI,
      practitioner: THI,
      recordedAt: THI,
      source: THI,
      sourceNote: THI,
      contributionId: THI,
    },
  },
  updatedAt: PUB,
  notes: PER,
};

function flatten(tree: Tree, path: string, out: Record<string, SensitivityClass>): void {
  if (typeof tree === 'string') {
    out[path] = tree;
    return;
  }
  if (path !== '') out[path] = tree._;
  for (const [key, child] of Object.entries(tree)) {
    if (key === '_') continue;
    const childPath = key === '[]' ? `${path}[]` : path === '' ? key : `${path}.${key}`;
    if (key === '[]' && typeof child !== 'string') {
      for (const [k, c] of Object.entries(child)) if (k !== '_') flatten(c, `${childPath}.${k}`, out);
    } else flatten(child, childPath, out);
  }
}

function build(): Readonly<Record<string, SensitivityClass>> {
  const out: Record<string, SensitivityClass> = {};
  flatten(family, '', out);
  return Object.freeze(out);
}

/**
 * The default sensitivity class (domain.md §4.1) of every field of the format, keyed by pattern path
 * (`[]` for any list index). Redaction profiles are built on these classes. Some fields are more
 * sensitive for certain values (a confidential address, an abuse line, a MAPPA status): ask
 * `sensitivityOf(path, family)` for the class that applies to a concrete document.
 *
 * @example
 * fieldSensitivity['people[].immigration.status']; // 'immigration'
 * fieldSensitivity['households[].address']; // 'personal' (confidential_location when marked confidential)
 * fieldSensitivity['people[].sexAtBirth']; // 'gender_history'
 */
export const fieldSensitivity: Readonly<Record<string, SensitivityClass>> = build();
