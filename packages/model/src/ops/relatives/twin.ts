import type { Family } from '../../schema/family.ts';
import { MultipleBirthSchema } from '../../schema/relationships.ts';
import { appendEntity, replaceAt } from '../internal/collections.ts';
import { newId } from '../internal/entityOps.ts';
import { parseOrThrow } from '../internal/validate.ts';
import { addTwinParents } from './childAndSiblings.ts';
import type { RelativeContext } from './context.ts';

/**
 * `twin`: the new person gets `of`'s parents (same links and partnership) and joins `of`'s multiple
 * birth, which is created if `of` has none. The birth date was copied when the person was built.
 */
export function addTwin(family: Family, ctx: RelativeContext): Family {
  const { of, person, input, operation } = ctx;
  const next = addTwinParents(family, ctx);
  const index = next.multipleBirths.findIndex((g) => g.members.includes(of.id));
  const group = next.multipleBirths[index];
  if (group) {
    const updated = { ...group, members: [...group.members, person.id] };
    if (input.zygosity !== undefined) updated.zygosity = input.zygosity;
    return replaceAt(
      next,
      'multipleBirths',
      index,
      parseOrThrow(MultipleBirthSchema, updated, operation, 'zygosity'),
    );
  }
  const id = newId(next, 'multipleBirths', input.ids?.multipleBirth, operation, 'ids.multipleBirth');
  const created = parseOrThrow(
    MultipleBirthSchema,
    { id, members: [of.id, person.id], zygosity: input.zygosity ?? 'unknown' },
    operation,
    'zygosity',
  );
  return appendEntity(next, 'multipleBirths', created);
}
