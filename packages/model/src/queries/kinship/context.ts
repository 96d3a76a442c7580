import { isWithin } from '../../dates/isWithin.ts';
import { partialDateBounds } from '../../dates/partialDate.ts';
import type { PersonId } from '../../ids.ts';
import type { Person } from '../../schema/person.ts';
import type { ParentChildLink, Partnership } from '../../schema/relationships.ts';
import type { FamilyIndex } from '../indexFamily.ts';
import { partnershipStatusAt } from '../partnershipStatus.ts';

/** Everything a kinship lookup needs: the index and the date it is asked about. */
export interface KinContext {
  index: FamilyIndex;
  /** The date the words describe; undefined means "as everything on record stands". */
  asAt: string | undefined;
  /** Ancestors already found, when many terms are worked out relative to the same person. */
  ancestors?: Map<PersonId, Map<PersonId, { depth: number; via: PersonId | undefined }>>;
}

/** The person, or undefined. */
export function person(ctx: KinContext, id: PersonId): Person | undefined {
  return ctx.index.personById.get(id);
}

/** The other partner of a partnership. */
export function otherPartner(p: Partnership, id: PersonId): PersonId {
  return p.partners[0] === id ? p.partners[1] : p.partners[0];
}

/**
 * Partnerships that count for kinship on the date: started by then, and never a
 * `conception_through_sexual_violence` (which is not a relationship between the two people).
 */
export function partnershipsOf(ctx: KinContext, id: PersonId): Partnership[] {
  return (ctx.index.partnershipsByPerson.get(id) ?? []).filter(
    (p) =>
      p.kind !== 'conception_through_sexual_violence' && partnershipStatusAt(p, ctx.asAt) !== 'not_started',
  );
}

/** The partnerships between two people that count on the date (usually none or one). */
export function partnershipsBetween(ctx: KinContext, a: PersonId, b: PersonId): Partnership[] {
  return partnershipsOf(ctx, a).filter((p) => otherPartner(p, a) === b);
}

/**
 * Whether a person existed on the date: born by then, or for a pregnancy, within a year before its
 * due date. People with neither date always count.
 */
export function bornBy(ctx: KinContext, p: Person): boolean {
  if (ctx.asAt === undefined) return true;
  const latest = partialDateBounds(ctx.asAt).latest;
  if (p.birth !== undefined) return partialDateBounds(p.birth.date).earliest <= latest;
  if (p.kind === 'pregnancy' && p.pregnancy?.edd !== undefined) {
    const due = partialDateBounds(p.pregnancy.edd).earliest;
    const yearBefore = `${String(Number(due.slice(0, 4)) - 1).padStart(4, '0')}${due.slice(4)}`;
    return yearBefore <= latest;
  }
  return true;
}

/** Whether a link had started by the date (links without `from` always have). */
export function linkStarted(ctx: KinContext, link: ParentChildLink): boolean {
  return ctx.asAt === undefined || link.from === undefined || isWithin({ from: link.from }, ctx.asAt);
}

/** Whether a link had ended by the date (or, without a date, has an end recorded at all). */
export function linkEnded(ctx: KinContext, link: ParentChildLink): boolean {
  if (link.to === undefined) return false;
  if (ctx.asAt === undefined) return true;
  return partialDateBounds(link.to).latest < partialDateBounds(ctx.asAt).earliest;
}

/** The links in which `parent` is a parent of `child` (every kind). */
export function linksBetween(ctx: KinContext, parent: PersonId, child: PersonId): ParentChildLink[] {
  return (ctx.index.linksByChild.get(child) ?? []).filter((l) => l.parent === parent && linkStarted(ctx, l));
}
