import * as z from 'zod/mini';

// Every enumeration a practitioner fills in carries `unknown` and `not_asked` (and `declined` where a
// person can decline): "not asked" is an action for the practitioner, never a silent `false`.

export const PersonKind = z.enum(['person', 'pregnancy', 'pregnancy_loss', 'placeholder', 'pet']);
export const SexAtBirth = z.enum([
  'female',
  'male',
  'intersex_variation',
  'not_recorded',
  'unknown',
  'not_asked',
  'declined',
]);
export const GenderIdentity = z.enum([
  'woman',
  'man',
  'non_binary',
  'self_described',
  'unknown',
  'not_asked',
  'declined',
]);
export const VitalStatus = z.enum(['living', 'deceased', 'unknown']);
export const LossOutcome = z.enum(['miscarriage', 'stillbirth', 'termination', 'ectopic', 'unknown']);
export const ReasonUnknown = z.enum(['not_known_to_family', 'not_disclosed', 'not_asked', 'donor', 'other']);
export const Significance = z.enum(['household', 'family', 'significant_other', 'professional_only']);
export const YesNoUnknown = z.enum(['yes', 'no', 'unknown', 'not_asked']);
export const Verification = z.enum(['verified', 'unverified', 'disputed']);

export const NhsNumberTrace = z.enum(['traced', 'untraced', 'not_checked']);
export const IdentifierType = z.enum([
  'la_person_id',
  'upn',
  'ni_number',
  'home_office_ref',
  'police_ref',
  'other',
]);
/** NHS Data Dictionary ETHNIC CATEGORY: A–S, Z (not stated / declined), 99 (not known), plus not_asked. */
export const EthnicCategory = z.enum([
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'J',
  'K',
  'L',
  'M',
  'N',
  'P',
  'R',
  'S',
  'Z',
  '99',
  'not_asked',
]);

export const ImmigrationStatus = z.enum([
  'british_citizen',
  'irish_citizen',
  'right_of_abode',
  'indefinite_leave',
  'euss_settled',
  'euss_pre_settled',
  'euss_pending',
  'refugee',
  'humanitarian_protection',
  'limited_leave_with_recourse',
  'limited_leave_nrpf',
  'adult_dependent_relative',
  'section_3c_leave',
  'asylum_seeker',
  'appeal_rights_exhausted',
  'uasc_leave',
  'no_leave_overstayer',
  'no_leave_entered_without_leave',
  'eea_no_status',
  'other',
  'unknown',
  'not_asked',
  'declined',
]);
export const LimitedLeaveType = z.enum([
  'spouse_partner',
  'parent',
  'family_private_life',
  'student',
  'worker',
  'visitor',
  'bno',
  'dependant',
  'other',
]);
export const Nrpf = z.enum(['yes', 'no', 'lifted', 'unknown', 'not_asked']);
export const NrpfEvidence = z.enum([
  'evisa_share_code',
  'home_office_letter',
  'passport_vignette',
  'nrpf_connect_check',
  'self_report',
  'other',
]);
export const SupportUnder = z.enum([
  's17_children_act',
  'care_act',
  'asylum_support_s95',
  's4',
  'none',
  'unknown',
]);

export const ChildStatusType = z.enum([
  'early_help',
  'child_in_need',
  's47_enquiry',
  'child_protection_plan',
  'unborn_cp_plan',
  'pre_birth_assessment',
  'looked_after',
  'care_leaver',
  'special_guardianship',
  'child_arrangements_order',
  'adopted',
  'private_fostering',
  'uasc',
  'disabled_child',
  'ehcp',
  'missing_episodes',
  'exploitation_risk',
  'youth_justice_order',
]);
export const AdultStatusType = z.enum([
  'care_act_assessment',
  'carers_assessment',
  's42_enquiry',
  'sar_subject',
  'dols_authorisation',
  'court_of_protection_order',
  'lpa_or_deputy',
  'lacks_capacity_for',
  'mha_detention',
  's117_aftercare',
  'mappa',
  'marac',
  'probation_supervision',
  'homelessness_duty',
  'substance_misuse_treatment',
  'learning_disability',
]);
export const StatusType = z.enum([...ChildStatusType.options, ...AdultStatusType.options]);
export const CpCategory = z.enum(['neglect', 'physical', 'emotional', 'sexual', 'multiple']);
/** Legal basis of a looked-after child (SSDA903 legal status groups; codes to be verified against DfE). */
export const LookedAfterBasis = z.enum([
  's20_accommodated',
  'short_breaks',
  'interim_care_order',
  'care_order',
  'placement_order',
  'emergency_protection_order',
  'police_protection',
  'child_assessment_order',
  'remand',
  'other',
]);
export const CareLeaverCategory = z.enum(['eligible', 'relevant', 'former_relevant', 'qualifying']);
export const SafeguardingCheckResult = z.enum([
  'none_known',
  'history_known',
  'not_checked',
  'declined_to_share',
  'pending',
]);

export const PartnershipKind = z.enum([
  'marriage',
  'civil_partnership',
  'cohabiting',
  'engaged',
  'committed_not_cohabiting',
  'casual',
  'affair',
  'conception_through_sexual_violence',
  'other',
  'unknown',
]);
export const PartnershipEventType = z.enum([
  'started',
  'cohabited',
  'engaged',
  'married',
  'civil_partnership_formed',
  'separated',
  'divorced',
  'dissolved',
  'annulled',
  'reconciled',
  'widowed',
  'ended',
]);

export const ParentChildKind = z.enum([
  'birth',
  'adoptive',
  'adopted_out',
  'foster',
  'kinship_foster',
  'special_guardian',
  'child_arrangements_lives_with',
  'informal_kinship',
  'private_foster',
  'legal_guardian',
  'step_parenting_role',
  'donor',
  'surrogate',
  'other',
]);
export const ParentalResponsibility = z.enum(['yes', 'no', 'shared_with_la', 'unknown', 'not_asked']);
export const LinkConfidence = z.enum(['confirmed', 'reported', 'disputed', 'disproven']);
export const Zygosity = z.enum(['mz', 'dz', 'unknown']);

export const Membership = z.enum(['resident', 'part_time', 'regular_visitor', 'temporary', 'unknown']);
export const MembersConfirmed = z.enum(['yes', 'partly', 'no']);
export const ConfirmationMethod = z.enum(['home_visit', 'family_report', 'agency_record', 'other']);

export const EmotionalType = z.enum([
  'close',
  'very_close',
  'fused',
  'distant',
  'indifferent',
  'never_met',
  'conflict',
  'hostile',
  'close_hostile',
  'fused_hostile',
  'cutoff',
  'cutoff_repaired',
  'focused_on',
  'focused_on_negatively',
  'physical_abuse',
  'sexual_abuse',
  'emotional_abuse',
  'neglect',
  'violence',
  'controlling',
  'manipulative',
  'jealous',
  'caretaker',
  'supportive',
  'other',
]);
export const EmotionalDirection = z.enum(['mutual', 'from_to']);
export const EvidenceBasis = z.enum([
  'alleged',
  'disclosed',
  'substantiated',
  'finding_of_fact',
  'convicted',
  'observed',
  'reported',
  'unknown',
]);

export const AgencyCategory = z.enum([
  'childrens_social_care',
  'early_help',
  'adult_social_care',
  'police',
  'probation',
  'youth_justice',
  'gp',
  'health_visitor',
  'school_nurse',
  'midwifery',
  'hospital',
  'camhs',
  'adult_mental_health',
  'learning_disability_service',
  'substance_misuse_service',
  'domestic_abuse_service',
  'marac',
  'mappa',
  'school',
  'early_years_setting',
  'college',
  'virtual_school',
  'send_service',
  'housing',
  'la_nrpf_team',
  'home_office',
  'dwp_jobcentre',
  'cafcass',
  'court',
  'legal_representative',
  'advocacy',
  'interpreting_service',
  'fostering_agency',
  'residential_provider',
  'care_provider',
  'voluntary_sector',
  'faith_community',
  'other',
]);
export const AgencyRole = z.enum([
  'lead_practitioner',
  'allocated_social_worker',
  'team_manager',
  'independent_reviewing_officer',
  'cp_conference_chair',
  'personal_adviser',
  'designated_safeguarding_lead',
  'named_gp',
  'health_visitor',
  'school_nurse',
  'midwife',
  'care_coordinator',
  'amhp',
  'best_interests_assessor',
  'idva',
  'probation_officer',
  'yot_worker',
  'key_worker',
  'advocate',
  'childrens_guardian',
  'interpreter',
  'other',
]);
export const InvolvementStatus = z.enum(['open', 'closed', 'referred', 'declined', 'waitlisted', 'unknown']);
export const EcomapStrength = z.enum(['weak', 'tenuous_uncertain', 'strong']);
export const EcomapImpact = z.enum(['none', 'draining', 'providing']);
export const EcomapQuality = z.enum(['stressful', 'not_stressful']);
export const EcomapFlow = z.enum(['to_family', 'from_family', 'both', 'none']);

export const CaringRoleType = z.enum([
  'young_carer',
  'young_adult_carer',
  'adult_carer',
  'parent_carer',
  'kinship_carer',
  'foster_carer',
  'paid_carer',
]);
export const CareKind = z.enum([
  'practical',
  'personal_care',
  'emotional',
  'medication',
  'supervision',
  'financial',
  'interpreting',
  'sibling_care',
]);
export const CarerAssessment = z.enum(['offered', 'completed', 'declined', 'not_offered', 'unknown']);
export const CareAppropriate = z.enum(['yes', 'concern', 'unknown']);
export const CaringAsked = z.enum(['asked', 'not_asked']);

export const PreparedWithFamily = z.enum(['yes', 'partly', 'no', 'not_yet']);
export const NotationProfile = z.enum(['mcgoldrick', 'ics_uk', 'nsgc']);
/** Sensitivity classes of domain.md §4.1; redaction profiles are built on them. */
export const SensitivityClass = z.enum([
  'public_within_case',
  'personal',
  'special_category',
  'criminal',
  'immigration',
  'confidential_location',
  'third_party',
  'gender_history',
  'court_restricted',
]);
