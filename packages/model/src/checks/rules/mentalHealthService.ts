import type { StatusType } from '../../schema/enumValues.ts';
import type { Rule } from '../contextTypes.ts';
import { describePerson } from '../describe.ts';
import { about, finding } from '../finding.ts';
import { standardAdultsAndParents } from '../people.ts';
import { currentStatuses, serviceCover, STATUS_WORDS } from '../services.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'mental-health-service';
/** The statuses that say an adult is under mental health services: detained, or in s117 aftercare. */
const MENTAL_HEALTH: ReadonlySet<StatusType> = new Set(['mha_detention', 's117_aftercare']);

/**
 * MS-27: a parent or carer (an adult in a current household, a parent of a subject child, or anyone
 * recorded as caring for someone) with a current mental-health status (detained under the Mental
 * Health Act, or s117 aftercare) has an adult mental health service recorded as involved with them,
 * their household or the family (any status but closed; CAMHS counts for someone under 18). Seed 000:
 * "Seek assurance that all relevant agencies are invited to meetings such as CIN meetings, e.g.
 * Mental Health Services and Adults Social Care were appropriate."
 */
export const mentalHealthService: Rule = (context) => {
  const findings: RawFinding[] = [];
  const cover = serviceCover(context);
  const who = new Set(standardAdultsAndParents(context));
  for (const role of context.family.caringRoles) if (context.isLivingPerson(role.carer)) who.add(role.carer);
  for (const id of who) {
    const statuses = currentStatuses(context, id, MENTAL_HEALTH);
    const first = statuses[0];
    if (!first) continue;
    const services = cover.categoriesFor(id);
    if (services.has('adult_mental_health') || (!context.isAdult(id) && services.has('camhs'))) continue;
    findings.push(
      finding(
        'MS-27',
        RULE,
        'warning',
        'agencies',
        `${describePerson(context, id)} is ${STATUS_WORDS[first] ?? first}, but no adult mental health service is recorded as involved: add the adult mental health service and its involvement`,
        about('person', id),
      ),
    );
  }
  return findings;
};
