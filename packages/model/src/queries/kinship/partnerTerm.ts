import type { Person } from '../../schema/person.ts';
import type { Partnership } from '../../schema/relationships.ts';
import { partialDateBounds } from '../../dates/partialDate.ts';
import {
  eventsAsAt,
  everLegallyPartneredBy,
  isLegallyPartneredAt,
  isOngoingPartnershipStatus,
  partnershipStatusAt,
} from '../partnershipStatus.ts';
import type { KinContext } from './context.ts';
import { EX_SPOUSE, FIANCE, SPOUSE, WIDOW, pick } from './words.ts';

/**
 * What `x` is to their partner in `partnership` on the date: husband, wife, civil partner, partner,
 * fiancé(e), separated husband, ex-wife, former civil partner, ex-partner, late husband, widow…
 * Undefined when the partnership had not started.
 */
export function partnerTerm(ctx: KinContext, x: Person, partnership: Partnership): string | undefined {
  const status = partnershipStatusAt(partnership, ctx.asAt);
  const legal = isLegallyPartneredAt(partnership, ctx.asAt);
  const ever = everLegallyPartneredBy(partnership, ctx.asAt);
  switch (status) {
    case 'not_started':
      return undefined;
    case 'married':
      return pick(x, SPOUSE);
    case 'civil_partnership':
      return 'civil partner';
    case 'engaged':
      return pick(x, FIANCE);
    case 'together':
    case 'cohabiting':
      return 'partner';
    case 'separated':
      if (legal === 'married') return `separated ${pick(x, SPOUSE)}`;
      if (legal === 'civil_partnership') return 'separated civil partner';
      return 'ex-partner';
    case 'widowed': {
      const union =
        ever === 'married' ? pick(x, SPOUSE) : ever === 'civil_partnership' ? 'civil partner' : 'partner';
      if (x.vitalStatus === 'deceased') return `late ${union}`;
      if (ever === 'married') return pick(x, WIDOW);
      return `surviving ${union}`;
    }
    default:
      if (ever === 'civil_partnership') return 'former civil partner';
      if (ever === 'married') return pick(x, EX_SPOUSE);
      return 'ex-partner';
  }
}

/** Of several partnerships between the same two people, the one to describe: an ongoing one, else the last. */
export function pickPartnership(
  ctx: KinContext,
  partnerships: readonly Partnership[],
): Partnership | undefined {
  return (
    partnerships.find((p) => isOngoingPartnershipStatus(partnershipStatusAt(p, ctx.asAt))) ??
    partnerships[partnerships.length - 1]
  );
}

/**
 * How a marriage or civil partnership stands for step and in-law words: `'current'` (married or in a
 * civil partnership on the date, including separated, and after the partner's death), `'former'`
 * (divorced, dissolved, annulled or ended), or undefined when they never married.
 */
export function legalStanding(ctx: KinContext, partnership: Partnership): 'current' | 'former' | undefined {
  if (!everLegallyPartneredBy(partnership, ctx.asAt)) return undefined;
  const status = partnershipStatusAt(partnership, ctx.asAt);
  if (isLegallyPartneredAt(partnership, ctx.asAt) || status === 'widowed') return 'current';
  return 'former';
}

const ENDINGS = new Set(['divorced', 'dissolved', 'annulled', 'ended', 'widowed']);

/**
 * Whether the union was still going when `x` was born (or later), so it can make a step relation.
 * A father's wife who divorced him before his son was born was never the son's stepmother: she is
 * "father's ex-wife". People without a birth date, and unions without a dated end, count.
 */
export function overlapsLifeOf(ctx: KinContext, partnership: Partnership, x: Person): boolean {
  if (x.birth === undefined) return true;
  const status = partnershipStatusAt(partnership, ctx.asAt);
  if (isOngoingPartnershipStatus(status) || status === 'separated') return true;
  const ending = eventsAsAt(partnership, ctx.asAt)
    .filter((e) => ENDINGS.has(e.type))
    .pop();
  if (ending?.date === undefined) return true;
  return partialDateBounds(ending.date).latest >= partialDateBounds(x.birth.date).earliest;
}
