import type { PersonId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import { ApproxDateSchema } from '../schema/common.ts';
import { PersonSchema } from '../schema/person.ts';
import { deepEqual } from '../changes/deepEqual.ts';
import { appendEntity } from './internal/collections.ts';
import { commit, type AddResult } from './internal/commit.ts';
import { buildEntity } from './internal/entityOps.ts';
import { requireEntity } from './internal/lookup.ts';
import { fail, parseOrThrow } from './internal/validate.ts';
import { addChild, addHalfSibling, addSibling } from './relatives/childAndSiblings.ts';
import {
  relativeContext,
  type AddRelativeInput,
  type Relation,
  type RelativeContext,
} from './relatives/context.ts';
import { addParent, addPartner } from './relatives/parentAndPartner.ts';
import { addTwin } from './relatives/twin.ts';

const BUILDERS: Record<Relation, (family: Family, ctx: RelativeContext) => Family> = {
  parent: addParent,
  partner: addPartner,
  child: addChild,
  sibling: addSibling,
  half_sibling: addHalfSibling,
  twin: addTwin,
};

const LABELS: Record<Relation, string> = {
  parent: 'Add parent',
  partner: 'Add partner',
  child: 'Add child',
  sibling: 'Add sibling',
  half_sibling: 'Add half-sibling',
  twin: 'Add twin',
};

/**
 * Adds a new person related to someone already in the family, with the links that relation needs, in
 * one change:
 * - `parent`: a parent link; if `of` already has one parent of that kind, the two parents are joined in
 *   a partnership (kind `unknown` unless `partnershipFields` says otherwise) and both links name it.
 * - `partner`: a partnership with `of`.
 * - `child`: under `partnership`, or `of`'s only or most recent partnership, or as `of`'s child alone
 *   (`singleParent: true`, or no partnership).
 * - `sibling`: the same parents and partnership as `of` (who must have a parent on the map).
 * - `half_sibling`: under `partnership`, a partnership of one of `of`'s parents other than their own
 *   parents' one; or with `via`, the child of that one parent alone.
 * - `twin`: the same parents and birth date as `of`, in a new or extended multiple birth.
 *
 * @example
 * const { family: next, id: leo } = addRelative(family, {
 *   of: amy,
 *   relation: 'child',
 *   person: { names: { given: 'Leo' }, sexAtBirth: 'male', birth: { date: '2019-03-14' } },
 * });
 */
export function addRelative(family: Family, input: AddRelativeInput): AddResult<PersonId> {
  const operation = 'addRelative';
  if (typeof input !== 'object' || input === null) fail(operation, '', 'needs `of` and `relation`');
  const { entity: of } = requireEntity(family, 'people', input.of, operation, 'of');
  if (typeof input.relation !== 'string' || !Object.hasOwn(BUILDERS, input.relation)) {
    fail(operation, 'relation', `must be one of ${Object.keys(BUILDERS).join(', ')}`);
  }
  const build = BUILDERS[input.relation];
  const links = input.ids?.links ?? [];
  if (new Set(links).size !== links.length) fail(operation, 'ids.links', 'the same id is listed twice');
  let fields = input.person ?? {};
  if (input.relation === 'twin') {
    const birth =
      fields.birth === undefined
        ? undefined
        : parseOrThrow(ApproxDateSchema, fields.birth, operation, 'person.birth');
    if (birth !== undefined && !deepEqual(birth, of.birth)) {
      fail(
        operation,
        'person.birth',
        `a twin shares "${of.id}"'s birth date; leave it out or give the same date`,
      );
    }
    if (of.birth !== undefined) fields = { ...fields, birth: of.birth };
  }
  const person = buildEntity(family, 'people', PersonSchema, fields, operation, 'person');
  const ctx = relativeContext(operation, input, of, person);
  const next = build(appendEntity(family, 'people', person), ctx);
  return { ...commit(family, next, operation, LABELS[input.relation]), id: person.id };
}
