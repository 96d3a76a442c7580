import type { RedactionDecision, RedactionProfile, RedactionSummary } from '@kinmap/model';
import { removedClassWords } from '@kinmap/report/banner';

/** One profile as the dialog offers it: a short name and one plain line saying who it is for. */
export interface ProfileChoice {
  profile: RedactionProfile;
  label: string;
  /** Who it is for and what it leaves out, in one line. */
  line: string;
}

/** The six profiles (docs/sharing.md), in the order a practitioner most often needs them. */
export const PROFILE_CHOICES: readonly ProfileChoice[] = [
  {
    profile: 'partner_agency',
    label: 'Another agency',
    line: 'For a strategy meeting, core group or MASH. Leaves out health, offences, immigration detail, confidential addresses, sex at birth and who told us what.',
  },
  {
    profile: 'court_bundle',
    label: 'Court bundle',
    line: 'For court proceedings. As for another agency, and court orders and their dates are left out too.',
  },
  {
    profile: 'family_copy',
    label: 'Copy for the family',
    line: 'Prepared with the family. Other people’s dates of birth, health and immigration details, abuse allegations, court information and our notes are left out.',
  },
  {
    profile: 'subject_access',
    label: 'Subject access request (draft)',
    line: 'A draft reply for the person who asked. Everything about other people beyond names and relationships is held back for you to decide on.',
  },
  {
    profile: 'case_record',
    label: 'Your own agency’s record',
    line: 'Everything except confidential addresses (refuge, placement, adopters).',
  },
  {
    profile: 'anonymised',
    label: 'Anonymised',
    line: 'For training or a review report. Names become roles (“Mother”, “Child 1”), dates become ages, places and notes are left out.',
  },
];

/** The short name of a profile ("Another agency"). */
export function profileLabel(profile: RedactionProfile): string {
  return PROFILE_CHOICES.find((choice) => choice.profile === profile)?.label ?? profile;
}

const ENTRY_WORDS: Record<string, [string, string]> = {
  people: ['person', 'people'],
  partnerships: ['partnership', 'partnerships'],
  parentChildLinks: ['parent–child line', 'parent–child lines'],
  households: ['household', 'households'],
  emotionalRelationships: ['relationship line', 'relationship lines'],
  agencies: ['agency', 'agencies'],
  involvements: ['agency involvement', 'agency involvements'],
  caringRoles: ['caring role', 'caring roles'],
  shares: ['record of an earlier share', 'records of earlier shares'],
  fieldSources: ['note of where a fact came from', 'notes of where facts came from'],
};

/** "3 health items": a count with its noun. */
function counted(count: number, [one, many]: [string, string]): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "a, b and c". */
export function listWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * What a profile takes out of this map, as one sentence for the person sharing: "1 confidential
 * address and 3 health, ethnicity or religion items will be removed." Whole entries that go (a
 * person, a relationship line) are named after the fields.
 *
 * @example
 * removalSentence(redactFamily(family, 'partner_agency').summary);
 * // "1 confidential address and 2 immigration details will be removed."
 */
export function removalSentence(summary: RedactionSummary): string {
  const parts = removedClassWords(summary);
  const entries = Object.entries(summary.removedEntries)
    .filter(([, count]) => count > 0)
    .map(([list, count]) => counted(count, ENTRY_WORDS[list] ?? ['entry', 'entries']));
  if (parts.length === 0 && entries.length === 0)
    return 'Nothing will be removed: the copy holds everything on the map.';
  const sentences: string[] = [];
  if (parts.length > 0) sentences.push(`${listWords(parts)} will be removed.`);
  if (entries.length > 0)
    sentences.push(`${sentences.length > 0 ? 'With them, ' : ''}${listWords(entries)} will be left out.`);
  if (summary.placeholders > 0)
    sentences.push(
      `${counted(summary.placeholders, ['parent is', 'parents are'])} shown only as “not disclosed”.`,
    );
  return sentences.join(' ');
}

/** A path in the map and the ids it names, as the model writes them into a decision's message. */
const PATH_AND_IDS = /\s(?:in|about)\s[A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+(?:\[\d+\])?)*\s\([a-z]+:[^)]*\)/g;
/** An option's name in brackets ("(familyMembers)"). */
const OPTION_NAME = /\s\((?:familyMembers|requester|withhold|include|asAt)\)/g;

/**
 * A redaction decision's message in the practitioner's words: the path and ids the model names
 * ("in parentChildLinks[6] (person:brenda, person:mia)") become the people's names ("about Brenda
 * Walsh and Mia Walsh"), and option names go.
 *
 * @example
 * decisionWords(decision, (id) => names.get(id));
 * // "4 details from family proceedings about Brenda Walsh and Mia Walsh stay: …"
 */
export function decisionWords(
  decision: Pick<RedactionDecision, 'message' | 'people'>,
  nameOf: (id: string) => string | undefined,
): string {
  const names = decision.people.map(nameOf).filter((name): name is string => Boolean(name));
  return decision.message
    .replace(PATH_AND_IDS, names.length > 0 ? ` about ${listWords(names)}` : '')
    .replace(OPTION_NAME, '');
}
