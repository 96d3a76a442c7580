/**
 * The share dialog's logic, for tests: what a profile removes in words, what the dialog needs before
 * a copy is made, and the options and file names it uses. No components (they need the editor).
 */
export { PROFILE_CHOICES, profileLabel, removalSentence, listWords } from './shareWords.ts';
export type { ProfileChoice } from './shareWords.ts';
export {
  peopleToChoose,
  recipientName,
  redactOptionsFor,
  shareFileName,
  shareProblems,
} from './shareForm.ts';
export type { RecipientChoice, ShareChoices, ShareProblems } from './shareForm.ts';
