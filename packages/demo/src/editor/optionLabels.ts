import { defaultLabels } from '@kinmap/react';

// Words for the model's lists, in plain British English. Where @kinmap/react already has words for a
// list (its one labels object), the demo uses them; the rest are the demo's own form labels.

const humanise = (value: string) => {
  const text = value.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function from<T extends string>(table: Partial<Record<T, string>>) {
  return (value: T): string => table[value] ?? humanise(value);
}

/** Words from @kinmap/react's labels, some of which are lower case for use inside sentences. */
function fromReact<T extends string>(table: Partial<Record<T, string>>) {
  return (value: T): string => capitalise(table[value] ?? humanise(value));
}

export const labelOf = {
  personKind: from<string>({
    person: 'Person',
    pregnancy: 'Pregnancy (ongoing)',
    pregnancy_loss: 'Pregnancy loss',
    placeholder: 'Unknown person (placeholder)',
    pet: 'Pet',
  }),
  genderIdentity: fromReact<string>(defaultLabels.genderIdentity),
  sexAtBirth: from<string>({
    female: 'Female',
    male: 'Male',
    intersex_variation: 'Intersex variation',
    not_recorded: 'Not recorded',
    unknown: 'Not known',
    not_asked: 'Not asked',
    declined: 'Declined to say',
  }),
  vitalStatus: from<string>({ living: 'Living', deceased: 'Deceased', unknown: 'Not known' }),
  lossOutcome: from<string>({ ectopic: 'Ectopic pregnancy', unknown: 'Not known' }),
  reasonUnknown: from<string>({
    not_known_to_family: 'Not known to the family',
    not_disclosed: 'Not disclosed',
    not_asked: 'Not asked yet',
    donor: 'Donor conception',
  }),
  significance: from<string>({
    household: 'Lives in the household',
    family: 'Family',
    significant_other: 'Significant other (not family)',
    professional_only: 'Known to professionals only',
  }),
  yesNo: from<string>({ yes: 'Yes', no: 'No', unknown: 'Not known', not_asked: 'Not asked' }),
  nrpf: from<string>({
    yes: 'Yes: has no recourse to public funds',
    no: 'No: has recourse to public funds',
    lifted: 'NRPF condition lifted',
    unknown: 'Asked or checked, not established',
    not_asked: 'Not asked yet',
  }),
  immigrationStatus: from<string>({
    british_citizen: 'British citizen',
    irish_citizen: 'Irish citizen',
    right_of_abode: 'Right of abode (other)',
    indefinite_leave: 'Indefinite leave to remain / settled',
    euss_settled: 'EU Settlement Scheme: settled status',
    euss_pre_settled: 'EU Settlement Scheme: pre-settled status',
    euss_pending: 'EUSS application pending',
    refugee: 'Refugee status',
    humanitarian_protection: 'Humanitarian protection',
    limited_leave_with_recourse: 'Limited leave without an NRPF condition',
    limited_leave_nrpf: 'Limited leave with an NRPF condition',
    adult_dependent_relative: 'Adult dependent relative',
    section_3c_leave: 'Leave extended by a pending application or appeal (3C)',
    asylum_seeker: 'Asylum claim pending',
    appeal_rights_exhausted: 'Claim refused, appeal rights exhausted',
    uasc_leave: 'UASC leave',
    no_leave_overstayer: 'No current leave: overstayed',
    no_leave_entered_without_leave: 'Entered without leave / undocumented',
    eea_no_status: 'EEA national without EUSS status or other leave',
    other: 'Other',
    unknown: 'Asked or checked, not established',
    not_asked: 'Not asked yet',
    declined: 'Declined to say',
  }),
  nrpfEvidence: from<string>({
    evisa_share_code: 'eVisa share code',
    home_office_letter: 'Home Office letter',
    passport_vignette: 'Passport vignette',
    nrpf_connect_check: 'NRPF Connect check',
    self_report: 'Told by the person',
  }),
  supportUnder: from<string>({
    s17_children_act: 'Section 17, Children Act 1989',
    care_act: 'Care Act 2014',
    asylum_support_s95: 'Asylum support (section 95)',
    s4: 'Section 4 support',
    none: 'None',
    unknown: 'Not known',
  }),
  status: fromReact<string>(defaultLabels.status),
  partnershipKind: fromReact<string>(defaultLabels.partnershipKind),
  partnershipEvent: fromReact<string>(defaultLabels.partnershipEvent),
  membership: fromReact<string>(defaultLabels.membership),
  membersConfirmed: from<string>({ yes: 'Yes, all residents confirmed', partly: 'Partly', no: 'No' }),
  confirmationMethod: from<string>({
    home_visit: 'Home visit',
    family_report: 'Family told us',
    agency_record: 'Agency record',
    other: 'Other',
  }),
  emotionalType: fromReact<string>(defaultLabels.emotionalType),
  evidenceBasis: fromReact<string>(defaultLabels.evidenceBasis),
  emotionalDirection: from<string>({ mutual: 'Both ways', from_to: 'From the first person to the second' }),
  agencyCategory: fromReact<string>(defaultLabels.agencyCategory),
  agencyRole: fromReact<string>(defaultLabels.agencyRole),
  involvementStatus: fromReact<string>(defaultLabels.involvementStatus),
  ecomapStrength: from<string>({ strong: 'Strong', weak: 'Weak', tenuous_uncertain: 'Tenuous or uncertain' }),
  ecomapFlow: from<string>({
    to_family: 'Towards the family',
    from_family: 'From the family',
    both: 'Both ways',
    none: 'No flow',
  }),
  caringRoleType: from<string>({}),
  carerAssessment: from<string>({ not_offered: 'Not offered', unknown: 'Not known' }),
  caringAsked: from<string>({ asked: 'Asked', not_asked: 'Not asked yet' }),
  preparedWithFamily: from<string>({ yes: 'Yes', partly: 'Partly', no: 'No', not_yet: 'Not yet' }),
  verification: from<string>({
    verified: 'Checked (verified)',
    unverified: 'Not checked',
    disputed: 'Disputed',
  }),
  safeguardingResult: from<string>({
    none_known: 'None known',
    history_known: 'History known',
    not_checked: 'Not checked',
    declined_to_share: 'Agency declined to share',
    pending: 'Awaiting reply',
  }),
  interpreter: from<string>({ yes: 'Yes', no: 'No', unknown: 'Not known', not_asked: 'Not asked' }),
};

/** NHS Data Dictionary ethnic categories, with their codes. */
export const ETHNIC_CATEGORY_LABELS: Record<string, string> = {
  A: 'White: British',
  B: 'White: Irish',
  C: 'White: any other White background',
  D: 'Mixed: White and Black Caribbean',
  E: 'Mixed: White and Black African',
  F: 'Mixed: White and Asian',
  G: 'Mixed: any other mixed background',
  H: 'Asian or Asian British: Indian',
  J: 'Asian or Asian British: Pakistani',
  K: 'Asian or Asian British: Bangladeshi',
  L: 'Asian or Asian British: any other Asian background',
  M: 'Black or Black British: Caribbean',
  N: 'Black or Black British: African',
  P: 'Black or Black British: any other Black background',
  R: 'Other: Chinese',
  S: 'Other: any other ethnic group',
  Z: 'Not stated (declined)',
  '99': 'Not known',
  not_asked: 'Not asked yet',
};
