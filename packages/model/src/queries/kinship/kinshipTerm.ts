import { partialDateBounds } from '../../dates/partialDate.ts';
import type { PersonId } from '../../ids.ts';
import type { PartialDate } from '../../schema/common.ts';
import type { Family } from '../../schema/family.ts';
import type { Person } from '../../schema/person.ts';
import { indexFamily } from '../indexFamily.ts';
import { treeChildIds } from '../siblings.ts';
import { bloodTerm } from './bloodTerm.ts';
import { ancestorsOf, MAX_GENERATIONS } from './ancestry.ts';
import type { PathTree } from './chainTerm.ts';
import { chainTerm, pathTree } from './chainTerm.ts';
import type { KinContext } from './context.ts';
import { bornBy, partnershipsBetween, person } from './context.ts';
import { inLawTerm } from './inLawTerm.ts';
import { careLinkTerm, familyLinkTerm } from './linkTerms.ts';
import { partnerTerm, pickPartnership } from './partnerTerm.ts';
import { stepChildTerm, stepParentTerm, stepSiblingTerm } from './stepTerm.ts';
import { SIBLING, multipleWord, pick, possessive } from './words.ts';

/** Options for `kinshipTerm`. */
export interface KinshipOptions {
  /**
   * The date the words describe (a divorce makes a husband an ex-husband; an ended foster placement
   * makes a "former foster carer"). Defaults to the family's `asAt`; when neither is set, everything
   * on record counts, as it stands at the end.
   */
  asAt?: PartialDate | string;
}

function twinTerm(ctx: KinContext, relativeTo: PersonId, x: Person): string | undefined {
  const group = ctx.index.multipleBirthByPerson.get(x.id);
  if (!group || ctx.index.multipleBirthByPerson.get(relativeTo) !== group) return undefined;
  const word = multipleWord(group.members.length);
  const sibling = pick(x, SIBLING);
  return sibling === 'sibling' ? word : `${word} ${sibling}`;
}

function familyTerm(ctx: KinContext, relativeTo: PersonId, x: Person): string | undefined {
  return (
    twinTerm(ctx, relativeTo, x) ??
    bloodTerm(ctx, relativeTo, x) ??
    stepParentTerm(ctx, relativeTo, x) ??
    stepChildTerm(ctx, relativeTo, x) ??
    stepSiblingTerm(ctx, relativeTo, x) ??
    inLawTerm(ctx, relativeTo, x)
  );
}

/** Every term with a name of its own (no spelt-out chain). */
function namedTerm(ctx: KinContext, relativeTo: PersonId, x: Person): string | undefined {
  const direct = familyLinkTerm(ctx, relativeTo, x);
  if (direct) return direct;
  const partnership = pickPartnership(ctx, partnershipsBetween(ctx, relativeTo, x.id));
  const asPartner = partnership ? partnerTerm(ctx, x, partnership) : undefined;
  if (asPartner) return asPartner;
  const family = familyTerm(ctx, relativeTo, x);
  const care = careLinkTerm(ctx, relativeTo, x);
  return family && care ? `${family} and ${care}` : (family ?? care);
}

function petTerm(ctx: KinContext, relativeTo: PersonId, pet: Person): string | undefined {
  for (const link of ctx.index.linksByChild.get(pet.id) ?? []) {
    if (link.parent === relativeTo) return 'pet';
  }
  for (const link of ctx.index.linksByChild.get(pet.id) ?? []) {
    const owner = person(ctx, link.parent);
    const term = owner ? namedTerm(ctx, relativeTo, owner) : undefined;
    if (term) return `${possessive(term)} pet`;
  }
  return undefined;
}

/**
 * What `personId` is to `relativeTo`, in British English: "mother", "maternal grandmother",
 * "half-brother", "stepfather", "mother's partner", "partner's son", "ex-wife", "twin sister",
 * "cousin", "adoptive father", "foster carer", "maternal grandmother and special guardian"…
 * `undefined` when they are the same person, either is missing or not yet born on the date, or no
 * relationship is found within reach (six generations up; four parent/child/partner steps for
 * spelt-out relationships).
 *
 * Gender comes from `genderIdentity` only (woman/man); anyone else gets the neutral word ("parent",
 * "sibling", "grandchild"). Adoption counts as in law. Stepfather, stepdaughter, in-law words are used
 * only through a marriage or civil partnership; otherwise the relationship is spelt out ("mother's
 * partner", "partner's child"). A pregnancy is described as "(unborn)", a loss as "(pregnancy loss)".
 * Partnerships of kind `conception_through_sexual_violence` are never described as relationships:
 * the man is at most "child's father" to the mother.
 *
 * @example
 * kinshipTerm(family, granId, leoId);                       // 'maternal grandmother and special guardian'
 * kinshipTerm(family, kaiId, leoId);                        // 'half-brother'
 * kinshipTerm(family, samId, leoId);                        // "mother's partner" (not married)
 * kinshipTerm(family, joId, amyId, { asAt: '2020-01-01' }); // 'ex-husband'
 */
export function kinshipTerm(
  family: Family,
  personId: PersonId,
  relativeTo: PersonId,
  options?: KinshipOptions,
): string | undefined {
  const ctx = contextFor(family, options);
  const x = person(ctx, personId);
  const r = person(ctx, relativeTo);
  if (!x || !r) return undefined;
  return describe(ctx, r, x, () => pathTree(ctx, r.id, x.id));
}

function contextFor(family: Family, options: KinshipOptions | undefined): KinContext {
  const asAt = options?.asAt ?? family.asAt;
  if (asAt !== undefined) partialDateBounds(asAt, 'asAt');
  return { index: indexFamily(family), asAt, ancestors: new Map() };
}

/** The term for `x` relative to `r`; `tree` gives shortest paths from `r` for spelt-out terms. */
function describe(ctx: KinContext, r: Person, x: Person, tree: () => PathTree): string | undefined {
  if (x.id === r.id || !bornBy(ctx, x) || !bornBy(ctx, r)) return undefined;
  if (x.kind === 'pet') return petTerm(ctx, r.id, x);
  if (r.kind === 'pet') {
    const owns = (ctx.index.linksByChild.get(r.id) ?? []).some((l) => l.parent === x.id);
    return owns ? 'owner' : undefined;
  }
  const term = namedTerm(ctx, r.id, x) ?? chainTerm(ctx, tree(), r.id, x, namedTerm);
  if (term === undefined) return undefined;
  if (x.kind === 'pregnancy') return `${term} (unborn)`;
  if (x.kind === 'pregnancy_loss') return `${term} (pregnancy loss)`;
  return term;
}

/**
 * The kinship term of everyone related to `relativeTo`, in one pass: the same answers as calling
 * `kinshipTerm` for each person, but the searches from `relativeTo` are done once, so labelling a
 * whole 5,000-person map relative to the subject stays fast. People with no term are left out.
 *
 * @example
 * const terms = kinshipTermsFrom(family, leoId);
 * terms.get(granId); // 'maternal grandmother and special guardian'
 * terms.has(leoId);  // false (nobody is their own relative)
 */
export function kinshipTermsFrom(
  family: Family,
  relativeTo: PersonId,
  options?: KinshipOptions,
): Map<PersonId, string> {
  const ctx = contextFor(family, options);
  const out = new Map<PersonId, string>();
  const r = person(ctx, relativeTo);
  if (!r) return out;
  const tree = pathTree(ctx, r.id);
  const candidates = new Set<PersonId>(tree.keys());
  // Blood relatives further than the spelt-out search reaches (second cousins and the like).
  const descended = new Set<PersonId>();
  for (const ancestor of ancestorsOf(ctx, r.id).keys()) {
    let level = [ancestor];
    for (let down = 1; down <= MAX_GENERATIONS && level.length > 0; down += 1) {
      const next: PersonId[] = [];
      for (const id of level) {
        for (const child of treeChildIds(ctx.index, id)) {
          if (descended.has(child)) continue;
          descended.add(child);
          candidates.add(child);
          next.push(child);
        }
      }
      level = next;
    }
  }
  // Carers, children in care, pets and donors: linked by kinds the searches above do not follow.
  // Twice, for the pets of carers.
  for (let round = 0; round < 2; round += 1) {
    for (const id of [...candidates]) {
      for (const link of ctx.index.linksByChild.get(id) ?? []) candidates.add(link.parent);
      for (const link of ctx.index.linksByParent.get(id) ?? []) candidates.add(link.child);
    }
  }
  for (const id of candidates) {
    const x = person(ctx, id);
    const term = x ? describe(ctx, r, x, () => tree) : undefined;
    if (term !== undefined) out.set(id, term);
  }
  return out;
}
