// What a practitioner would notice on a genogram, as checks over a FamilyLayout. Each returns the
// list of problems found (empty when the layout is right), so a failing test says what is wrong.
import type { Box, FamilyLayout, PersonNode } from '@kinmap/layout';
import type { Family, PersonId } from '@kinmap/model';

const EPS = 1e-6;

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - EPS &&
    b.x < a.x + a.width - EPS &&
    a.y < b.y + b.height - EPS &&
    b.y < a.y + a.height - EPS
  );
}

function symbolBox(n: PersonNode): Box {
  return { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height };
}

/** Every drawn person once; no symbol or label box overlapping another person's symbol or label. */
export function overlapProblems(layout: FamilyLayout): string[] {
  const boxes: { id: string; what: string; box: Box }[] = [];
  for (const n of layout.nodes) {
    boxes.push({ id: n.id, what: 'symbol', box: symbolBox(n) });
    boxes.push({ id: n.id, what: 'label', box: n.label });
  }
  boxes.sort((a, b) => a.box.x - b.box.x);
  const problems: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.box.x < a.box.x + a.box.width; j += 1) {
      const b = boxes[j]!;
      if (a.id !== b.id && overlaps(a.box, b.box))
        problems.push(`${a.what} of ${a.id} overlaps ${b.what} of ${b.id}`);
    }
  }
  return problems;
}

/** Ids of the people a layout must draw (pregnancy losses only when shown). */
export function expectedPeople(family: Family, showLosses = true): PersonId[] {
  return [
    ...new Set(family.people.filter((p) => showLosses || p.kind !== 'pregnancy_loss').map((p) => p.id)),
  ];
}

export function presenceProblems(family: Family, layout: FamilyLayout, showLosses = true): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const n of layout.nodes) counts.set(n.id, (counts.get(n.id) ?? 0) + 1);
  for (const id of expectedPeople(family, showLosses))
    if (counts.get(id) !== 1) problems.push(`${id} drawn ${counts.get(id) ?? 0} times`);
  if (layout.nodes.length !== expectedPeople(family, showLosses).length)
    problems.push(`${layout.nodes.length} nodes for ${expectedPeople(family, showLosses).length} people`);
  return problems;
}

export function partnerRowProblems(family: Family, layout: FamilyLayout): string[] {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const problems: string[] = [];
  for (const p of family.partnerships) {
    const a = at.get(p.partners[0]);
    const b = at.get(p.partners[1]);
    if (a && b && a !== b && a.y !== b.y)
      problems.push(`${p.id}: partners on rows ${a.generation} and ${b.generation}`);
  }
  return problems;
}

/** Children sit below each parent (links that close a birth-link cycle are exempt when `cycles`). */
export function childBelowProblems(family: Family, layout: FamilyLayout): string[] {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const problems: string[] = [];
  for (const l of family.parentChildLinks) {
    const parent = at.get(l.parent);
    const child = at.get(l.child);
    if (parent && child && l.parent !== l.child && !(child.y > parent.y))
      problems.push(`${l.child} is not below parent ${l.parent}`);
  }
  return problems;
}

function birthKey(family: Family, id: PersonId): string | undefined {
  const p = family.people.find((x) => x.id === id);
  return p?.birth?.date ?? p?.loss?.date ?? p?.pregnancy?.edd;
}

/** Along every sibship line, children run oldest-left; undated children after dated ones. */
export function siblingOrderProblems(family: Family, layout: FamilyLayout): string[] {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const problems: string[] = [];
  for (const c of layout.connectors) {
    if (c.ref.kind !== 'sibship') continue;
    const kids = (c.ref.children ?? [])
      .map((id) => at.get(id))
      .filter((n): n is PersonNode => n !== undefined);
    for (let i = 1; i < kids.length; i += 1) {
      const a = kids[i - 1]!;
      const b = kids[i]!;
      const da = birthKey(family, a.id);
      const db = birthKey(family, b.id);
      if (!(a.x < b.x)) problems.push(`${c.id}: ${a.id} is not left of ${b.id}`);
      if (da === undefined && db !== undefined)
        problems.push(`${c.id}: undated ${a.id} before dated ${b.id}`);
      if (da !== undefined && db !== undefined && da > db)
        problems.push(`${c.id}: ${a.id} (${da}) before older ${b.id} (${db})`);
    }
  }
  return problems;
}

/** Every child with parents on the chart has a descent line from them. */
export function descentProblems(family: Family, layout: FamilyLayout): string[] {
  const drawn = new Set(layout.nodes.map((n) => n.id));
  const linked = new Set<string>();
  for (const c of layout.connectors) if (c.ref.kind === 'descent') for (const l of c.ref.links) linked.add(l);
  return family.parentChildLinks
    .filter((l) => drawn.has(l.parent) && drawn.has(l.child) && l.parent !== l.child && !linked.has(l.id))
    .map((l) => `${l.id} (${l.parent} → ${l.child}) has no descent line`);
}

/** All the rules at once. */
export function qualityProblems(family: Family, layout: FamilyLayout, showLosses = true): string[] {
  return [
    ...presenceProblems(family, layout, showLosses),
    ...overlapProblems(layout),
    ...partnerRowProblems(family, layout),
    ...childBelowProblems(family, layout),
    ...siblingOrderProblems(family, layout),
    ...descentProblems(family, layout),
  ];
}
