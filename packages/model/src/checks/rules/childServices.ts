import type { AgencyCategory, StatusType } from '../../schema/enumValues.ts';
import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import { currentStatuses, serviceCover, STATUS_WORDS } from '../services.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'child-services';
/** A child "subject to a plan": child in need, child protection (also pre-birth) or looked after. */
const PLANS: ReadonlySet<StatusType> = new Set([
  'child_in_need',
  'child_protection_plan',
  'unborn_cp_plan',
  'looked_after',
]);
const SCHOOLS: readonly AgencyCategory[] = ['school', 'early_years_setting', 'college'];
/** Health visitors see children until they start school (age 5). */
const HEALTH_VISITOR_UNTIL = 5;

/**
 * MS-29: a living child (under 18) with a current child in need, child protection or looked-after
 * status has the universal services recorded: a GP (an agency, or the GP practice in their identity
 * set); a health visitor when under 5; a school, college or early years setting from 5 (or when the
 * age is not known; the school in their identity set counts too). One finding per missing service.
 * An unborn baby is not asked about. Seed 000: "Children's Social Care are logging the involvement of
 * GPs and Health professionals. If there are cases when professionals are not being invited, this
 * should be raised as a concern."
 */
export const childServices: Rule = (context) => {
  const findings: RawFinding[] = [];
  const cover = serviceCover(context);
  for (const person of context.family.people) {
    const id = person.id;
    if (!context.isLivingPerson(id) || context.isAdult(id)) continue;
    const plan = currentStatuses(context, id, PLANS)[0];
    if (!plan) continue;
    const services = cover.categoriesFor(id);
    const age = context.ageAt(id);
    const who = `${context.name(id)} ${STATUS_WORDS[plan] ?? plan}`;
    const missing = (service: string, what: string) =>
      findings.push(
        finding(
          'MS-29',
          RULE,
          'warning',
          'agencies',
          `${who}, but no ${service} is recorded: add ${what}`,
          about('person', id),
        ),
      );
    if (!services.has('gp') && !person.identity?.gpPractice?.trim())
      missing('GP', 'their GP practice as an agency involved with them');
    if (age && age.years < HEALTH_VISITOR_UNTIL) {
      if (!services.has('health_visitor')) missing('health visitor', 'the health visiting service');
    } else if (!SCHOOLS.some((c) => services.has(c)) && !person.identity?.schoolOrSetting?.trim()) {
      missing('school, college or early years setting', 'their school, college or setting');
    }
  }
  return findings;
};
