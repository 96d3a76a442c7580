import type { Person, PersonId } from '@kinmap/model';
import { genderShape } from '../symbols/descriptor.ts';
import { partnershipLabel } from '../connectors/partnership.ts';
import { textWidth } from '../labels/textWidth.ts';
import type { ResolvedOptions } from '../options.ts';
import type { FamilyLayout } from '../types.ts';
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
  /** Children drawn beside a partner in another unit, reached from their parents by an elbow. */
  elbowChildren: Map<string, PersonId[]>;
  /** Where each unit's first member was on the `previous` layout (undefined: nobody was on it). */
  wasX: (number | undefined)[];
}

export function buildStructure(
  units: Unit[],
  unitOf: Map<PersonId, number>,
  gen: number[],
  table: CoupleTable,
  index: FamilyIndex,
  options: ResolvedOptions,
  halfWidth: (id: PersonId) => number,
  previous?: FamilyLayout,
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
  // Where each person was on the previous layout, for keeping sides and places across an edit.
  const was = new Map<PersonId, number>();
  for (const node of previous?.nodes ?? []) was.set(node.id, node.x);
  const sideOf = inlawSide(was);
  // The couples whose children hang under each unit, for counting a sibship across several partners.
  const couplesOfUnit = units.map(() => [] as string[]);
  for (const key of treeChildren.keys()) {
    const first = table.couples.get(key)?.parents[0];
    const u = first === undefined ? undefined : unitOf.get(first);
    if (u !== undefined) couplesOfUnit[u]?.push(key);
  }
  // Each unit's children left to right (its couples in the order of their parents on its row),
  // read once per unit when its first child is reached.
  const childOrder = new Map<number, Map<PersonId, number>>();
  const childrenOf = (u: number) => {
    let order = childOrder.get(u);
    if (order) return order;
    order = new Map();
    const row = members[u] as PersonId[];
    const at = (key: string) => {
      const parents = table.couples.get(key)?.parents ?? [];
      let sum = 0;
      for (const p of parents) sum += row.indexOf(p);
      return sum / Math.max(1, parents.length);
    };
    const keys = (couplesOfUnit[u] ?? []).map((key) => ({ key, at: at(key) })).sort((x, y) => x.at - y.at);
    for (const { key } of keys) for (const child of treeChildren.get(key) ?? []) order.set(child, order.size);
    childOrder.set(u, order);
    return order;
  };
  // Top down, so a parent's row is settled before its children's sides are chosen.
  const topDown = units.map((u) => u.index).sort((x, y) => (gen[x] as number) - (gen[y] as number) || x - y);
  for (const i of topDown) {
    const row = members[i] as PersonId[];
    const a = attach[i];
    const pu = forest.parentUnit[i];
    const inlaws = row.filter((m) => m !== a && table.primary.has(m));
    if (a !== undefined && pu !== undefined && inlaws.length > 0) {
      // A partner whose own family is on the chart sits on the side chosen by `inlawSide`, and their
      // family is drawn on that side. A row of several partners is turned round when that suits
      // its partners better (or when it was drawn turned round before).
      const order = childrenOf(pu);
      const at = order.get(a) ?? 0;
      const before = at;
      const after = order.size - 1 - at;
      if (row.length === 2) {
        const left = sideOf(a, inlaws[0] as PersonId, before, after).side === 'left';
        members[i] = left ? [inlaws[0] as PersonId, a] : [a, inlaws[0] as PersonId];
        continue;
      }
      const ai = row.indexOf(a);
      let keep = 0;
      let turn = 0;
      let fromPrevious: boolean | undefined;
      for (const m of inlaws) {
        const { side, previous: known } = sideOf(a, m, before, after);
        const isLeft = row.indexOf(m) < ai;
        if (known) {
          fromPrevious ??= isLeft === (side === 'left');
          continue;
        }
        keep += isLeft ? before : after;
        turn += isLeft ? after : before;
      }
      if (fromPrevious === false || (fromPrevious === undefined && turn < keep))
        members[i] = [...row].reverse();
      continue;
    }
    if (row.length !== 2) continue;
    // Otherwise the notation's couple order: McGoldrick puts the man on the left.
    const [p, q] = row as [PersonId, PersonId];
    if (options.notation === 'mcgoldrick' && !isMan(index.byId.get(p)) && isMan(index.byId.get(q)))
      members[i] = [q, p];
  }
  const offsets = partnerOffsets(members, index, options, halfWidth);
  const finalUnits = units.map((u, i) => ({ ...u, members: members[i] as PersonId[] }));
  const anchors = new Map<string, Anchor>();
  const skipLevels = new Map<number, number>();
  // Neighbours on a row who are parents together: their children's stem takes the channel between them.
  const adjacentParents = new Set<string>();
  for (const couple of table.couples.values()) {
    const [a, b] = couple.parents;
    if (couple.parents.length === 2 && a !== undefined && b !== undefined) {
      adjacentParents.add(`${a}|${b}`);
      adjacentParents.add(`${b}|${a}`);
    }
  }
  const channelTaken = (row: PersonId[], left: number) =>
    adjacentParents.has(`${row[left] as PersonId}|${row[left + 1] as PersonId}`);
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
      // A channel that is already the stem of the neighbours' own children is never shared (the
      // two stems would lie on top of each other), whatever the partnership counts say.
      const count = (i: number) => index.partnershipsOf.get(row[i] as PersonId)?.length ?? 0;
      const loTaken = channelTaken(row, lo);
      const hiTaken = channelTaken(row, hi - 1);
      const besideLo = loTaken === hiTaken ? count(lo) <= count(hi) : hiTaken;
      const dx = besideLo
        ? ((off[lo] as number) + (off[lo + 1] as number)) / 2
        : ((off[hi] as number) + (off[hi - 1] as number)) / 2;
      const level = (skipLevels.get(u) ?? 0) + 1;
      skipLevels.set(u, level);
      anchors.set(couple.key, { unit: u, dx, kind: 'skip', level });
    }
  }
  const elbowChildren = new Map<string, PersonId[]>();
  for (const [child, group] of table.primary) {
    const u = unitOf.get(child);
    if (u === undefined || !anchors.has(group.couple)) continue;
    if (attach[u] !== child || treeParent[u] !== group.couple) append(elbowChildren, group.couple, child);
  }
  const wasX = wasAt(finalUnits, offsets, was);
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
    elbowChildren,
    wasX,
  };
}

/** Where each unit's first member was on the previous layout, read from any member drawn there. */
function wasAt(units: Unit[], offsets: number[][], was: Map<PersonId, number>): (number | undefined)[] {
  return units.map((u) => {
    const i = u.members.findIndex((m) => was.has(m));
    if (i < 0) return undefined;
    return (was.get(u.members[i] as PersonId) as number) - ((offsets[u.index] as number[])[i] as number);
  });
}

/**
 * Which side of a child their partner (an in-law, whose own family is on the chart) sits, and so
 * which side of the child's sibship the in-law's family is drawn: the in-law's parents reach the
 * in-law by an elbow that crosses the lines of the brothers and sisters on that side.
 * - When both partners were on the previous layout (`was`: x by person, empty without `previous`):
 *   the side the partner was on, so an edit never moves a family across the chart.
 * - Otherwise the side with fewer brothers and sisters in between, `before` and `after` the child
 *   among all the parents' children (with every partner, left to right), so the elbow crosses
 *   fewer lines; on a tie, the left of an only child and the right of the others.
 */
function inlawSide(
  was: Map<PersonId, number>,
): (
  child: PersonId,
  partner: PersonId,
  before: number,
  after: number,
) => { side: 'left' | 'right'; previous: boolean } {
  return (child, partner, before, after) => {
    const c = was.get(child);
    const p = was.get(partner);
    if (c !== undefined && p !== undefined && c !== p)
      return { side: p < c ? 'left' : 'right', previous: true };
    if (before !== after) return { side: before < after ? 'left' : 'right', previous: false };
    return { side: before === 0 ? 'left' : 'right', previous: false };
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
      const text = partnershipLabel(p, options.asAt, options.words)?.text;
      // Room for the label and a margin, erring wide: never less than 0.6 em a character (about a
      // digit of the chart font), so a long label stays clear of both symbols in any font.
      const font = 0.25 * s;
      if (text)
        gap = Math.max(
          gap,
          Math.ceil(s + Math.max(textWidth(text, font) + 0.2 * s, text.length * font * 0.6)),
        );
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
