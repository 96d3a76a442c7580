import {
  displayName,
  todayIsoDate,
  type Family,
  type PersonId,
  type RedactionProfile,
  type RedactOptions,
} from '@kinmap/model';
import { fileNameFor } from '../../files/download.ts';

/** Who the copy is for: one of the map's agencies, or anyone else, typed. */
export type RecipientChoice = { kind: 'agency'; agencyId: string } | { kind: 'other'; name: string };

/** What the person sharing has chosen in the dialog. */
export interface ShareChoices {
  recipient: RecipientChoice;
  profile: RedactionProfile;
  /** subject_access: the person who asked (required). */
  requester: PersonId | '';
  /** family_copy: the people the copy is for (their own details stay). */
  familyMembers: readonly PersonId[];
}

/** The dialog's fields that can be wrong, each with its message. */
export type ShareProblems = Partial<Record<'recipient' | 'requester', string>>;

/** The recipient's name as it is recorded: the agency's name, or the text typed (trimmed). */
export function recipientName(family: Family, recipient: RecipientChoice): string {
  if (recipient.kind === 'other') return recipient.name.trim();
  return family.agencies.find((agency) => agency.id === recipient.agencyId)?.name.trim() ?? '';
}

/**
 * What must be put right before a copy can be made, field by field, in plain words. Empty when the
 * choices are complete.
 *
 * @example
 * shareProblems(family, { recipient: { kind: 'other', name: '' }, profile: 'partner_agency', requester: '', familyMembers: [] });
 * // { recipient: 'Say who the copy is for.' }
 */
export function shareProblems(family: Family, choices: ShareChoices): ShareProblems {
  const problems: ShareProblems = {};
  if (recipientName(family, choices.recipient) === '')
    problems.recipient =
      choices.recipient.kind === 'agency'
        ? 'That agency is no longer on the map: choose who the copy is for again.'
        : 'Say who the copy is for.';
  if (choices.profile === 'subject_access') {
    if (choices.requester === '') problems.requester = 'Choose the person who made the request.';
    else if (!family.people.some((person) => person.id === choices.requester))
      problems.requester = 'That person is no longer on the map: choose who made the request again.';
  }
  return problems;
}

/**
 * The options `redactFamily` needs for these choices: who a family copy is for, who made a subject
 * access request, and for an anonymised copy of a map without an "as at" date, today (ages are
 * counted to it). People no longer on the map are left out of the lists.
 */
export function redactOptionsFor(
  family: Family,
  choices: Pick<ShareChoices, 'profile' | 'requester' | 'familyMembers'>,
  today = todayIsoDate(),
): RedactOptions {
  const onMap = new Set(family.people.map((person) => person.id));
  const options: RedactOptions = {};
  if (choices.profile === 'family_copy') {
    const members = choices.familyMembers.filter((id) => onMap.has(id));
    if (members.length > 0) options.familyMembers = members;
  }
  if (choices.profile === 'subject_access' && choices.requester !== '' && onMap.has(choices.requester))
    options.requester = choices.requester;
  if (choices.profile === 'anonymised' && !family.asAt) options.asAt = today;
  return options;
}

/** The people a family copy can be for, or who can make a subject access request: real people, named. */
export function peopleToChoose(family: Family): { id: PersonId; name: string }[] {
  return family.people
    .filter((person) => person.kind !== 'placeholder')
    .map((person) => ({ id: person.id, name: displayName(person) }));
}

const PROFILE_FILE_WORDS: Record<RedactionProfile, string> = {
  case_record: 'case record',
  partner_agency: 'partner agency copy',
  court_bundle: 'court bundle',
  family_copy: 'family copy',
  subject_access: 'subject access draft',
  anonymised: 'anonymised',
};

/**
 * The file name of a shared copy, from the COPY's title (an anonymised copy's title names nobody)
 * and the profile: "walsh-family-kinship-care-partner-agency-copy.pdf".
 */
export function shareFileName(copyTitle: string, profile: RedactionProfile, extension: string): string {
  return fileNameFor(`${copyTitle.slice(0, 40)} ${PROFILE_FILE_WORDS[profile]}`, extension);
}
