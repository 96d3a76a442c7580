// A seeded generator of families whose shape is unusual rather than realistic: siblings partnered
// with siblings, cousins partnered, a person partnered with a step-sibling or with a parent's
// partner, three or more partners, foster and adoptive links across generations, and unknown-parent
// placeholders. For the layout's termination and row-order properties. Same seed → same family.
import { seededRandom } from './generateFamily.ts';
import { parseFamily } from '@kinmap/model';
import type { Family } from '@kinmap/model';

interface P {
  id: string;
  gen: number;
  kind: 'person' | 'placeholder';
}

/**
 * A valid family of about `people` people over three to five generations, built by random steps.
 * Throws if the result does not pass `parseFamily` (a generator bug, not a layout one).
 */
export function tangledFamily(seed: number, people: number): Family {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const ps: P[] = [];
  const partnerships: { a: string; b: string }[] = [];
  const links: { parent: string; child: string; kind: string }[] = [];
  const parentsOf = new Map<string, Set<string>>();
  const add = (gen: number, kind: P['kind'] = 'person') => {
    const p = { id: `person:p${ps.length}`, gen, kind };
    ps.push(p);
    parentsOf.set(p.id, new Set());
    return p;
  };
  const ancestors = (id: string, out = new Set<string>()): Set<string> => {
    for (const p of parentsOf.get(id) ?? []) if (!out.has(p)) ancestors(p, out.add(p));
    return out;
  };
  const related = (a: string, b: string) => a === b || ancestors(a).has(b) || ancestors(b).has(a);
  const partner = (a: string, b: string) => {
    if (related(a, b) || partnerships.some((q) => (q.a === a && q.b === b) || (q.a === b && q.b === a)))
      return;
    partnerships.push({ a, b });
  };
  const link = (parent: string, child: string, kind = 'birth') => {
    if (ancestors(parent).has(child) || parent === child) return; // never a cycle
    if (links.some((l) => l.parent === parent && l.child === child)) return;
    links.push({ parent, child, kind });
    parentsOf.get(child)?.add(parent);
  };
  for (let i = 0; i < 3; i += 1) add(0, random() < 0.3 ? 'placeholder' : 'person');
  while (ps.length < people) {
    const step = random();
    const older = ps.filter((p) => p.gen < 4);
    if (step < 0.45 && older.length > 0) {
      // A child of a couple (or a single parent): birth, or a placeholder co-parent.
      const parent = pick(older);
      const child = add(parent.gen + 1);
      link(parent.id, child.id);
      const couple = partnerships.find((q) => q.a === parent.id || q.b === parent.id);
      if (couple && random() < 0.8) link(couple.a === parent.id ? couple.b : couple.a, child.id);
      else if (random() < 0.3) link(add(parent.gen, 'placeholder').id, child.id);
    } else if (step < 0.75) {
      // A partnership between two people: siblings of partners, cousins, step-siblings, a parent's
      // partner, or anyone on a nearby generation; sometimes a third or fourth partner.
      const a = pick(ps);
      const near = ps.filter((p) => Math.abs(p.gen - a.gen) <= 1 && p.kind === 'person');
      if (near.length > 0) partner(a.id, pick(near).id);
      if (random() < 0.2) partner(a.id, add(a.gen).id);
    } else if (step < 0.9 && older.length > 0) {
      // Foster or adoptive care across one or two generations.
      const carer = pick(older);
      const younger = ps.filter((p) => p.gen > carer.gen);
      if (younger.length > 0)
        link(carer.id, pick(younger).id, pick(['foster', 'adoptive', 'special_guardian']));
    } else add(pick([0, 1, 2]));
  }
  const doc = {
    formatVersion: 3,
    id: `family:tangled-${seed}`,
    title: `Tangled ${seed}`,
    asAt: '2025-01-01',
    people: ps.map((p, i) => ({
      id: p.id,
      kind: p.kind,
      names: { given: p.kind === 'placeholder' ? 'Unknown' : `P${i}` },
      genderIdentity: random() < 0.5 ? 'man' : 'woman',
      birth: { date: String(1930 + p.gen * 25 + Math.floor(random() * 10)) },
    })),
    partnerships: partnerships.map((q, i) => ({
      id: `partnership:q${i}`,
      partners: [q.a, q.b],
      kind: pick(['marriage', 'cohabiting', 'casual']),
      events: [{ type: 'cohabited', date: String(1950 + i) }],
    })),
    parentChildLinks: links.map((l, i) => ({ id: `link:l${i}`, ...l })),
  };
  const result = parseFamily(JSON.stringify(doc));
  if (!result.ok)
    throw new Error(`tangledFamily(${seed}) is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.family;
}
