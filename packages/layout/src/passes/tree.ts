import type { Person, PersonId } from '@kinmap/model';
import { genderShape } from '../symbols/descriptor.ts';
import { partnershipLabel } from '../connectors/partnership.ts';
import { textWidth } from '../labels/textWidth.ts';
import type { ResolvedOptions } from '../options.ts';
import type { FamilyIndex } from './buildIndex.ts';
import type { CoupleTable } from './couples.ts';
import { chooseTreeParents } from './generations.ts';
import { orderSiblings } from './orderSiblings.ts';
import type { Unit } from './units.ts';
import { append } from './append.ts';

/** Whether a person is drawn as a man (a square): the notation's couple order puts him left. */
function isMan(person: Person | undefined): boolean {
  return person !== undefined && person.kind === 'person' && genderShape(person) === 'square';
}

/** Where a couple's children hang from, relative to the unit's left member. */
export interface Anchor {
  unit: number;
  /** x of the descent stem relative to the unit's first member. */
  dx: number;
  /** `adjacent`: partners side by side; `skip`: someone sits between them; `single`: one parent. */
  kind: 'adjacent' | 'skip' | 'single';
  /** For `skip` lines: which of the unit's lines below the row this is (1, 2, …; deeper as it grows). */
  level: number;
}

/** The spanning forest the placement works on: each unit hangs under at most one couple. */
export interface Structure {
  units: Unit[];
  unitOf: Map<PersonId, number>;
  gen: number[];
  /** Member x offsets per unit (first member at 0). */
  offsets: number[][];
  anchors: Map<string, Anchor>;
  /** Couple a unit hangs under, and the member through whom it does. */
  treeParent: (string | undefined)[];
  attach: (PersonId | undefined)[];
  /** Children hanging from each couple's sibship line, oldest first. */
  treeChildren: Map<string, PersonId[]>;
  /** The unit of the couple each unit hangs under. */
  parentUnit: (number | undefined)[];
}

export function buildStructure(
  units: Unit[],
  unitOf: Map<PersonId, number>,
  gen: number[],
  table: CoupleTable,
  index: FamilyIndex,
  options: ResolvedOptions,
  halfWidth: (id: PersonId) => number,
): Structure {
  const forest = chooseTreeParents(units, unitOf, gen, table, index);
  const treeParent = forest.couple;
  const attach = forest.attach;
  const grouped = new Map<string, PersonId[]>();
  units.forEach((u) => {
    const couple = treeParent[u.index];
    const child = attach[u.index];
    if (couple !== undefined && child !== undefined) append(grouped, couple, child);
  });
  const treeChildren = new Map<string, PersonId[]>();
  for (const [couple, kids] of grouped) treeChildren.set(couple, orderSiblings(kids, index));
  const members = units.map((u) => u.members);
  for (const unit of units) {
    // A couple whose other partner's family is on the chart too: for the eldest (or only) sibling
    // that family is drawn on the left (no line crosses the sibship), otherwise on the right; the
    // partner sits on that side. Adding a younger child never moves a family across.
    const row = unit.members;
    if (row.length !== 2) continue;
    const a = attach[unit.index];
    const couple = treeParent[unit.index];
    const other = (row[0] === a ? row[1] : row[0]) as PersonId;
    if (a !== undefined && couple !== undefined && table.primary.has(other)) {
      const sibs = treeChildren.get(couple) ?? [];
      const left = sibs[0] === a;
      members[unit.index] = left ? [other, a] : [a, other];
      continue;
    }
    // Otherwise the notation's couple order: McGoldrick puts the man on the left.
    const [p, q] = row as [PersonId, PersonId];
    if (options.notation === 'mcgoldrick' && !isMan(index.byId.get(p)) && isMan(index.byId.get(q)))
      members[unit.index] = [q, p];
  }
  const offsets = partnerOffsets(members, index, options, halfWidth);
  const finalUnits = units.map((u, i) => ({ ...u, members: members[i] as PersonId[] }));
  const anchors = new Map<string, Anchor>();
  const skipLevels = new Map<number, number>();
  for (const couple of table.couples.values()) {
    const u = unitOf.get(couple.parents[0] as PersonId);
    if (u === undefined) continue;
    const row = members[u] as PersonId[];
    const off = offsets[u] as number[];
    const positions = couple.parents.map((p) => row.indexOf(p)).filter((i) => i >= 0);
    if (positions.length < 2) {
      // Just beside a single parent, on the side with no partner when only one side has one.
      const at = positions[0] ?? 0;
      const side = at + 1 < row.length && at === 0 ? -1 : 1;
      // Clear of the parent's name and badge row, however wide.
      const parent = row[at];
      const clear = parent === undefined ? 0 : halfWidth(parent) + options.s * 0.1;
      anchors.set(couple.key, {
        unit: u,
        dx: (off[at] ?? 0) + side * Math.max(options.s * 0.85, clear),
        kind: 'single',
        level: 0,
      });
      continue;
    }
    const hi = Math.max(...positions);
    const lo = Math.min(...positions);
    if (hi - lo === 1) {
      const dx = ((off[hi] as number) + (off[hi - 1] as number)) / 2;
      anchors.set(couple.key, { unit: u, dx, kind: 'adjacent', level: 0 });
    } else {
      // Runs below the row; the children's stem drops in the channel beside the partner with
      // fewer partnerships (the hub's side channel belongs to its adjacent partnership).
      const count = (i: number) => index.partnershipsOf.get(row[i] as PersonId)?.length ?? 0;
      const dx =
        count(lo) <= count(hi)
          ? ((off[lo] as number) + (off[lo + 1] as number)) / 2
          : ((off[hi] as number) + (off[hi - 1] as number)) / 2;
      const level = (skipLevels.get(u) ?? 0) + 1;
      skipLevels.set(u, level);
      anchors.set(couple.key, { unit: u, dx, kind: 'skip', level });
    }
  }
  return {
    units: finalUnits,
    unitOf,
    gen,
    offsets,
    anchors,
    treeParent,
    attach,
    treeChildren,
    parentUnit: forest.parentUnit,
  };
}

/**
 * Member x offsets per unit. Partners side by side are `partnerGap` apart, or further when the label
 * on their partnership line ("m. 1972 w. 2001") needs more room between the two symbols, so the
 * symbols never hide its ends. The label is assumed set at 0.25 s with a 0.05 s halo each side.
 */
function partnerOffsets(
  members: PersonId[][],
  index: FamilyIndex,
  options: ResolvedOptions,
  halfWidth: (id: PersonId) => number,
): number[][] {
  const { s } = options;
  const gapOf = (a: PersonId, b: PersonId) => {
    let gap = Math.max(options.partnerGap, halfWidth(a) + halfWidth(b) + s * 0.1);
    for (const p of index.partnershipsOf.get(a) ?? []) {
      if (p.kind === 'conception_through_sexual_violence' || !p.partners.includes(b)) continue;
      const text = partnershipLabel(p, options.asAt);
      if (text) gap = Math.max(gap, Math.ceil(s + textWidth(text, 0.25 * s) + 0.2 * s));
    }
    return gap;
  };
  return members.map((row) => {
    let at = 0;
    return row.map((m, i) => {
      if (i > 0) at += gapOf(row[i - 1] as PersonId, m);
      return at;
    });
  });
}
