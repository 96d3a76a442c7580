import { isWithin } from '@kinmap/model';
import type {
  Family,
  Household,
  MultipleBirth,
  ParentChildLink,
  Partnership,
  Person,
  PersonId,
} from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';

/** Lookup tables over the drawable part of a family. Dangling references are dropped here, once. */
export interface FamilyIndex {
  people: Person[];
  byId: Map<PersonId, Person>;
  /** Position of each person in `family.people`: the tie-breaker that keeps output deterministic. */
  order: Map<PersonId, number>;
  /** Partnerships between two different drawn people. */
  partnerships: Partnership[];
  partnershipsOf: Map<PersonId, Partnership[]>;
  /** Links between two different drawn people. */
  links: ParentChildLink[];
  linksOfChild: Map<PersonId, ParentChildLink[]>;
  multipleOf: Map<PersonId, MultipleBirth>;
  /** Households as at the chart date, with their drawn members by kind of membership. */
  households: CurrentHousehold[];
  /** The current households each drawn person lives in (residents and part-time members). */
  homesOf: Map<PersonId, Household['id'][]>;
}

/** A household as at the chart date. */
export interface CurrentHousehold {
  household: Household;
  residents: PersonId[];
  partTime: PersonId[];
  visitors: PersonId[];
}

const RESIDENT = new Set(['resident', 'temporary', 'unknown']);

function currentHouseholds(family: Family, byId: Map<PersonId, Person>, asAt: string): CurrentHousehold[] {
  const out: CurrentHousehold[] = [];
  for (const household of family.households) {
    if (!isWithin(household, asAt)) continue;
    const entry: CurrentHousehold = { household, residents: [], partTime: [], visitors: [] };
    for (const m of household.members) {
      if (!byId.has(m.person) || !isWithin(m, asAt)) continue;
      if (RESIDENT.has(m.membership)) entry.residents.push(m.person);
      else if (m.membership === 'part_time') entry.partTime.push(m.person);
      else if (m.membership === 'regular_visitor') entry.visitors.push(m.person);
    }
    out.push(entry);
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the index; pregnancy losses are left out when `showPregnancyLosses` is false. */
export function buildIndex(family: Family, options: ResolvedOptions): FamilyIndex {
  const people: Person[] = [];
  const byId = new Map<PersonId, Person>();
  const order = new Map<PersonId, number>();
  family.people.forEach((person, i) => {
    if (byId.has(person.id)) return; // a duplicate id is drawn once
    if (person.kind === 'pregnancy_loss' && !options.showPregnancyLosses) return;
    people.push(person);
    byId.set(person.id, person);
    order.set(person.id, i);
  });
  const partnerships: Partnership[] = [];
  const partnershipsOf = new Map<PersonId, Partnership[]>();
  for (const p of family.partnerships) {
    const [a, b] = p.partners;
    if (a === b || !byId.has(a) || !byId.has(b)) continue;
    partnerships.push(p);
    push(partnershipsOf, a, p);
    push(partnershipsOf, b, p);
  }
  const links: ParentChildLink[] = [];
  const linksOfChild = new Map<PersonId, ParentChildLink[]>();
  for (const l of family.parentChildLinks) {
    if (l.parent === l.child || !byId.has(l.parent) || !byId.has(l.child)) continue;
    links.push(l);
    push(linksOfChild, l.child, l);
  }
  const multipleOf = new Map<PersonId, MultipleBirth>();
  for (const m of family.multipleBirths)
    for (const id of m.members) if (!multipleOf.has(id)) multipleOf.set(id, m);
  const households = currentHouseholds(family, byId, options.asAt);
  const homesOf = new Map<PersonId, Household['id'][]>();
  for (const h of households)
    for (const id of [...h.residents, ...h.partTime]) push(homesOf, id, h.household.id);
  return {
    people,
    byId,
    order,
    partnerships,
    partnershipsOf,
    links,
    linksOfChild,
    multipleOf,
    households,
    homesOf,
  };
}
