import type { IdentitySet } from '../schema/identity.ts';
import type { Immigration } from '../schema/immigration.ts';
import type { CheckContext } from './contextTypes.ts';
import { standardAdultsAndParents } from './people.ts';
import type { StandardItemKey, StandardItemStart } from './types.ts';

/** What each item needs recorded before it counts as started, and where to record it first. */
const START: Record<StandardItemKey, StandardItemStart> = {
  household: { path: 'households', message: 'Record who lives in the house: add a household' },
  significantPeople: {
    path: 'people',
    message:
      'Add the family: parents, relatives and other people who matter, or record that no significant people were identified',
  },
  agencies: {
    path: 'agencies',
    message: 'Add the agencies involved, or record that no other agencies are involved',
  },
  nrpf: {
    path: 'people',
    message:
      'Record immigration status or NRPF for the adults in the household and the parents (add them first if they are not on the map)',
  },
  identity: {
    path: 'people',
    message:
      'Record identity details (NHS number, ethnicity, first language, interpreter…) for the children and the adults in the household',
  },
  caringRoles: {
    path: 'caringRoles',
    message:
      'Ask whether anyone in the household cares for someone, and record the answer or the caring role',
  },
  safeguardingHistory: {
    path: 'people',
    message: 'Record a check of previous safeguarding history for the adults and parents',
  },
  preparedWithFamily: {
    path: 'preparedWithFamily',
    message: 'Record whether this family map was prepared with the family',
  },
};

/** True when an immigration record holds any answer (a status or an NRPF answer other than "not asked"). */
function immigrationAnswered(immigration: Immigration | undefined): boolean {
  return (
    immigration !== undefined && (immigration.status !== 'not_asked' || immigration.nrpf !== 'not_asked')
  );
}

/** True when an identity set holds any answer (a "not asked" value is not an answer). */
function identityAnswered(identity: IdentitySet | undefined): boolean {
  if (!identity) return false;
  const languages = identity.languages;
  return (
    identity.nhsNumber !== undefined ||
    Boolean(identity.nhsNumberNotRecordedReason?.trim()) ||
    identity.otherIdentifiers.length > 0 ||
    (identity.ethnicity !== undefined && identity.ethnicity.code !== 'not_asked') ||
    Boolean(languages?.first?.trim()) ||
    Boolean(languages?.preferred?.trim()) ||
    (languages !== undefined && languages.interpreterNeeded !== 'not_asked') ||
    Boolean(identity.religion?.trim()) ||
    identity.nationality.length > 0 ||
    Boolean(identity.gpPractice?.trim()) ||
    Boolean(identity.schoolOrSetting?.trim()) ||
    identity.checkedBetweenAgenciesOn !== undefined
  );
}

/**
 * Whether each item of the minimum standard is started: something it needs is recorded. An item
 * that is not started is not met, whatever its findings say, so an empty map meets 0 of 8.
 *
 * - household: any household recorded (current or past);
 * - significantPeople: any parent–child link or partnership, anyone marked a significant other, or
 *   the dated statement that no significant people were identified;
 * - agencies: any agency or involvement, or the dated statement that no other agencies are involved;
 * - nrpf: an immigration status or NRPF answer (other than "not asked") for someone MS-06 asks about
 *   (an adult in a current household or a parent of a subject child);
 * - identity: any identity answer (NHS number or the reason it is not recorded, another identifier,
 *   ethnicity, language, interpreter need, religion, nationality, GP, school, date checked) for a
 *   subject child, an adult in a current household or a parent of a subject child;
 * - caringRoles: anyone's "asked whether they care for someone" answer, or any caring role;
 * - safeguardingHistory: any safeguarding history check with a result other than "not checked";
 * - preparedWithFamily: the "prepared with the family" answer.
 *
 * Linear in the size of the family.
 */
export function itemStarts(context: CheckContext): Map<StandardItemKey, StandardItemStart | undefined> {
  const { family } = context;
  const askedAbout = standardAdultsAndParents(context);
  const identityPeople = new Set<string>([
    ...context.subjectChildren,
    ...context.householdAdults.keys(),
    ...context.parentsOfSubjectChildren.keys(),
  ]);
  const started: Record<StandardItemKey, boolean> = {
    household: family.households.length > 0,
    significantPeople:
      family.parentChildLinks.length > 0 ||
      family.partnerships.length > 0 ||
      family.statements.noSignificantOthers !== undefined ||
      family.people.some((p) => p.significance === 'significant_other'),
    agencies:
      family.agencies.length > 0 ||
      family.involvements.length > 0 ||
      family.statements.noOtherAgencies !== undefined,
    nrpf: askedAbout.some((id) => immigrationAnswered(context.people.get(id)?.value.immigration)),
    identity: [...identityPeople].some((id) => identityAnswered(context.people.get(id)?.value.identity)),
    caringRoles: family.caringRoles.length > 0 || family.people.some((p) => p.caringAsked === 'asked'),
    safeguardingHistory: family.people.some((p) =>
      p.safeguardingChecks.some((c) => c.result !== 'not_checked'),
    ),
    preparedWithFamily: family.preparedWithFamily !== undefined,
  };
  // Land on the first person the item asks about, when there is one.
  const firstAsked = askedAbout[0];
  const firstIdentity = [...identityPeople].find((id) => context.isLivingPerson(id));
  const firstHousehold = context.currentHouseholds[0];
  const paths: Partial<Record<StandardItemKey, string>> = {
    nrpf: firstAsked === undefined ? undefined : `${context.personPath(firstAsked)}.immigration.nrpf`,
    identity: firstIdentity === undefined ? undefined : `${context.personPath(firstIdentity)}.identity`,
    safeguardingHistory:
      firstAsked === undefined ? undefined : `${context.personPath(firstAsked)}.safeguardingChecks`,
    caringRoles:
      firstHousehold?.value.members[0] === undefined
        ? undefined
        : `${context.personPath(firstHousehold.value.members[0].person)}.caringAsked`,
  };
  const result = new Map<StandardItemKey, StandardItemStart | undefined>();
  for (const key of Object.keys(START) as StandardItemKey[]) {
    const path = paths[key];
    result.set(key, started[key] ? undefined : { ...START[key], ...(path === undefined ? {} : { path }) });
  }
  return result;
}
