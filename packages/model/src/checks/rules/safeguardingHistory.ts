import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import { historyGaps } from '../personGaps.ts';

const RULE = 'safeguarding-history';

/**
 * MS-15: previous safeguarding history checked for every adult in a current household (regular
 * visitors included), every parent of a subject child (non-resident fathers included) and every adult
 * child of those parents. A check counts whatever its result (`none_known` is an answer), except
 * `not_checked`; a `pending` check gets a prompt. Who is listed comes from `historyGaps`, which the
 * chart's `chartFlags` uses too.
 */
export const safeguardingHistory: Rule = (context) =>
  historyGaps(context).map(({ id, state, who }) => {
    const at = `${context.personPath(id)}.safeguardingChecks`;
    return state === 'not_checked'
      ? finding(
          'MS-15',
          RULE,
          'error',
          at,
          `${who()}: previous safeguarding history not checked`,
          about('person', id),
        )
      : finding(
          'MS-15',
          RULE,
          'info',
          at,
          `${who()}: safeguarding history check pending`,
          about('person', id),
        );
  });
