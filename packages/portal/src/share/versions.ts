// The versions of a map the portal has kept (table map_versions, written by a trigger on maps), so a
// partner's change can be matched through the ids of the very view it was written against.
import { parseFamily, type Family } from '@kinmap/model';
import type { Queryable } from '../db/database.ts';

/**
 * The family of one version of a map, as it was at that version, or `undefined` when that version was
 * never kept (a map made before the portal kept versions keeps only the versions from then on).
 *
 * @example
 * const base = await familyAtVersion(tx, 'map:leo', 3);
 * if (base) familyForProfile(base, 'partner_agency').toMapIds; // the ids the partner saw at version 3
 */
export async function familyAtVersion(
  q: Queryable,
  mapId: string,
  version: number,
): Promise<Family | undefined> {
  const rows = await q.query<{ family: unknown }>(
    'SELECT family FROM map_versions WHERE map_id = $1 AND version = $2',
    [mapId, version],
  );
  const row = rows[0];
  if (!row) return undefined;
  const parsed = parseFamily(row.family);
  if (!parsed.ok) {
    throw new Error(
      `map ${mapId} version ${version}: the stored family could not be read (${parsed.issues[0]?.message ?? ''})`,
    );
  }
  return parsed.family;
}
