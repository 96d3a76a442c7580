import type { PersonId } from '../../ids.ts';
import { treeParentIds } from '../siblings.ts';
import type { KinContext } from './context.ts';

/** How far up the family tree kinship looks (6: great-great-great-great-grandparents). */
export const MAX_GENERATIONS = 6;

/** An ancestor: how many generations up, and which parent of the starting person the path goes through. */
export interface AncestorStep {
  depth: number;
  via: PersonId | undefined;
}

/** The person and their family-tree ancestors (birth and adoptive links), nearest path first. */
export function ancestorsOf(ctx: KinContext, start: PersonId): Map<PersonId, AncestorStep> {
  const found = new Map<PersonId, AncestorStep>([[start, { depth: 0, via: undefined }]]);
  let frontier: PersonId[] = [start];
  for (let depth = 1; depth <= MAX_GENERATIONS && frontier.length > 0; depth += 1) {
    const next: PersonId[] = [];
    for (const id of frontier) {
      const via = depth === 1 ? undefined : found.get(id)?.via;
      for (const parent of treeParentIds(ctx.index, id)) {
        if (found.has(parent)) continue;
        found.set(parent, { depth, via: via ?? parent });
        next.push(parent);
      }
    }
    frontier = next;
  }
  return found;
}

/** The closest common ancestor of two people: generations up from each, and the first person's side. */
export interface CommonAncestry {
  /** Generations from the person the term is relative to (R) up to the common ancestor. */
  up: number;
  /** Generations from the common ancestor down to the person being described (X). */
  down: number;
  /** R's parent on the path (to say maternal or paternal). */
  via: PersonId | undefined;
}

/** The nearest common ancestor of `relativeTo` and `x`, or undefined when none within reach. */
export function commonAncestry(
  ctx: KinContext,
  relativeTo: PersonId,
  x: PersonId,
): CommonAncestry | undefined {
  let mine = ctx.ancestors?.get(relativeTo);
  if (!mine) {
    mine = ancestorsOf(ctx, relativeTo);
    ctx.ancestors?.set(relativeTo, mine);
  }
  const theirs = ancestorsOf(ctx, x);
  let best: CommonAncestry | undefined;
  for (const [id, step] of theirs) {
    const own = mine.get(id);
    if (!own) continue;
    if (!best || own.depth + step.depth < best.up + best.down) {
      best = { up: own.depth, down: step.depth, via: own.via };
    }
  }
  return best;
}
