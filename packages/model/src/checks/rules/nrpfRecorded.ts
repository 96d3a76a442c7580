import type { Rule } from '../contextTypes.ts';
import { describePerson } from '../describe.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';
import { standardAdultsAndParents } from '../people.ts';

const RULE = 'nrpf-recorded';
/** Statuses that carry recourse to public funds by definition: no NRPF question to ask. */
const NO_NRPF_QUESTION = new Set(['british_citizen', 'irish_citizen', 'right_of_abode']);

/**
 * MS-06: NRPF is recorded for every adult in a current household and for every parent of a subject
 * child. `not_asked` (or nothing recorded) is an error; `unknown` is a warning (record the checking
 * step). A British or Irish citizen needs no NRPF answer.
 */
export const nrpfRecorded: Rule = (context) => {
  const findings: RawFinding[] = [];
  for (const id of standardAdultsAndParents(context)) {
    const immigration = context.people.get(id)?.value.immigration;
    if (immigration && NO_NRPF_QUESTION.has(immigration.status)) continue;
    const nrpf = immigration?.nrpf ?? 'not_asked';
    if (nrpf !== 'not_asked' && nrpf !== 'unknown') continue;
    findings.push(
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
  }
  return findings;
};
