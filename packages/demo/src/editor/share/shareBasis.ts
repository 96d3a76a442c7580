import type {
  ConsentState,
  Family,
  LawfulBasis,
  PreShareRecord,
  RedactionProfile,
  RedactionSummary,
  ShareFormat,
  ShareRecordInput,
  SharingCondition,
} from '@kinmap/model';
import { recipientName, type RecipientChoice } from './shareForm.ts';

/** Why the copy may be shared, and where consent stands, as the person sharing records it. */
export interface ShareBasis {
  /** Who is sharing: their name or role. */
  by: string;
  lawfulBasis: LawfulBasis | '';
  /** The extra condition for health or offence information, when the copy holds any. */
  condition: SharingCondition | '';
  note: string;
  consent: ConsentState | '';
  consentReason: string;
}

/** An empty basis: nothing chosen, so the person sharing decides each part. */
export const EMPTY_BASIS: ShareBasis = {
  by: '',
  lawfulBasis: '',
  condition: '',
  note: '',
  consent: '',
  consentReason: '',
};

/** The lawful bases (UK GDPR Article 6), in plain words, the usual ones for safeguarding first. */
export const LAWFUL_BASIS_LABELS: Record<LawfulBasis, string> = {
  public_task: 'Public task (our statutory duties)',
  legal_obligation: 'Legal obligation (the law requires us to share)',
  vital_interests: 'Vital interests (to protect someone’s life)',
  consent: 'Consent',
  legitimate_interests: 'Legitimate interests',
  contract: 'Contract',
};

/** The extra conditions for health (Art 9) or offence (Art 10) information. */
export const CONDITION_LABELS: Record<SharingCondition, string> = {
  safeguarding_children_and_individuals_at_risk:
    'Safeguarding children and individuals at risk (DPA 2018 Sch 1 para 18)',
  statutory_purposes: 'Statutory purposes (DPA 2018 Sch 1 para 6)',
  vital_interests: 'Vital interests (someone unable to consent, life at risk)',
  explicit_consent: 'Explicit consent',
  legal_claims: 'Court proceedings (legal claims)',
  other: 'Another condition (say which in the note)',
};

/** Where consent stands, in plain words. */
export const CONSENT_LABELS: Record<ConsentState, string> = {
  given: 'Given',
  refused: 'Refused, and shared anyway',
  not_sought: 'Not sought',
  not_applicable: 'Does not apply',
};

/** Whether the consent state needs a reason (not sought, or refused and shared anyway). */
export function consentNeedsReason(consent: ConsentState | ''): boolean {
  return consent === 'not_sought' || consent === 'refused';
}

/** The basis's fields that can be wrong, each with its message. */
export type BasisProblems = Partial<
  Record<'by' | 'lawfulBasis' | 'condition' | 'consent' | 'consentReason', string>
>;

/**
 * What the share record still needs, field by field, in plain words: who is sharing, the lawful
 * basis, where consent stands and, when consent was not sought or was refused, why. A condition of
 * "another condition" needs the note to say which.
 *
 * @example
 * basisProblems({ ...EMPTY_BASIS, by: 'Sam', lawfulBasis: 'public_task', consent: 'not_sought' });
 * // { consentReason: 'Say why consent was not sought (for example, asking would put a child at risk).' }
 */
export function basisProblems(basis: ShareBasis): BasisProblems {
  const problems: BasisProblems = {};
  if (basis.by.trim() === '') problems.by = 'Say who is sharing: your name or role.';
  if (basis.lawfulBasis === '') problems.lawfulBasis = 'Choose the lawful basis for sharing.';
  if (basis.condition === 'other' && basis.note.trim() === '')
    problems.condition = 'Say which condition in the note.';
  if (basis.consent === '') problems.consent = 'Say where consent stands.';
  else if (consentNeedsReason(basis.consent) && basis.consentReason.trim() === '')
    problems.consentReason =
      basis.consent === 'not_sought'
        ? 'Say why consent was not sought (for example, asking would put a child at risk).'
        : 'Say why the information is shared although consent was refused.';
  return problems;
}

/** The parts of the basis chosen so far, for the pre-share check (which says what is missing). */
export function preShareRecordOf(basis: ShareBasis): PreShareRecord {
  const record: PreShareRecord = {};
  if (basis.lawfulBasis !== '') record.lawfulBasis = basis.lawfulBasis;
  if (basis.condition !== '') record.condition = basis.condition;
  if (basis.note.trim() !== '') record.lawfulBasisNote = basis.note.trim();
  if (basis.consent !== '')
    record.consent = {
      state: basis.consent,
      ...(basis.consentReason.trim() !== '' ? { reason: basis.consentReason.trim() } : {}),
    };
  return record;
}

/**
 * The share record for one download: who, for whom, which profile, the basis and consent, the format
 * and what the redaction removed. Call only when `basisProblems` is empty (`recordShare` refuses an
 * incomplete record, naming the field).
 */
export function shareRecordInput(
  family: Family,
  share: {
    recipient: RecipientChoice;
    profile: RedactionProfile;
    basis: ShareBasis;
    format: ShareFormat;
    summary: RedactionSummary;
    at?: string;
  },
): ShareRecordInput {
  const { basis } = share;
  const reason = basis.consentReason.trim();
  const note = basis.note.trim();
  return {
    by: basis.by.trim(),
    recipient: {
      name: recipientName(family, share.recipient),
      ...(share.recipient.kind === 'agency' ? { agency: share.recipient.agencyId } : {}),
    },
    profile: share.profile,
    lawfulBasis: basis.lawfulBasis as LawfulBasis,
    ...(basis.condition !== '' ? { condition: basis.condition } : {}),
    ...(note !== '' ? { lawfulBasisNote: note } : {}),
    consent: { state: basis.consent as ConsentState, ...(reason !== '' ? { reason } : {}) },
    formats: [share.format],
    summary: share.summary,
    ...(share.at !== undefined ? { at: share.at } : {}),
  };
}
