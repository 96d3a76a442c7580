import type { SensitivityClass } from '../schema/enumValues.ts';

/**
 * The six redaction profiles of domain.md §4.2: who a copy of the map is for.
 *
 * @example
 * REDACTION_PROFILES.includes('partner_agency'); // true
 */
export const REDACTION_PROFILES = [
  'case_record',
  'partner_agency',
  'family_copy',
  'court_bundle',
  'subject_access',
  'anonymised',
] as const;

/** One of the six redaction profiles (who the copy is for). */
export type RedactionProfile = (typeof REDACTION_PROFILES)[number];

/** Every sensitivity class, in the order of domain.md §4.1. */
export const SENSITIVITY_CLASSES: readonly SensitivityClass[] = [
  'public_within_case',
  'personal',
  'special_category',
  'criminal',
  'immigration',
  'confidential_location',
  'third_party',
  'gender_history',
  'court_restricted',
];

/**
 * What a profile does with information of one class:
 * - `keep`: left in the copy;
 * - `flag`: left in the draft and listed for a human decision (subject access);
 * - `remove`: taken out;
 * - `withhold`: taken out and listed for a human decision (subject access);
 * - `anonymise`: only coded values (choices, numbers, yes/no) stay; text goes and dates become
 *   relative years (anonymised).
 */
export type RedactionAction = 'keep' | 'flag' | 'remove' | 'withhold' | 'anonymise';

/** A profile's rule for one class: for the recipient's own information, and for anyone else's. */
interface ClassRule {
  readonly own: RedactionAction;
  readonly other: RedactionAction;
}

interface ProfileRules {
  readonly classes: Readonly<Record<SensitivityClass, ClassRule>>;
  /** Classes the caller may opt in with a reason ("needed for purpose"). */
  readonly optIn: readonly SensitivityClass[];
  /**
   * Fields kept although their class is removed (domain.md §4.2: the partner profile keeps NRPF
   * yes/no, statuses and caring roles). Pattern paths (`[]` for any list index) with the class the
   * exception applies to; a MAPPA status is criminal, so it is not kept by the statuses exception.
   */
  readonly keepAnyway?: readonly { readonly path: string; readonly class: SensitivityClass }[];
}

/**
 * The rules of each profile, class by class (domain.md §4.1 and §4.2). docs/sharing.md has the same
 * table in plain English.
 */
export const PROFILE_RULES: Readonly<Record<RedactionProfile, ProfileRules>> = /* @__PURE__ */ profileRules();

// Built by a function marked pure, so a bundle that reads only REDACTION_PROFILES (the schema, and so
// parseFamily) leaves the rules out: a top-level object made with calls and spreads is kept by bundlers
// even when nothing reads it.
function profileRules(): Readonly<Record<RedactionProfile, ProfileRules>> {
  const all = (action: RedactionAction): ClassRule => ({ own: action, other: action });
  const ownOnly: ClassRule = { own: 'keep', other: 'remove' };

  /** Partner agencies keep statuses (not their free notes), NRPF and the kinds of care. */
  const PARTNER_EXCEPTIONS = [
    ...[
      'people[].statuses',
      'people[].statuses[]',
      'people[].statuses[].type',
      'people[].statuses[].from',
      'people[].statuses[].to',
      'people[].statuses[].cpCategory',
      'people[].statuses[].lookedAfterBasis',
      'people[].statuses[].careLeaverCategory',
      'caringRoles[].careKinds',
    ].map((path) => ({ path, class: 'special_category' as const })),
    ...['people[].immigration', 'people[].immigration.nrpf'].map((path) => ({
      path,
      class: 'immigration' as const,
    })),
  ];

  const PARTNER: ProfileRules['classes'] = {
    public_within_case: all('keep'),
    personal: all('keep'),
    special_category: all('remove'),
    criminal: all('remove'),
    immigration: all('remove'),
    confidential_location: all('remove'),
    third_party: all('remove'),
    gender_history: all('remove'),
    court_restricted: all('keep'),
  };

  return {
    case_record: {
      classes: {
        public_within_case: all('keep'),
        personal: all('keep'),
        special_category: all('keep'),
        criminal: all('keep'),
        immigration: all('keep'),
        // Only for authorised roles: opt in with the reason (the role that may see it).
        confidential_location: all('remove'),
        third_party: all('keep'),
        gender_history: all('keep'),
        court_restricted: all('keep'),
      },
      optIn: ['confidential_location'],
    },
    partner_agency: {
      classes: PARTNER,
      optIn: ['special_category', 'criminal', 'immigration'],
      keepAnyway: PARTNER_EXCEPTIONS,
    },
    court_bundle: {
      classes: { ...PARTNER, court_restricted: all('remove') },
      optIn: ['special_category', 'criminal', 'immigration'],
      keepAnyway: PARTNER_EXCEPTIONS,
    },
    family_copy: {
      classes: {
        public_within_case: all('keep'),
        personal: ownOnly,
        special_category: ownOnly,
        criminal: all('remove'),
        immigration: ownOnly,
        confidential_location: all('remove'),
        third_party: all('remove'),
        gender_history: all('remove'),
        court_restricted: all('remove'),
      },
      // Abuse allegations the family already knows about; court information they are party to.
      optIn: ['criminal', 'court_restricted'],
    },
    subject_access: {
      classes: {
        public_within_case: { own: 'keep', other: 'flag' },
        personal: { own: 'keep', other: 'withhold' },
        special_category: { own: 'keep', other: 'withhold' },
        criminal: { own: 'keep', other: 'withhold' },
        immigration: { own: 'keep', other: 'withhold' },
        confidential_location: all('withhold'),
        third_party: all('withhold'),
        gender_history: { own: 'keep', other: 'withhold' },
        court_restricted: { own: 'keep', other: 'withhold' },
      },
      // After the ICO three-step test (consent, or reasonable to disclose without it).
      optIn: ['personal', 'special_category', 'criminal', 'immigration', 'third_party', 'court_restricted'],
    },
    anonymised: {
      classes: {
        public_within_case: all('anonymise'),
        personal: all('anonymise'),
        special_category: all('anonymise'),
        criminal: all('anonymise'),
        immigration: all('anonymise'),
        confidential_location: all('remove'),
        third_party: all('remove'),
        gender_history: all('remove'),
        court_restricted: all('remove'),
      },
      optIn: [],
    },
  };
}

/**
 * The classes a profile lets the sharer keep, each with a reason ("needed for purpose", passed to
 * `redactFamily` as `include`): empty for the anonymised copy.
 *
 * @example
 * redactionOptIns('partner_agency'); // ['special_category', 'criminal', 'immigration']
 */
export function redactionOptIns(profile: RedactionProfile): readonly SensitivityClass[] {
  return PROFILE_RULES[profile].optIn;
}
