// A seeded generator of realistic families for layout tests, benchmarks, stories and the demo.
// Same options → the same family, byte for byte. Produces a fully defaulted, valid `Family`.
import { createId } from '@kinmap/model';
import type {
  Agency,
  CaringRole,
  EmotionalRelationship,
  Family,
  GenderIdentity,
  Household,
  Involvement,
  MultipleBirth,
  ParentChildLink,
  Partnership,
  PartnershipEvent,
  Person,
  PersonId,
} from '@kinmap/model';

export interface GenerateFamilyOptions {
  /** About how many people (symbols) the family has. The result has exactly this many. */
  people: number;
  /** Seed of the pseudo-random generator. Default 1. */
  seed?: number;
  /** Chart date. Default "2025-01-01". */
  asAt?: string;
}

/** Mulberry32: a small, fast, seeded generator returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0 || 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN_F = [
  'Amy',
  'Bea',
  'Cara',
  'Dina',
  'Esme',
  'Faye',
  'Gita',
  'Hana',
  'Isla',
  'Jade',
  'Kira',
  'Lola',
];
const GIVEN_M = ['Adam', 'Ben', 'Carl', 'Dev', 'Eli', 'Finn', 'Gus', 'Hugo', 'Ivan', 'Jack', 'Kofi', 'Leo'];
const FAMILY = ['Jones', 'Khan', 'Smith', 'Okafor', 'Nowak', 'Patel', 'Evans', 'Murphy', 'Ali', 'Brown'];
const LONG = 'Fitzwilliam-Montgomery';

/**
 * Makes a realistic family: 13–19% of partnered people have two or more partnerships (most adults
 * of the family who are old enough re-partner), twins, adoption, unknown-parent
 * placeholders, pregnancy losses, households, a few agencies with involvements, emotional
 * relationships and caring roles. Deterministic for a given seed.
 *
 * @example
 * const family = generateFamily({ people: 1000, seed: 1 });
 */
export function generateFamily(options: GenerateFamilyOptions): Family {
  const target = Math.max(1, Math.floor(options.people));
  const random = seededRandom(options.seed ?? 1);
  const asAt = options.asAt ?? '2025-01-01';
  const asAtYear = Number(asAt.slice(0, 4));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number) => random() < p;

  const people: Person[] = [];
  const partnerships: Partnership[] = [];
  const links: ParentChildLink[] = [];
  const multipleBirths: MultipleBirth[] = [];
  const born = new Map<PersonId, number>();
  const genderOf = new Map<PersonId, GenderIdentity>();
  const familyName = new Map<PersonId, string>();
  const partnersOf = new Map<PersonId, number>();
  let n = 0;

  const full = () => people.length >= target;
  function addPerson(year: number, surname: string, extra: Partial<Person> = {}): PersonId {
    n += 1;
    const id = createId('person', `p${n}`);
    const g: GenderIdentity = chance(0.02)
      ? pick(['non_binary', 'unknown', 'not_asked'] as const)
      : chance(0.5)
        ? 'woman'
        : 'man';
    const given = pick(g === 'woman' ? GIVEN_F : GIVEN_M);
    const age = asAtYear - year;
    const deceased = age > 75 ? chance(0.6) : chance(0.01);
    const person: Person = {
      id,
      kind: 'person',
      names: {
        given,
        family: chance(0.01) ? LONG : surname,
        ...(chance(0.1) ? { knownAs: given.slice(0, 3) } : {}),
        other: [],
      },
      sexAtBirth: g === 'woman' ? 'female' : g === 'man' ? 'male' : 'not_asked',
      genderIdentity: g,
      birth: { date: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`, estimated: false },
      vitalStatus: deceased ? 'deceased' : 'living',
      ...(deceased
        ? {
            death: {
              date: String(Math.min(asAtYear, year + 60 + Math.floor(random() * 30))),
              estimated: false,
            },
          }
        : {}),
      significance: 'family',
      statuses: [],
      safeguardingChecks: [],
      caringAsked: 'not_asked',
      ...extra,
    };
    if (age < 18 && chance(0.15)) {
      person.statuses.push({
        type: pick(['child_in_need', 'child_protection_plan', 'looked_after'] as const),
        ...(chance(0.5) ? { cpCategory: 'neglect' as const } : {}),
      });
    }
    if (age >= 18 && chance(0.1)) {
      person.immigration = {
        status: 'not_asked',
        nrpf: pick(['yes', 'unknown', 'not_asked', 'no'] as const),
      };
    }
    people.push(person);
    born.set(id, year);
    genderOf.set(id, g);
    familyName.set(id, surname);
    return id;
  }

  function addPartnership(a: PersonId, b: PersonId, year: number, ended: boolean): Partnership {
    const married = chance(0.55);
    const events: PartnershipEvent[] = [
      { type: married ? 'married' : 'cohabited', date: String(year), estimated: false },
    ];
    if (ended)
      events.push({
        type: chance(0.5) ? 'divorced' : 'separated',
        date: String(year + 3 + Math.floor(random() * 10)),
        estimated: false,
      });
    const p: Partnership = {
      id: createId('partnership', `u${partnerships.length + 1}`),
      partners: [a, b],
      kind: married ? 'marriage' : chance(0.8) ? 'cohabiting' : 'casual',
      events,
      secret: false,
    };
    partnerships.push(p);
    partnersOf.set(a, (partnersOf.get(a) ?? 0) + 1);
    partnersOf.set(b, (partnersOf.get(b) ?? 0) + 1);
    return p;
  }

  function link(
    parent: PersonId,
    child: PersonId,
    partnership: Partnership | undefined,
    kind: ParentChildLink['kind'],
  ) {
    links.push({
      id: createId('link', `l${links.length + 1}`),
      parent,
      child,
      ...(partnership ? { partnership: partnership.id } : {}),
      kind,
      parentalResponsibility: 'not_asked',
      confidence: 'reported',
    });
  }

  /** A spouse from outside; sometimes with their own parents and a sibling (an in-law family). */
  function spouseFor(person: PersonId): PersonId {
    const year = (born.get(person) ?? 1950) + Math.floor(random() * 7) - 3;
    const surname = pick(FAMILY);
    const spouse = addPerson(year, surname);
    if (chance(0.25) && !full()) {
      const f = addPerson(year - 28, surname);
      const m = full() ? undefined : addPerson(year - 26, surname);
      const couple = m ? addPartnership(f, m, year - 2, false) : undefined;
      for (const parent of m ? [f, m] : [f]) link(parent, spouse, couple, 'birth');
      if (chance(0.6) && !full()) {
        const sib = addPerson(year + 2, surname);
        for (const parent of m ? [f, m] : [f]) link(parent, sib, couple, 'birth');
      }
    }
    return spouse;
  }

  /** Children of one couple (or a single parent with a placeholder). */
  function childrenOf(
    parents: PersonId[],
    couple: Partnership | undefined,
    startYear: number,
    queue: PersonId[],
  ) {
    const count = Math.floor(random() * 4) + (chance(0.3) ? 1 : 0);
    let year = startYear + 1;
    const surname = familyName.get(parents[0] as PersonId) ?? pick(FAMILY);
    for (let i = 0; i < count && !full(); i += 1) {
      year += 1 + Math.floor(random() * 3);
      if (year > asAtYear) break;
      if (chance(0.04)) {
        const loss = addPerson(year, surname, {
          kind: 'pregnancy_loss',
          names: { other: [] },
          genderIdentity: 'unknown',
          sexAtBirth: 'unknown',
          birth: undefined,
          vitalStatus: 'deceased',
          death: undefined,
          loss: { outcome: pick(['miscarriage', 'stillbirth', 'termination'] as const), date: `${year}` },
        });
        for (const p of parents) link(p, loss, couple, 'birth');
        continue;
      }
      const child = addPerson(year, surname);
      const adopted = chance(0.03);
      for (const p of parents) link(p, child, couple, adopted ? 'adoptive' : 'birth');
      queue.push(child);
      if (chance(0.04) && !full()) {
        const twin = addPerson(year, surname, { birth: people[people.length - 1]?.birth });
        for (const p of parents) link(p, twin, couple, adopted ? 'adoptive' : 'birth');
        multipleBirths.push({
          id: createId('multipleBirth', `m${multipleBirths.length + 1}`),
          members: [child, twin],
          zygosity: pick(['mz', 'dz', 'unknown'] as const),
        });
        queue.push(twin);
      }
    }
    if (couple === undefined && asAtYear - startYear < 40 && chance(0.3) && !full()) {
      const baby = addPerson(asAtYear, surname, {
        kind: 'pregnancy',
        birth: undefined,
        pregnancy: { edd: `${asAtYear}-06` },
      });
      for (const p of parents) link(p, baby, undefined, 'birth');
    }
  }

  // Founders, then breadth-first growth through the generations.
  const queue: PersonId[] = [];
  const roots = Math.max(1, Math.round(target / 400));
  for (let r = 0; r < roots && !full(); r += 1)
    queue.push(addPerson(asAtYear - 95 + Math.floor(random() * 10), pick(FAMILY)));
  let head = 0;
  while (!full()) {
    if (head >= queue.length) queue.push(addPerson(asAtYear - 70 + Math.floor(random() * 20), pick(FAMILY)));
    const person = queue[head] as PersonId;
    head += 1;
    const year = born.get(person) ?? 1950;
    if (asAtYear - year < 19 || chance(0.12)) continue;
    const partnersWanted = chance(0.85) ? 2 + (chance(0.1) ? 1 : 0) : 1;
    let start = year + 20 + Math.floor(random() * 8);
    for (let k = 0; k < partnersWanted && !full() && start < asAtYear; k += 1) {
      if (chance(0.06)) {
        // A single parent; the other parent is not known (a placeholder), "think fathers".
        const unknown = addPerson(year, '', {
          kind: 'placeholder',
          names: { other: [] },
          genderIdentity: 'unknown',
          sexAtBirth: 'unknown',
          birth: undefined,
          vitalStatus: 'unknown',
          death: undefined,
          placeholder: { reasonUnknown: 'not_known_to_family' },
        });
        childrenOf([person, unknown], undefined, start, queue);
      } else {
        const spouse = spouseFor(person);
        const couple = addPartnership(person, spouse, start, k < partnersWanted - 1);
        childrenOf([person, spouse], couple, start, queue);
      }
      start += 8 + Math.floor(random() * 6);
    }
  }

  return decorate({
    people,
    partnerships,
    links,
    multipleBirths,
    born,
    asAt,
    asAtYear,
    random,
    pick,
    chance,
    seed: options.seed ?? 1,
  });
}

interface Parts {
  people: Person[];
  partnerships: Partnership[];
  links: ParentChildLink[];
  multipleBirths: MultipleBirth[];
  born: Map<PersonId, number>;
  asAt: string;
  asAtYear: number;
  random: () => number;
  pick: <T>(list: readonly T[]) => T;
  chance: (p: number) => boolean;
  seed: number;
}

/** Households, agencies, involvements, emotional relationships and caring roles over the structure. */
function decorate(parts: Parts): Family {
  const { people, partnerships, links, born, asAtYear, pick, chance } = parts;
  const households: Household[] = [];
  const childrenBy = new Map<string, PersonId[]>();
  for (const l of links)
    if (l.partnership) childrenBy.set(l.partnership, [...(childrenBy.get(l.partnership) ?? []), l.child]);
  const living = new Set(
    people.filter((p) => p.vitalStatus === 'living' && p.kind === 'person').map((p) => p.id),
  );
  for (const p of partnerships) {
    if (households.length > people.length / 6) break;
    const ended = p.events.some((e) => e.type === 'divorced' || e.type === 'separated');
    const adults = p.partners.filter((a) => living.has(a));
    if (adults.length === 0 || ended) continue;
    const kids = [...new Set(childrenBy.get(p.id) ?? [])].filter(
      (c) => living.has(c) && asAtYear - (born.get(c) ?? 0) < 18,
    );
    const members = [...adults, ...kids].map((person, i) => ({
      person,
      membership: i > 0 && chance(0.1) ? ('part_time' as const) : ('resident' as const),
    }));
    households.push({
      id: createId('household', `h${households.length + 1}`),
      label: `Household ${households.length + 1}`,
      members,
    });
  }
  const agencyCount = Math.min(6, 1 + Math.floor(people.length / 40));
  const categories = ['school', 'gp', 'police', 'camhs', 'housing', 'health_visitor'] as const;
  const agencies: Agency[] = [];
  const involvements: Involvement[] = [];
  for (let i = 0; i < agencyCount; i += 1) {
    const id = createId('agency', `a${i + 1}`);
    agencies.push({
      id,
      category: categories[i % categories.length] as (typeof categories)[number],
      name: `Agency ${i + 1}`,
    });
    const person = pick(people).id;
    const household = households.length > 0 && chance(0.4) ? pick(households).id : undefined;
    involvements.push({
      id: createId('involvement', `i${i + 1}`),
      agency: id,
      with: household
        ? { kind: 'household', household }
        : chance(0.2)
          ? { kind: 'family' }
          : { kind: 'person', person },
      roles: [],
      status: 'open',
      strength: pick(['weak', 'tenuous_uncertain', 'strong'] as const),
      quality: pick(['stressful', 'not_stressful'] as const),
      flow: pick(['to_family', 'from_family', 'both', 'none'] as const),
      invitedToMeetings: 'not_asked',
    });
  }
  const emotionalRelationships: EmotionalRelationship[] = [];
  const emotionalCount = Math.max(1, Math.floor(people.length / 25));
  for (let i = 0; i < emotionalCount && people.length > 1; i += 1) {
    const from = pick(people).id;
    const to = pick(people).id;
    if (from === to) continue;
    const type = pick(['close', 'conflict', 'cutoff', 'focused_on', 'physical_abuse', 'distant'] as const);
    emotionalRelationships.push({
      id: createId('emotional', `e${i + 1}`),
      from,
      to,
      type,
      direction: type === 'focused_on' || type === 'physical_abuse' ? 'from_to' : 'mutual',
      basis: 'reported',
    });
  }
  const caringRoles: CaringRole[] = [];
  for (const l of links.slice(0, Math.max(1, Math.floor(links.length / 30)))) {
    const young = asAtYear - (born.get(l.child) ?? 0) < 18;
    if (!living.has(l.child) || !living.has(l.parent)) continue;
    caringRoles.push({
      id: createId('caringRole', `c${caringRoles.length + 1}`),
      carer: l.child,
      caredFor: l.parent,
      role: young ? 'young_carer' : 'adult_carer',
      careKinds: [],
      assessment: 'unknown',
      appropriate: 'unknown',
    });
  }
  return {
    formatVersion: 3,
    id: createId('family', `generated-${parts.seed}-${people.length}`),
    title: `Generated family (${people.length} people, seed ${parts.seed})`,
    asAt: parts.asAt,
    subjects: people.length > 0 ? [(people[people.length - 1] as Person).id] : [],
    statements: {},
    notationProfile: 'mcgoldrick',
    people,
    partnerships,
    parentChildLinks: links,
    multipleBirths: parts.multipleBirths,
    households,
    emotionalRelationships,
    agencies,
    involvements,
    caringRoles,
    checklistRecords: [],
    shares: [],
    fieldSources: [],
  };
}
