/**
 * The share dialog's logic, for tests: what a profile removes in words, what the dialog needs before
 * a copy is made, and the options and file names it uses. No components (they need the editor).
 */
export { decisionWords, PROFILE_CHOICES, profileLabel, removalSentence, listWords } from './shareWords.ts';
export type { ProfileChoice } from './shareWords.ts';
export {
  OPT_IN_CLASSES,
  peopleToChoose,
  recipientName,
  redactOptionsFor,
  shareFileName,
  shareProblems,
} from './shareForm.ts';
export type { RecipientChoice, ShareChoices, ShareProblems } from './shareForm.ts';
export {
  basisProblems,
  consentNeedsReason,
  EMPTY_BASIS,
  preShareRecordOf,
  shareRecordInput,
  CONSENT_LABELS,
  CONDITION_LABELS,
  LAWFUL_BASIS_LABELS,
} from './shareBasis.ts';
export type { BasisProblems, ShareBasis } from './shareBasis.ts';
