import type { StatusType } from '../../schema/enumValues.ts';
import type { Rule } from '../contextTypes.ts';
import { describePerson } from '../describe.ts';
import { about, finding } from '../finding.ts';
import { standardAdultsAndParents } from '../people.ts';
import { currentStatuses, serviceCover, STATUS_WORDS } from '../services.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'adult-social-care';
/** Statuses that say an adult has care and support needs (Care Act 2014) or is a carer. */
const CARE_NEEDS: ReadonlySet<StatusType> = new Set([
  'care_act_assessment',
  'carers_assessment',
  'dols_authorisation',
  'court_of_protection_order',
  'lacks_capacity_for',
  'learning_disability',
  's42_enquiry',
  'lpa_or_deputy',
]);
/** Caring roles whose carer's assessment is Adult Social Care's (a parent carer's is children's services'). */
const ADULT_CARER_ROLES = new Set(['adult_carer', 'young_adult_carer']);

/**
 * MS-28: an adult with care and support needs (a Care Act assessment, a DoLS authorisation, a Court
 * of Protection order, lacking capacity, a learning disability, a s42 enquiry, an attorney or deputy,
 * or cared for by someone on the map) or an adult carer of an adult (or with a carer's assessment) has
 * Adult Social Care recorded as involved with them, their household or the family (any status but
 * closed). Asked for adults in a current household, parents of subject children and anyone in a caring
 * role. Seed 000: "…e.g. Mental Health Services and Adults Social Care were appropriate."
 */
export const adultSocialCare: Rule = (context) => {
  const findings: RawFinding[] = [];
  const cover = serviceCover(context);
  const reasons = new Map<string, string>();
  for (const id of standardAdultsAndParents(context)) {
    const first = currentStatuses(context, id, CARE_NEEDS)[0];
    if (first) reasons.set(id, STATUS_WORDS[first] ?? first);
  }
  for (const role of context.family.caringRoles) {
    if (role.role === 'paid_carer') continue;
    const caredFor = role.caredFor;
    if (caredFor !== undefined && !reasons.has(caredFor) && context.isAdult(caredFor)) {
      reasons.set(caredFor, `is cared for by ${context.name(role.carer)}`);
    }
    const caresForAdult =
      ADULT_CARER_ROLES.has(role.role) || (caredFor !== undefined && context.isAdult(caredFor));
    if (!reasons.has(role.carer) && context.isAdult(role.carer) && caresForAdult) {
      reasons.set(role.carer, caredFor === undefined ? 'is a carer' : `cares for ${context.name(caredFor)}`);
    }
  }
  for (const [id, reason] of reasons) {
    if (!context.isLivingPerson(id) || !context.isAdult(id)) continue;
    if (cover.categoriesFor(id).has('adult_social_care')) continue;
    findings.push(
      finding(
        'MS-28',
        RULE,
        'warning',
        'agencies',
        `${describePerson(context, id)} ${reason}, but Adult Social Care is not recorded as involved: add Adult Social Care and its involvement (a referral counts)`,
        about('person', id),
      ),
    );
  }
  return findings;
};
