import type * as z from 'zod/mini';
import type { PartnershipId, PersonId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import { PartnershipEventSchema, PartnershipSchema } from '../schema/relationships.ts';
import { mapCollection, replaceAt } from './internal/collections.ts';
import { commit, type AddResult, type OperationResult } from './internal/commit.ts';
import { addEntity, dropEntity, patchEntity } from './internal/entityOps.ts';
import { requireEntity } from './internal/lookup.ts';
import type { DeepPatch } from './internal/mergePatch.ts';
import { fail, parseOrThrow } from './internal/validate.ts';

type PartnershipFields = Omit<z.input<typeof PartnershipSchema>, 'id' | 'partners'>;

/**
 * What `addPartnership` takes: the two partners, optional fields, and an optional explicit id.
 *
 * @example
 * const input: AddPartnershipInput = { partners: [amy, ben], kind: 'marriage' };
 */
export type AddPartnershipInput = PartnershipFields & { partners: [PersonId, PersonId]; id?: PartnershipId };

/** Checks both partners exist and differ. */
export function requirePartners(family: Family, partners: unknown, operation: string): void {
  if (!Array.isArray(partners) || partners.length !== 2)
    fail(operation, 'partners', 'must list exactly two people');
  requireEntity(family, 'people', partners[0], operation, 'partners[0]');
  requireEntity(family, 'people', partners[1], operation, 'partners[1]');
  if (partners[0] === partners[1]) fail(operation, 'partners', 'a person cannot be their own partner');
}

/**
 * Adds a partnership (marriage, cohabiting, affair…) between two people already in the family.
 *
 * @example
 * addPartnership(family, {
 *   partners: [amy, ben],
 *   kind: 'marriage',
 *   events: [{ type: 'married', date: '2012-06-02' }],
 * });
 */
export function addPartnership(family: Family, input: AddPartnershipInput): AddResult<PartnershipId> {
  requirePartners(family, input?.partners, 'addPartnership');
  return addEntity(family, 'partnerships', PartnershipSchema, input, 'addPartnership', 'Add partnership');
}

/**
 * Updates a partnership's fields with a deep patch (`null` removes an optional field). The partners may
 * be changed too; both must be people in the family.
 *
 * @example
 * updatePartnership(family, { id: partnership, patch: { kind: 'cohabiting' } });
 */
export function updatePartnership(
  family: Family,
  input: { id: PartnershipId; patch: DeepPatch<PartnershipFields> & { partners?: [PersonId, PersonId] } },
): OperationResult {
  const operation = 'updatePartnership';
  const patch = input?.patch as { partners?: unknown } | undefined;
  if (patch?.partners !== undefined) requirePartners(family, patch.partners, operation);
  const next = patchEntity(family, 'partnerships', PartnershipSchema, input?.id, input?.patch, operation);
  return commit(family, next, operation, 'Update partnership');
}

/**
 * Adds a dated event (married, separated, divorced, reconciled…) to a partnership. Events are kept in
 * date order; undated events go last.
 *
 * @example
 * addPartnershipEvent(family, { partnership, event: { type: 'separated', date: '2020-01' } });
 */
export function addPartnershipEvent(
  family: Family,
  input: { partnership: PartnershipId; event: z.input<typeof PartnershipEventSchema> },
): OperationResult {
  const operation = 'addPartnershipEvent';
  const { entity, index } = requireEntity(
    family,
    'partnerships',
    input?.partnership,
    operation,
    'partnership',
  );
  const event = parseOrThrow(PartnershipEventSchema, input.event, operation, 'event');
  const events = [...entity.events, event];
  const dated = events.filter((e) => e.date !== undefined);
  dated.sort((a, b) => (a.date as string).localeCompare(b.date as string));
  const ordered = [...dated, ...events.filter((e) => e.date === undefined)];
  const next = replaceAt(family, 'partnerships', index, { ...entity, events: ordered });
  return commit(family, next, operation, 'Add partnership event');
}

/**
 * Removes a partnership. The partners' links to their children stay (they are still the parents); the
 * links just no longer name the partnership.
 *
 * @example
 * removePartnership(family, { id: partnership });
 */
export function removePartnership(family: Family, input: { id: PartnershipId }): OperationResult {
  const operation = 'removePartnership';
  let next = dropEntity(family, 'partnerships', input?.id, operation);
  next = mapCollection(next, 'parentChildLinks', (link) => {
    if (link.partnership !== input.id) return link;
    const { partnership: _dropped, ...rest } = link;
    return rest;
  });
  return commit(family, next, operation, 'Remove partnership');
}
