import type { Partnership, PersonId } from '@kinmap/model';
import type { FamilyIndex } from './buildIndex.ts';
import type { CoupleTable } from './couples.ts';
import type { Work } from './work.ts';
import { append } from './append.ts';

/** People drawn side by side on one row: a person with all their partners (and co-parents). */
export interface Unit {
  index: number;
  /** Left to right. */
  members: PersonId[];
  /** Earliest document position of a member: the deterministic tie-breaker for units. */
  order: number;
}

class UnionFind {
  private parent = new Map<PersonId, PersonId>();
  find(a: PersonId): PersonId {
    let root = a;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as PersonId;
    let node = a;
    while (node !== root) {
      const next = this.parent.get(node) as PersonId;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: PersonId, b: PersonId): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Earliest dated event of a partnership: its start for ordering several partnerships. */
export function partnershipStart(p: Partnership | undefined): string {
  let start = '9999';
  for (const e of p?.events ?? []) if (e.date !== undefined && e.date < start) start = e.date;
  return start;
}

interface Edge {
  other: PersonId;
  start: string;
  seq: number;
}

/**
 * Groups partners (and co-parents with no partnership) into units and orders each unit's row:
 * the person with most partners first, then partners to the right in order of start date, each
 * partner's own other partners further out. Cycles of partnerships are cut where first met.
 *
 * A unit is one row, so a partnership that would put a parent and their own child (or anyone and
 * their descendant) in one unit is not joined: those partners are drawn on their own rows, with a
 * line between the rows, so every child stays strictly below each of its parents.
 */
export function buildUnits(
  index: FamilyIndex,
  table: CoupleTable,
  work: Work,
): { units: Unit[]; unitOf: Map<PersonId, number> } {
  const candidates: { a: PersonId; b: PersonId; start: string }[] = [];
  for (const p of index.partnerships)
    candidates.push({ a: p.partners[0], b: p.partners[1], start: partnershipStart(p) });
  for (const couple of table.couples.values()) {
    const [a, b] = couple.parents;
    if (!couple.partnership && a !== undefined && b !== undefined) candidates.push({ a, b, start: '9999' });
  }
  work.add(candidates.length + index.people.length + index.links.length);
  let uf = new UnionFind();
  for (const c of candidates) uf.union(c.a, c.b);
  let accepted = candidates;
  if (unitGraphHasCycle(index, uf, work)) {
    // Rare: join partners one at a time, skipping a join that would close a cycle of generations.
    uf = new UnionFind();
    const members = new Map<PersonId, PersonId[]>(index.people.map((p) => [p.id, [p.id]]));
    const childrenOf = new Map<PersonId, PersonId[]>();
    for (const l of index.links) {
      const list = childrenOf.get(l.parent);
      if (list) list.push(l.child);
      else childrenOf.set(l.parent, [l.child]);
    }
    accepted = [];
    for (const c of candidates) {
      const ra = uf.find(c.a);
      const rb = uf.find(c.b);
      if (ra !== rb) {
        if (reaches(ra, rb, uf, members, childrenOf, work) || reaches(rb, ra, uf, members, childrenOf, work))
          continue;
        uf.union(ra, rb);
        const root = uf.find(ra);
        const merged = [...(members.get(ra) ?? []), ...(members.get(rb) ?? [])];
        members.delete(ra);
        members.delete(rb);
        members.set(root, merged);
      }
      accepted.push(c);
    }
  }
  const edges = new Map<PersonId, Edge[]>();
  accepted.forEach(({ a, b, start }, seq) => {
    append(edges, a, { other: b, start, seq });
    append(edges, b, { other: a, start, seq });
  });
  const groups = new Map<PersonId, PersonId[]>();
  for (const person of index.people) {
    const root = uf.find(person.id);
    append(groups, root, person.id);
  }
  const units: Unit[] = [];
  const unitOf = new Map<PersonId, number>();
  for (const members of groups.values()) {
    const row = members.length === 1 ? members : linearise(members, edges, index);
    work.add(row.length);
    const unit: Unit = {
      index: units.length,
      members: row,
      order: index.order.get(members[0] as PersonId) ?? 0,
    };
    for (const m of row) unitOf.set(m, unit.index);
    units.push(unit);
  }
  return { units, unitOf };
}

/** Whether some parent–child link joins a unit to itself or the units' links form a cycle. */
function unitGraphHasCycle(index: FamilyIndex, uf: UnionFind, work: Work): boolean {
  const indegree = new Map<PersonId, number>();
  const out = new Map<PersonId, PersonId[]>();
  for (const l of index.links) {
    const p = uf.find(l.parent);
    const c = uf.find(l.child);
    if (p === c) return true;
    const list = out.get(p);
    if (list) list.push(c);
    else out.set(p, [c]);
    indegree.set(c, (indegree.get(c) ?? 0) + 1);
  }
  const roots = new Set(index.people.map((p) => uf.find(p.id)));
  const queue = [...roots].filter((r) => !indegree.get(r));
  let seen = 0;
  for (let i = 0; i < queue.length; i += 1) {
    seen += 1;
    for (const c of out.get(queue[i] as PersonId) ?? []) {
      work.add();
      const d = (indegree.get(c) ?? 0) - 1;
      indegree.set(c, d);
      if (d === 0) queue.push(c);
    }
  }
  return seen < roots.size;
}

/** Whether `to`'s unit is a descendant of `from`'s unit (following parent–child links). */
function reaches(
  from: PersonId,
  to: PersonId,
  uf: UnionFind,
  members: Map<PersonId, PersonId[]>,
  childrenOf: Map<PersonId, PersonId[]>,
  work: Work,
): boolean {
  const seen = new Set<PersonId>([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i += 1) {
    for (const m of members.get(queue[i] as PersonId) ?? []) {
      for (const child of childrenOf.get(m) ?? []) {
        work.add();
        const r = uf.find(child);
        if (r === to) return true;
        if (!seen.has(r)) {
          seen.add(r);
          queue.push(r);
        }
      }
    }
  }
  return false;
}

function linearise(members: PersonId[], edges: Map<PersonId, Edge[]>, index: FamilyIndex): PersonId[] {
  const degree = (id: PersonId) => edges.get(id)?.length ?? 0;
  let hub = members[0] as PersonId;
  for (const m of members) if (degree(m) > degree(hub)) hub = m;
  const visited = new Set<PersonId>([hub]);
  const sorted = (id: PersonId) => {
    const next = (edges.get(id) ?? [])
      .filter((e) => !visited.has(e.other))
      .sort((a, b) => (a.start === b.start ? a.seq - b.seq : a.start < b.start ? -1 : 1))
      .map((e) => e.other)
      .filter((other, i, list) => list.indexOf(other) === i);
    for (const other of next) visited.add(other);
    return next;
  };
  // Each partner's own other partners go further out on the side the partner sits on.
  const outward = (id: PersonId, side: 'left' | 'right'): PersonId[] => {
    const blocks = sorted(id).map((other) => outward(other, side));
    return side === 'right' ? [id, ...blocks.flat()] : [...blocks.reverse().flat(), id];
  };
  // Two of the hub's partners sit beside it, the earlier on its left: those who live with the hub
  // first (a new partner beside the parent), then by date. (Not "those with children first": one
  // new child would then rearrange the row.)
  // Further partners go on the right in date order, their lines below the row at distinct depths.
  const partners = sorted(hub);
  const homes = new Set(index.homesOf.get(hub) ?? []);
  const rank = (p: PersonId) => ((index.homesOf.get(p) ?? []).some((h) => homes.has(h)) ? 0 : 1);
  const beside = [...partners].sort((a, b) => rank(a) - rank(b)).slice(0, 2);
  const [first, second] = partners.filter((p) => beside.includes(p));
  const later = partners.filter((p) => p !== first && p !== second);
  const row =
    first === undefined || second === undefined
      ? [hub, ...partners.flatMap((p) => outward(p, 'right'))]
      : [...outward(first, 'left'), hub, ...[second, ...later].flatMap((p) => outward(p, 'right'))];
  // Anyone left (only possible with inconsistent data) goes on the right in document order.
  for (const m of [...members].sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0)))
    if (!row.includes(m)) row.push(m);
  return row;
}
