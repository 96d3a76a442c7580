import type { ParentChildLink, PersonId } from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';
import type { FamilyIndex } from '../passes/buildIndex.ts';
import type { CoupleTable } from '../passes/couples.ts';
import type { Structure } from '../passes/tree.ts';
import type { Connector, PersonNode, Point } from '../types.ts';
import { childDescent, elbowDescent, sibshipConnector, stemStart } from './descent.ts';
import { n } from './path.ts';

/** Every parent–child line: sibship stems and lines, child drops, twin forks, and elbows. */
export function descentConnectors(
  index: FamilyIndex,
  table: CoupleTable,
  structure: Structure,
  unitX: number[],
  byId: Map<PersonId, PersonNode>,
  skipDepths: Map<string, number>,
  options: ResolvedOptions,
): Connector[] {
  const out: Connector[] = [];
  const stems = new Map<string, { start: Point; lead: string } | undefined>();
  const stemOf = (key: string) => {
    if (stems.has(key)) return stems.get(key);
    const anchor = structure.anchors.get(key);
    const couple = table.couples.get(key);
    const parents = (couple?.parents ?? [])
      .map((p) => byId.get(p))
      .filter((p): p is PersonNode => p !== undefined);
    const stem =
      anchor && parents.length > 0
        ? stemStart(anchor, parents, unitX[anchor.unit] as number, skipDepths.get(key))
        : undefined;
    stems.set(key, stem);
    return stem;
  };
  const partnershipOf = (key: string) => table.couples.get(key)?.partnership?.id;
  const single = (key: string) => {
    const c = table.couples.get(key);
    return c && c.parents.length === 1 ? c.parents[0] : undefined;
  };
  // Sibships: the children placed under their couple.
  for (const [key, kids] of structure.treeChildren) {
    const stem = stemOf(key);
    const nodes = kids.map((k) => byId.get(k)).filter((k): k is PersonNode => k !== undefined);
    if (!stem || nodes.length === 0) continue;
    const sibshipY = Math.min(...nodes.map((k) => k.y)) - options.s;
    const drops: number[] = [];
    let i = 0;
    while (i < nodes.length) {
      const node = nodes[i] as PersonNode;
      const group = index.multipleOf.get(node.id);
      let j = i + 1;
      while (group && j < nodes.length && index.multipleOf.get((nodes[j] as PersonNode).id) === group) j += 1;
      const members = nodes.slice(i, j);
      const junction = { x: members.reduce((sum, m) => sum + m.x, 0) / members.length, y: sibshipY };
      drops.push(members.length > 1 ? junction.x : node.x);
      for (const m of members) {
        const links = table.primary.get(m.id)?.links ?? [];
        out.push(
          childDescent(
            m,
            links,
            members.length > 1 ? junction : { x: m.x, y: sibshipY },
            partnershipOf(key),
            options,
          ),
        );
      }
      if (group && members.length > 1)
        out.push(...twinMarks(group.id, group.zygosity, members, junction, options));
      i = j;
    }
    out.unshift(
      sibshipConnector(key, stem.start, stem.lead, sibshipY, drops, kids, partnershipOf(key), single(key)),
    );
  }
  // Children drawn elsewhere, and second sets of parents or carers.
  const placed = new Set<string>();
  for (const [key, kids] of structure.treeChildren) for (const k of kids) placed.add(`${key}|${k}`);
  for (const person of index.people) {
    const groups: { couple: string; links: ParentChildLink[] }[] = [];
    const primary = table.primary.get(person.id);
    if (primary && !placed.has(`${primary.couple}|${person.id}`)) groups.push(primary);
    groups.push(...(table.secondary.get(person.id) ?? []));
    const child = byId.get(person.id);
    for (const group of groups) {
      const stem = stemOf(group.couple);
      if (!stem || !child) continue;
      out.push(elbowDescent(stem.start, stem.lead, child, group.links, partnershipOf(group.couple), options));
    }
  }
  return out;
}

function twinMarks(
  id: string,
  zygosity: string,
  members: PersonNode[],
  junction: Point,
  options: ResolvedOptions,
): Connector[] {
  const first = members[0] as PersonNode;
  const last = members[members.length - 1] as PersonNode;
  const t = 0.4;
  const at = (m: PersonNode) => ({
    x: junction.x + (m.x - junction.x) * t,
    y: junction.y + (m.y - m.height / 2 - junction.y) * t,
  });
  const a = at(first);
  const b = at(last);
  if (zygosity === 'dz') return [];
  const ref = { kind: 'multiple-birth' as const, multipleBirth: id as never };
  if (zygosity === 'mz')
    return [
      {
        id: `twins|${id}`,
        ref,
        style: 'twin-bar',
        d: `M${n(a.x)} ${n(a.y)} L${n(b.x)} ${n(b.y)}`,
        marks: [],
      },
    ];
  return [
    {
      id: `twins|${id}`,
      ref,
      style: 'twin-bar',
      d: '',
      marks: [{ kind: 'question', at: { x: junction.x, y: a.y + options.s * 0.05 } }],
    },
  ];
}
