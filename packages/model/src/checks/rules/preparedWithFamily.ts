import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';

const RULE = 'prepared-with-family';

/**
 * MS-17: whether the map was prepared with the family is recorded; "no" or "not yet" needs the reason.
 * A "yes" or "partly" without a date gets a prompt.
 */
export const preparedWithFamily: Rule = (context) => {
  const { family } = context;
  const prepared = family.preparedWithFamily;
  const subject = about('family', family.id);
  if (!prepared) {
    return [
      finding(
        'MS-17',
        RULE,
        'error',
        'preparedWithFamily',
        'Not recorded whether this family map was prepared with the family',
        subject,
      ),
    ];
  }
  if ((prepared.value === 'no' || prepared.value === 'not_yet') && !prepared.reason?.trim()) {
    const said = prepared.value === 'no' ? 'not' : 'not yet';
    return [
      finding(
        'MS-17',
        RULE,
        'error',
        'preparedWithFamily.reason',
        `Family map ${said} prepared with the family: record the reason`,
        subject,
      ),
    ];
  }
  if ((prepared.value === 'yes' || prepared.value === 'partly') && !prepared.date) {
    return [
      finding(
        'MS-17',
        RULE,
        'info',
        'preparedWithFamily.date',
        'Prepared with the family: record when, and who was present',
        subject,
      ),
    ];
  }
  return [];
};
