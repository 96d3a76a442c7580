import type { ParentChildKind } from '@kinmap/model';

// Plain words for the parent–child link lists of the model (kind, parental responsibility,
// confidence), for the Relationships panel and the "+ Parent" question.

const KIND: Record<ParentChildKind, string> = {
  birth: 'Birth parent',
  adoptive: 'Adoptive parent',
  adopted_out: 'Birth parent (child adopted by others)',
  foster: 'Foster carer',
  kinship_foster: 'Kinship foster carer (family or friends)',
  special_guardian: 'Special guardian (special guardianship order)',
  child_arrangements_lives_with: 'Child lives with them (child arrangements order)',
  informal_kinship: 'Kinship carer (informal, no order)',
  private_foster: 'Private foster carer',
  legal_guardian: 'Legal guardian',
  step_parenting_role: 'Step-parent',
  donor: 'Donor',
  surrogate: 'Surrogate',
  other: 'Other',
};

/** "Special guardian (special guardianship order)" for `special_guardian`. */
export function parentKindLabel(kind: ParentChildKind): string {
  return KIND[kind] ?? kind.replace(/_/g, ' ');
}

const RESPONSIBILITY: Record<string, string> = {
  yes: 'Yes, has parental responsibility',
  no: 'No parental responsibility',
  shared_with_la: 'Shared with the local authority',
  unknown: 'Asked, not established',
  not_asked: 'Not asked yet',
};

/** Words for the model's `ParentalResponsibility`. */
export function responsibilityLabel(value: string): string {
  return RESPONSIBILITY[value] ?? value.replace(/_/g, ' ');
}

const CONFIDENCE: Record<string, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported, not confirmed',
  disputed: 'Disputed',
  disproven: 'Disproven',
};

/** Words for the model's `LinkConfidence`. */
export function confidenceLabel(value: string): string {
  return CONFIDENCE[value] ?? value.replace(/_/g, ' ');
}
