// A seeded generator of unusual, valid families for the fuzz run (tests/fuzz, bench/fuzz.ts): siblings
// partnered with siblings, cousins partnered, a person partnered with their step-sibling, people with
// three or more partners, foster and adoptive links across generations, unknown-parent placeholders,
// and names and notes holding characters XML forbids (control characters, U+FFFE, lone surrogates),
// markup characters and emoji. Same seed → the same family. Every family passes parseFamily.
import { seededRandom } from './generateFamily.ts';
import { parseFamily } from '@kinmap/model';
import type { Family } from '@kinmap/model';

/** Pieces of text a practitioner might type or paste, including what XML 1.0 cannot hold. */
export const AWKWARD_TEXT = [
  'Amy',
  'Zoë',
  'Ülkü',
  'Narayana',
  "O'Brien",
  'Smith & Sons',
  '<b>bold</b>',
  '"quoted"',
  ']]>',
  '&amp;',
  '\u0001',
  '\u000b',
  '\u001f',
  '\ufffe',
  '\uffff',
  '\ud800', // a lone high surrogate
  '\udc00', // a lone low surrogate
  '😀',
  '👨‍👩‍👧',
  '\u202eevil', // right-to-left override
  '\t',
  '\r\n',
  'مريم',
  '李',
  ' ',
] as const;

export interface FuzzFamilyOptions {
  /** About how many people; default 6–40 chosen by the seed. */
  people?: number;
}

interface Gen {
  id: string;
  gen: number;
  kind: 'person' | 'placeholder';
}

/**
 * A valid family built by random steps from `seed`. Each structural feature the fuzz run targets is
 * tried with a fair chance in every family. Throws if the result does not pass `parseFamily` (a
 * generator bug, not a finding).
 */
export function fuzzFamily(seed: number, options: FuzzFamilyOptions = {}): Family {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number) => random() < p;
  const target = options.people ?? int(6, 40);

  const ps: Gen[] = [];
  const partnerships: { a: string; b: string }[] = [];
  const links: { parent: string; child: string; kind: string }[] = [];
  const parentsOf = new Map<string, Set<string>>();
  const childrenOf = new Map<string, Set<string>>();

  const add = (gen: number, kind: Gen['kind'] = 'person'): Gen => {
    const p = { id: `person:f${ps.length}`, gen, kind };
    ps.push(p);
    parentsOf.set(p.id, new Set());
    childrenOf.set(p.id, new Set());
    return p;
  };
  const ancestors = (id: string, out = new Set<string>()): Set<string> => {
    for (const p of parentsOf.get(id) ?? []) if (!out.has(p)) ancestors(p, out.add(p));
    return out;
  };
  const partnered = (a: string, b: string) =>
    partnerships.some((q) => (q.a === a && q.b === b) || (q.a === b && q.b === a));
  const partner = (a: Gen, b: Gen) => {
    if (a.id === b.id || partnered(a.id, b.id)) return;
    if (ancestors(a.id).has(b.id) || ancestors(b.id).has(a.id)) return;
    partnerships.push({ a: a.id, b: b.id });
  };
  const link = (parent: Gen, child: Gen, kind = 'birth') => {
    if (parent.id === child.id || ancestors(parent.id).has(child.id)) return; // never a cycle
    if (links.some((l) => l.parent === parent.id && l.child === child.id)) return;
    links.push({ parent: parent.id, child: child.id, kind });
    parentsOf.get(child.id)?.add(parent.id);
    childrenOf.get(parent.id)?.add(child.id);
  };
  const byId = (id: string) => ps.find((p) => p.id === id) as Gen;
  /** Children of a couple (two birth parents), `count` of them. */
  const childrenOfCouple = (a: Gen, b: Gen | undefined, count: number): Gen[] => {
    const kids: Gen[] = [];
    for (let i = 0; i < count; i += 1) {
      const child = add(Math.max(a.gen, b?.gen ?? 0) + 1);
      link(a, child);
      if (b) link(b, child);
      kids.push(child);
    }
    return kids;
  };
  const people = () => ps.filter((p) => p.kind === 'person');

  // Founders: a couple, sometimes with an unknown-parent placeholder beside them.
  const g1 = add(0);
  const g2 = add(0, chance(0.3) ? 'placeholder' : 'person');
  partner(g1, g2);
  childrenOfCouple(g1, g2, int(1, 3));

  while (ps.length < target) {
    const step = random();
    if (step < 0.14) {
      // Two sisters partnered with two brothers (siblings partnered with siblings).
      const p1 = add(int(0, 1));
      const p2 = add(p1.gen, chance(0.5) ? 'placeholder' : 'person');
      const [a1, a2] = childrenOfCouple(p1, chance(0.7) ? p2 : undefined, 2) as [Gen, Gen];
      const q1 = add(p1.gen, chance(0.4) ? 'placeholder' : 'person');
      const [b1, b2] = childrenOfCouple(q1, undefined, 2) as [Gen, Gen];
      partner(a1, b1);
      partner(a2, b2);
      if (chance(0.6)) childrenOfCouple(a1, b1, int(1, 2));
      if (chance(0.6)) childrenOfCouple(a2, b2, int(1, 2));
    } else if (step < 0.26) {
      // Cousins partnered: children of two siblings.
      const parent = add(int(0, 1));
      const [s1, s2] = childrenOfCouple(parent, undefined, 2) as [Gen, Gen];
      const [c1] = childrenOfCouple(s1, undefined, 1) as [Gen];
      const [c2] = childrenOfCouple(s2, chance(0.5) ? add(s2.gen) : undefined, 1) as [Gen];
      partner(c1, c2);
      if (chance(0.5)) childrenOfCouple(c1, c2, 1);
    } else if (step < 0.38) {
      // Step-siblings partnered: X's parent partners Y's parent, then X partners Y.
      const px = pick(people());
      const py = add(px.gen);
      partner(px, py);
      const [x] = childrenOfCouple(px, undefined, 1) as [Gen];
      const [y] = childrenOfCouple(py, undefined, 1) as [Gen];
      partner(x, y);
    } else if (step < 0.5) {
      // Three or four partners for one person, some with children.
      const hub = pick(people());
      for (let i = int(3, 4); i > 0; i -= 1) {
        const other = add(hub.gen + (chance(0.2) ? pick([-1, 1]) : 0));
        if (other.gen < 0) continue;
        partner(hub, other);
        if (chance(0.4)) childrenOfCouple(hub, other, 1);
      }
    } else if (step < 0.64) {
      // Foster or adoptive care across one or more generations.
      const carer = pick(people());
      const younger = ps.filter((p) => p.gen > carer.gen && p.kind === 'person');
      const child = younger.length > 0 && chance(0.7) ? pick(younger) : add(carer.gen + int(1, 2));
      link(
        carer,
        child,
        pick(['foster', 'adoptive', 'special_guardian', 'step_parenting_role', 'kinship_foster']),
      );
    } else if (step < 0.76) {
      // A child with one known parent and an unknown-parent placeholder.
      const parent = pick(people());
      childrenOfCouple(parent, add(parent.gen, 'placeholder'), 1);
    } else if (step < 0.9) {
      // An ordinary child of an existing couple, or of one parent.
      const couple = partnerships.length > 0 ? pick(partnerships) : undefined;
      if (couple) childrenOfCouple(byId(couple.a), byId(couple.b), 1);
      else childrenOfCouple(pick(people()), undefined, 1);
    } else {
      // Someone unrelated, partnered with anyone on a nearby row.
      const a = add(int(0, 3));
      const near = people().filter((p) => Math.abs(p.gen - a.gen) <= 1 && p.id !== a.id);
      if (near.length > 0) partner(a, pick(near));
    }
  }

  const awkward = (): string => {
    const parts: string[] = [];
    for (let i = int(1, 4); i > 0; i -= 1) parts.push(pick(AWKWARD_TEXT));
    return parts.join('');
  };
  const name = (i: number): string => (chance(0.5) ? awkward() : `P${i}`);

  const doc = {
    formatVersion: 3,
    id: `family:fuzz-${seed}`,
    title: chance(0.3) ? awkward() : `Fuzz ${seed}`,
    asAt: '2025-01-01',
    ...(chance(0.3) ? { notes: awkward() } : {}),
    subjects: ps.length > 0 ? [ps[ps.length - 1]!.id] : [],
    people: ps.map((p, i) => ({
      id: p.id,
      kind: p.kind,
      names:
        p.kind === 'placeholder'
          ? { given: 'Unknown' }
          : { given: name(i), ...(chance(0.5) ? { family: awkward() } : {}) },
      genderIdentity: pick(['man', 'woman', 'non_binary', 'unknown']),
      birth: { date: String(1920 + p.gen * 25 + int(0, 9)) },
      ...(chance(0.2) ? { notes: awkward() } : {}),
    })),
    partnerships: partnerships.map((q, i) => ({
      id: `partnership:q${i}`,
      partners: [q.a, q.b],
      kind: pick(['marriage', 'cohabiting', 'casual', 'civil_partnership']),
      events: [
        { type: 'cohabited', date: String(1950 + i) },
        ...(chance(0.3) ? [{ type: 'separated', date: String(1960 + i) }] : []),
      ],
      ...(chance(0.1) ? { notes: awkward() } : {}),
    })),
    parentChildLinks: links.map((l, i) => ({ id: `link:l${i}`, ...l })),
    emotionalRelationships:
      ps.length > 1 && chance(0.5)
        ? [{ id: 'emotion:e0', from: ps[0]!.id, to: ps[1]!.id, type: 'close', label: awkward() }]
        : [],
  };
  const result = parseFamily(JSON.stringify(doc));
  if (!result.ok) {
    throw new Error(`fuzzFamily(${seed}) is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  }
  return result.family;
}
