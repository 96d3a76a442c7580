import type { Partnership, PersonId } from '@kinmap/model';
import type { FamilyIndex } from './buildIndex.ts';
import type { CoupleTable } from './couples.ts';

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
 */
export function buildUnits(
  index: FamilyIndex,
  table: CoupleTable,
): { units: Unit[]; unitOf: Map<PersonId, number> } {
  const uf = new UnionFind();
  const edges = new Map<PersonId, Edge[]>();
  let seq = 0;
  const addEdge = (a: PersonId, b: PersonId, start: string) => {
    uf.union(a, b);
    seq += 1;
    edges.set(a, [...(edges.get(a) ?? []), { other: b, start, seq }]);
    edges.set(b, [...(edges.get(b) ?? []), { other: a, start, seq }]);
  };
  for (const p of index.partnerships) addEdge(p.partners[0], p.partners[1], partnershipStart(p));
  for (const couple of table.couples.values()) {
    const [a, b] = couple.parents;
    if (!couple.partnership && a !== undefined && b !== undefined) addEdge(a, b, '9999');
  }
  const groups = new Map<PersonId, PersonId[]>();
  for (const person of index.people) {
    const root = uf.find(person.id);
    groups.set(root, [...(groups.get(root) ?? []), person.id]);
  }
  const units: Unit[] = [];
  const unitOf = new Map<PersonId, number>();
  for (const members of groups.values()) {
    const row = members.length === 1 ? members : linearise(members, edges, index);
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

function linearise(members: PersonId[], edges: Map<PersonId, Edge[]>, index: FamilyIndex): PersonId[] {
  const degree = (id: PersonId) => edges.get(id)?.length ?? 0;
  let hub = members[0] as PersonId;
  for (const m of members) if (degree(m) > degree(hub)) hub = m;
  const visited = new Set<PersonId>([hub]);
  const sorted = (id: PersonId) =>
    (edges.get(id) ?? [])
      .filter((e) => !visited.has(e.other))
      .sort((a, b) => (a.start === b.start ? a.seq - b.seq : a.start < b.start ? -1 : 1))
      .map((e) => e.other)
      .filter((other, i, list) => list.indexOf(other) === i);
  const expand = (id: PersonId): PersonId[] => {
    const next = sorted(id);
    for (const n of next) visited.add(n);
    return [id, ...next.flatMap(expand)];
  };
  const row = expand(hub);
  // Anyone left (only possible with inconsistent data) goes on the right in document order.
  for (const m of [...members].sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0)))
    if (!row.includes(m)) row.push(m);
  return row;
}
