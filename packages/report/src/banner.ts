import type { RedactionProfile, RedactionSummary, SensitivityClass } from '@kinmap/model';

/** Who each profile's copy is for, in the words on the report's banner. */
export const PROFILE_TITLES: Readonly<Record<RedactionProfile, string>> = {
  case_record: 'Case record copy',
  partner_agency: 'Partner agency copy',
  court_bundle: 'Court bundle copy',
  family_copy: 'Family copy',
  subject_access: 'Subject access draft, not for release',
  anonymised: 'Anonymised copy',
};

/** Each class in plain words: [one, many]. */
const CLASS_WORDS: Readonly<Record<SensitivityClass, readonly [string, string]>> = {
  confidential_location: ['confidential address', 'confidential addresses'],
  special_category: ['health, ethnicity or religion item', 'health, ethnicity or religion items'],
  criminal: ['offence or abuse item', 'offence or abuse items'],
  immigration: ['immigration detail', 'immigration details'],
  third_party: ['source or informant detail', 'source or informant details'],
  gender_history: ['sex-at-birth detail', 'sex-at-birth details'],
  court_restricted: ['court proceedings item', 'court proceedings items'],
  personal: ['personal detail (such as a date of birth)', 'personal details (such as dates of birth)'],
  public_within_case: ['name or relationship item', 'name or relationship items'],
};

/** The order the banner names classes in: the most sensitive first. */
const BANNER_ORDER: readonly SensitivityClass[] = [
  'confidential_location',
  'special_category',
  'criminal',
  'immigration',
  'third_party',
  'gender_history',
  'court_restricted',
  'personal',
  'public_within_case',
];

function list(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * What a redaction took out, class by class, most sensitive first, each as a count with its noun:
 * `['1 confidential address', '3 health, ethnicity or religion items']`. The report's banner and the
 * demo's share dialog both say it this way, so the dialog and the PDF agree.
 *
 * @example
 * ```ts
 * import { removedClassWords } from '@kinmap/report/banner';
 * removedClassWords(redactFamily(family, 'partner_agency').summary).join(', ');
 * ```
 */
export function removedClassWords(summary: RedactionSummary): string[] {
  return BANNER_ORDER.filter((cls) => (summary.removed[cls] ?? 0) > 0).map((cls) => {
    const n = summary.removed[cls];
    const [one, many] = CLASS_WORDS[cls];
    return `${n} ${n === 1 ? one : many}`;
  });
}

/**
 * The report's banner in plain words, from the redaction summary: who the copy is for and what was
 * taken out, by class, most sensitive first. Counts only: nothing taken out is named.
 *
 * @example
 * ```ts
 * import { redactFamily } from '@kinmap/model';
 * import { reportBanner } from '@kinmap/report';
 * reportBanner(redactFamily(family, 'partner_agency').summary);
 * // 'Partner agency copy: 1 confidential address and 3 health, ethnicity or religion items removed'
 * ```
 */
export function reportBanner(summary: RedactionSummary): string {
  const title = PROFILE_TITLES[summary.profile];
  const parts = removedClassWords(summary);
  const people = summary.removedEntries.people ?? 0;
  const sentences = parts.length > 0 ? [`${list(parts)} removed`] : [];
  if (people > 0) sentences.push(`${people} ${people === 1 ? 'person' : 'people'} left out`);
  if (sentences.length === 0) return `${title}: nothing removed`;
  return `${title}: ${sentences.join('; ')}`;
}
