import type { Rule } from '../contextTypes.ts';
import { describePerson } from '../describe.ts';
import { about, finding } from '../finding.ts';
import { nrpfGaps } from '../personGaps.ts';

const RULE = 'nrpf-recorded';

/**
 * MS-06: NRPF is recorded for every adult in a current household and for every parent of a subject
 * child. `not_asked` (or nothing recorded) is an error; `unknown` is a warning (record the checking
 * step). A British or Irish citizen needs no NRPF answer. Who is listed comes from `nrpfGaps`, which
 * the chart's `chartFlags` uses too.
 */
export const nrpfRecorded: Rule = (context) =>
  nrpfGaps(context).map(({ id, nrpf }) =>
    finding(
      'MS-06',
      RULE,
      nrpf === 'not_asked' ? 'error' : 'warning',
      `${context.personPath(id)}.immigration.nrpf`,
      nrpf === 'not_asked'
        ? `${describePerson(context, id)}: NRPF status not asked`
        : `${describePerson(context, id)}: NRPF status unknown; record how and when it was checked`,
      about('person', id),
    ),
  );
