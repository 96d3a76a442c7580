import type { ParentChildKind } from '../../schema/enumValues.ts';
import type { Person } from '../../schema/person.ts';

/** A word in three forms: for a woman, for a man, and neutral (any other or unknown gender). */
export type Gendered = readonly [woman: string, man: string, neutral: string];

/** Picks the form of a word for a person, from their gender identity only. */
export function pick(person: Person, word: Gendered): string {
  if (person.kind === 'pregnancy' || person.kind === 'pregnancy_loss') return word[2];
  if (person.genderIdentity === 'woman') return word[0];
  if (person.genderIdentity === 'man') return word[1];
  return word[2];
}

export const PARENT: Gendered = ['mother', 'father', 'parent'];
export const CHILD: Gendered = ['daughter', 'son', 'child'];
export const SIBLING: Gendered = ['sister', 'brother', 'sibling'];
export const HALF_SIBLING: Gendered = ['half-sister', 'half-brother', 'half-sibling'];
export const STEP_PARENT: Gendered = ['stepmother', 'stepfather', 'step-parent'];
export const STEP_CHILD: Gendered = ['stepdaughter', 'stepson', 'stepchild'];
export const STEP_SIBLING: Gendered = ['stepsister', 'stepbrother', 'step-sibling'];
export const GRANDPARENT: Gendered = ['grandmother', 'grandfather', 'grandparent'];
export const GRANDCHILD: Gendered = ['granddaughter', 'grandson', 'grandchild'];
export const AUNT: Gendered = ['aunt', 'uncle', 'aunt or uncle'];
export const NIECE: Gendered = ['niece', 'nephew', 'niece or nephew'];
export const PARENT_IN_LAW: Gendered = ['mother-in-law', 'father-in-law', 'parent-in-law'];
export const CHILD_IN_LAW: Gendered = ['daughter-in-law', 'son-in-law', 'child-in-law'];
export const SIBLING_IN_LAW: Gendered = ['sister-in-law', 'brother-in-law', 'sibling-in-law'];
export const SPOUSE: Gendered = ['wife', 'husband', 'spouse'];
export const EX_SPOUSE: Gendered = ['ex-wife', 'ex-husband', 'ex-spouse'];
export const FIANCE: Gendered = ['fiancée', 'fiancé', 'fiancé(e)'];
export const WIDOW: Gendered = ['widow', 'widower', 'surviving spouse'];

/** What a parent is called, by the kind of link, when the link is the whole relationship. */
export const PARENT_BY_LINK: Record<ParentChildKind, Gendered> = {
  birth: PARENT,
  adopted_out: ['birth mother', 'birth father', 'birth parent'],
  adoptive: ['adoptive mother', 'adoptive father', 'adoptive parent'],
  step_parenting_role: STEP_PARENT,
  donor: ['donor', 'donor', 'donor'],
  surrogate: ['surrogate', 'surrogate', 'surrogate'],
  foster: ['foster carer', 'foster carer', 'foster carer'],
  kinship_foster: ['kinship foster carer', 'kinship foster carer', 'kinship foster carer'],
  special_guardian: ['special guardian', 'special guardian', 'special guardian'],
  child_arrangements_lives_with: [
    'carer under a child arrangements order',
    'carer under a child arrangements order',
    'carer under a child arrangements order',
  ],
  informal_kinship: ['kinship carer', 'kinship carer', 'kinship carer'],
  private_foster: ['private foster carer', 'private foster carer', 'private foster carer'],
  legal_guardian: ['guardian', 'guardian', 'guardian'],
  other: ['carer', 'carer', 'carer'],
};

/** What a child is called, by the kind of link, when the link is the whole relationship. */
export const CHILD_BY_LINK: Record<ParentChildKind, Gendered> = {
  birth: CHILD,
  adopted_out: ['birth daughter', 'birth son', 'birth child'],
  adoptive: ['adopted daughter', 'adopted son', 'adopted child'],
  step_parenting_role: STEP_CHILD,
  donor: ['donor-conceived child', 'donor-conceived child', 'donor-conceived child'],
  surrogate: ['child born by surrogacy', 'child born by surrogacy', 'child born by surrogacy'],
  foster: ['foster child', 'foster child', 'foster child'],
  kinship_foster: ['foster child', 'foster child', 'foster child'],
  special_guardian: [
    'child under special guardianship',
    'child under special guardianship',
    'child under special guardianship',
  ],
  child_arrangements_lives_with: [
    'child under a child arrangements order',
    'child under a child arrangements order',
    'child under a child arrangements order',
  ],
  informal_kinship: ['child in kinship care', 'child in kinship care', 'child in kinship care'],
  private_foster: ['privately fostered child', 'privately fostered child', 'privately fostered child'],
  legal_guardian: ['child under guardianship', 'child under guardianship', 'child under guardianship'],
  other: ['child cared for', 'child cared for', 'child cared for'],
};

/**
 * Links that describe care or a legal order rather than family: a foster carer or special guardian
 * may also be a grandmother, so their terms are added to a family term ("maternal grandmother and
 * special guardian").
 */
export const CARE_LINK_KINDS: ReadonlySet<ParentChildKind> = new Set([
  'foster',
  'kinship_foster',
  'special_guardian',
  'child_arrangements_lives_with',
  'informal_kinship',
  'private_foster',
  'legal_guardian',
  'other',
]);

/** Preference among several family links between the same two people (first wins). */
export const FAMILY_LINK_PREFERENCE: readonly ParentChildKind[] = [
  'birth',
  'adoptive',
  'adopted_out',
  'step_parenting_role',
  'donor',
  'surrogate',
];

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
const TIMES = ['', 'once', 'twice', 'three times', 'four times', 'five times', 'six times'];

/** `'great-'` repeated: 0 → '', 1 → 'great-', 2 → 'great-great-'. */
export function greats(n: number): string {
  return 'great-'.repeat(Math.max(0, n));
}

/** 'cousin', 'second cousin', 'first cousin once removed'… (degree ≥ 1, removed ≥ 0). */
export function cousinTerm(degree: number, removed: number): string {
  if (degree === 1 && removed === 0) return 'cousin';
  const ordinal = ORDINALS[degree] ?? `${degree}th`;
  const times = removed === 0 ? '' : ` ${TIMES[removed] ?? `${removed} times`} removed`;
  return `${ordinal} cousin${times}`;
}

/** 'twin', 'triplet', 'quadruplet'… for a multiple birth of `size` children. */
export function multipleWord(size: number): string {
  return ['', '', 'twin', 'triplet', 'quadruplet', 'quintuplet', 'sextuplet'][size] ?? 'multiple-birth';
}

/** Possessive of a term: "mother" → "mother's". */
export function possessive(term: string): string {
  return `${term}'s`;
}
