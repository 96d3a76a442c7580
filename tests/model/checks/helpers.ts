import { checkFamily, type Family, type Finding } from '@kinmap/model';
import { AS_AT } from './familyBuilder.ts';

/** The findings of one check (`'MS-06'`) for a family, as at the builder's date. */
export function findingsOf(family: Family, id: string, asAt = AS_AT): Finding[] {
  return checkFamily(family, { asAt }).findings.filter((f) => f.id === id);
}
