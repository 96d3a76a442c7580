import {
  displayName,
  type AgencyId,
  todayIsoDate,
  type Family,
  type PersonId,
  REDACTION_PROFILES,
  redactionOptIns,
  type RedactionProfile,
  type RedactOptions,
  type SensitivityClass,
} from '@kinmap/model';
import { fileNameFor } from '../../files/download.ts';

/** Who the copy is for: one of the map's agencies, or anyone else, typed. */
export type RecipientChoice = { kind: 'agency'; agencyId: AgencyId } | { kind: 'other'; name: string };

/** What the person sharing has chosen in the dialog. */
export interface ShareChoices {
  recipient: RecipientChoice;
  profile: RedactionProfile;
  /** subject_access: the person who asked (required). */
  requester: PersonId | '';
  /** family_copy: the people the copy is for (their own details stay). */
  familyMembers: readonly PersonId[];
  /**
   * Classes the profile leaves out that this recipient needs ("needed for the purpose"), each with
   * the reason typed so far. A class is ticked when it has an entry, even an empty one.
   */
  include: Partial<Record<SensitivityClass, string>>;
}

/** The dialog's fields that can be wrong, each with its message. */
export type ShareProblems = Partial<Record<'recipient' | 'requester' | 'include', string>>;

/**
 * The classes each profile lets the sharer keep with a reason (docs/sharing.md, "✓?"), from the
 * model's own rules: health, offence and immigration detail a partner or the court needs; confidential
 * addresses in the own record; abuse allegations and court information the family already knows;
 * other people's information in a subject access draft, after the ICO three-step test.
 */
export const OPT_IN_CLASSES: Readonly<Record<RedactionProfile, readonly SensitivityClass[]>> =
  Object.fromEntries(REDACTION_PROFILES.map((profile) => [profile, redactionOptIns(profile)])) as Record<
    RedactionProfile,
    readonly SensitivityClass[]
  >;

/** The classes ticked for this profile (only those it allows), with their reasons. */
function ticked(choices: Pick<ShareChoices, 'profile' | 'include'>): [SensitivityClass, string][] {
  return OPT_IN_CLASSES[choices.profile]
    .filter((cls) => choices.include[cls] !== undefined)
    .map((cls) => [cls, choices.include[cls] ?? '']);
}

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
 * shareProblems(family, { recipient: { kind: 'other', name: '' }, profile: 'partner_agency', requester: '', familyMembers: [], include: {} });
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
  if (ticked(choices).some(([, reason]) => reason.trim() === ''))
    problems.include = 'Say why the recipient needs each kind of information you ticked.';
  return problems;
}

/**
 * The options `redactFamily` needs for these choices: who a family copy is for, who made a subject
 * access request, the classes kept because they are needed (each with its reason; one ticked without
 * a reason yet is left out), and for an anonymised copy of a map without an "as at" date, today
 * (ages are counted to it). People no longer on the map are left out of the lists.
 */
export function redactOptionsFor(
  family: Family,
  choices: Pick<ShareChoices, 'profile' | 'requester' | 'familyMembers' | 'include'>,
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
  const include = ticked(choices).filter(([, reason]) => reason.trim() !== '');
  if (include.length > 0)
    options.include = Object.fromEntries(include.map(([cls, reason]) => [cls, { reason: reason.trim() }]));
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
  const words = PROFILE_FILE_WORDS[profile];
  // An anonymised copy's title already says so ("Family map (anonymised)").
  const title = copyTitle.toLowerCase().includes(words) ? copyTitle : `${copyTitle.slice(0, 40)} ${words}`;
  return fileNameFor(title, extension);
}
