import type { PersonId } from '../../ids.ts';
import type { Person } from '../../schema/person.ts';
import type { ParentChildLink, Partnership } from '../../schema/relationships.ts';
import { FAMILY_TREE_LINK_KINDS } from '../relatives.ts';
import type { KinContext } from './context.ts';
import { bornBy, otherPartner, partnershipsOf, person } from './context.ts';
import { partnerTerm } from './partnerTerm.ts';
import { CHILD_BY_LINK, PARENT_BY_LINK, pick, possessive } from './words.ts';

/** How many steps (parent, child or partner) a spelt-out relationship may take. */
export const MAX_CHAIN_STEPS = 4;

type Edge = { kind: 'up' | 'down'; link: ParentChildLink } | { kind: 'partner'; partnership: Partnership };

/** How the search reached a person: from whom, by which step. */
interface Visit {
  from: PersonId;
  edge: Edge;
}

/** Shortest paths from one person to everyone within `MAX_CHAIN_STEPS` steps (a breadth-first tree). */
export type PathTree = ReadonlyMap<PersonId, Visit | undefined>;

function neighbours(ctx: KinContext, id: PersonId): [PersonId, Edge][] {
  const out: [PersonId, Edge][] = [];
  for (const link of ctx.index.linksByChild.get(id) ?? []) {
    if (FAMILY_TREE_LINK_KINDS.includes(link.kind)) out.push([link.parent, { kind: 'up', link }]);
  }
  for (const link of ctx.index.linksByParent.get(id) ?? []) {
    if (FAMILY_TREE_LINK_KINDS.includes(link.kind)) out.push([link.child, { kind: 'down', link }]);
  }
  for (const partnership of partnershipsOf(ctx, id)) {
    out.push([otherPartner(partnership, id), { kind: 'partner', partnership }]);
  }
  return out;
}

/**
 * Breadth-first search from `relativeTo` over parent, child and partner steps, up to
 * `MAX_CHAIN_STEPS`, skipping people not yet born on the date. Stops early once `target` is reached.
 */
export function pathTree(ctx: KinContext, relativeTo: PersonId, target?: PersonId): PathTree {
  const seen = new Map<PersonId, Visit | undefined>([[relativeTo, undefined]]);
  let frontier: PersonId[] = [relativeTo];
  for (let depth = 1; depth <= MAX_CHAIN_STEPS && frontier.length > 0; depth += 1) {
    const next: PersonId[] = [];
    for (const from of frontier) {
      for (const [id, edge] of neighbours(ctx, from)) {
        const found = person(ctx, id);
        if (seen.has(id) || !found || !bornBy(ctx, found)) continue;
        seen.set(id, { from, edge });
        if (id === target) return seen;
        next.push(id);
      }
    }
    frontier = next;
  }
  return seen;
}

/** What `y` is to the previous person on the path, for one step. */
function edgeWord(ctx: KinContext, y: Person, edge: Edge): string | undefined {
  if (edge.kind === 'partner') return partnerTerm(ctx, y, edge.partnership);
  return pick(y, (edge.kind === 'up' ? PARENT_BY_LINK : CHILD_BY_LINK)[edge.link.kind]);
}

/**
 * Spells out a relationship no single word covers, along the shortest path of parent, child and
 * partner steps: "cousin's husband" when the person before the last step has a name of their own,
 * else "mother's ex-partner's daughter". Undefined beyond `MAX_CHAIN_STEPS` steps.
 */
export function chainTerm(
  ctx: KinContext,
  tree: PathTree,
  relativeTo: PersonId,
  x: Person,
  namedTerm: (ctx: KinContext, relativeTo: PersonId, x: Person) => string | undefined,
): string | undefined {
  const path: { id: PersonId; edge: Edge }[] = [];
  for (let at: PersonId = x.id, v = tree.get(at); v; at = v.from, v = tree.get(at)) {
    path.unshift({ id: at, edge: v.edge });
  }
  if (path.length < 2) return undefined;
  const lastWord = edgeWord(ctx, x, path[path.length - 1]!.edge);
  const before = person(ctx, path[path.length - 2]!.id);
  const named = before ? namedTerm(ctx, relativeTo, before) : undefined;
  if (named && lastWord) return `${possessive(named)} ${lastWord}`;
  const words: string[] = [];
  for (const step of path) {
    const y = person(ctx, step.id);
    const word = y ? edgeWord(ctx, y, step.edge) : undefined;
    if (!word) return undefined;
    words.push(word);
  }
  return words.map((w, i) => (i < words.length - 1 ? possessive(w) : w)).join(' ');
}
