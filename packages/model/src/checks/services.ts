import { isWithin } from '../dates/isWithin.ts';
import type { AgencyCategory, StatusType } from '../schema/enumValues.ts';
import type { CheckContext } from './contextTypes.ts';

/** Services for the people who need them: the agency categories, by who is covered. */
export interface ServiceCover {
  /** The agency categories with a live (not closed) involvement covering the person. */
  categoriesFor(id: string): ReadonlySet<AgencyCategory>;
}

const cache = new WeakMap<CheckContext, ServiceCover>();
const NONE: ReadonlySet<AgencyCategory> = new Set();

/**
 * Which agency categories are involved with each person: an involvement covers the person when it is
 * with them, with a household they currently live in, or with the whole family; any status except
 * `closed` counts (a referral, a waiting list or a refusal is recorded knowledge of the service).
 * Computed once per check run; linear in the size of the family.
 */
export function serviceCover(context: CheckContext): ServiceCover {
  const cached = cache.get(context);
  if (cached) return cached;
  const { family } = context;
  const categoryOf = new Map<string, AgencyCategory>(family.agencies.map((a) => [a.id, a.category]));
  const family_ = new Set<AgencyCategory>();
  const byHousehold = new Map<string, Set<AgencyCategory>>();
  const byPerson = new Map<string, Set<AgencyCategory>>();
  const add = (map: Map<string, Set<AgencyCategory>>, key: string, category: AgencyCategory) => {
    const set = map.get(key) ?? new Set<AgencyCategory>();
    set.add(category);
    map.set(key, set);
  };
  for (const involvement of family.involvements) {
    if (involvement.status === 'closed') continue;
    const category = categoryOf.get(involvement.agency);
    if (!category) continue;
    const target = involvement.with;
    if (target.kind === 'family') family_.add(category);
    else if (target.kind === 'household') add(byHousehold, target.household, category);
    else add(byPerson, target.person, category);
  }
  const memo = new Map<string, ReadonlySet<AgencyCategory>>();
  const cover: ServiceCover = {
    categoriesFor(id) {
      const known = memo.get(id);
      if (known) return known;
      const homes = context.membershipsByPerson.get(id) ?? [];
      const parts = [family_, byPerson.get(id), ...homes.map((m) => byHousehold.get(m.household.id))];
      const all = new Set<AgencyCategory>();
      for (const part of parts) for (const c of part ?? NONE) all.add(c);
      memo.set(id, all);
      return all;
    },
  };
  cache.set(context, cover);
  return cover;
}

/** The person's statuses of these types that are current at the check date. */
export function currentStatuses(
  context: CheckContext,
  id: string,
  types: ReadonlySet<StatusType>,
): StatusType[] {
  const statuses = context.people.get(id)?.value.statuses ?? [];
  return statuses.filter((s) => types.has(s.type) && isWithin(s, context.asAt)).map((s) => s.type);
}

/** Plain words for the statuses named in the service rules' messages. */
export const STATUS_WORDS: Partial<Record<StatusType, string>> = {
  mha_detention: 'detained under the Mental Health Act',
  s117_aftercare: 'receiving section 117 aftercare',
  care_act_assessment: 'has a Care Act assessment of care and support needs',
  carers_assessment: "has a carer's assessment",
  dols_authorisation: 'subject to a Deprivation of Liberty authorisation',
  court_of_protection_order: 'subject to a Court of Protection order',
  lacks_capacity_for: 'lacks capacity for some decisions',
  learning_disability: 'has a learning disability',
  s42_enquiry: 'subject to a section 42 safeguarding enquiry',
  lpa_or_deputy: 'has an attorney or deputy acting for them',
  child_in_need: 'has a child in need plan',
  child_protection_plan: 'has a child protection plan',
  unborn_cp_plan: 'has a pre-birth child protection plan',
  looked_after: 'is looked after',
};
