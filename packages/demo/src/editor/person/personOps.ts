import { updatePerson, type Family, type PersonId } from '@kinmap/model';
import type { Operation } from '../EditorContext.ts';

type Patch = Parameters<typeof updatePerson>[1]['patch'];

/** An operation that patches one person (a deep patch: `null` removes a field). */
export function patchPerson(id: string, patch: Patch): Operation {
  return (family: Family) => updatePerson(family, { id: id as PersonId, patch });
}
