// The contributions table as the routes read it: the row, how a role sees it as JSON, and loading one.
import type { Change } from '@kinmap/model';
import type { Queryable } from '../db/database.ts';
import type { PortalUser } from '../auth/provider.ts';
import { HttpError } from '../errors.ts';
import type { Conflict } from '../contributions/merge.ts';
import { messageForPartner } from '../share/view.ts';
import type { Role } from './access.ts';
import type { Family } from '@kinmap/model';
import { discrepancyJson, type DiscrepancyRow } from '../contributions/discrepancies.ts';

export interface ContributionRow {
  id: string;
  map_id: string;
  agency_id: string;
  agency_name: string;
  practitioner_id: string;
  practitioner_name: string;
  change: Change;
  change_as_sent: Change | null;
  source: string;
  note: string | null;
  base_version: number;
  status: 'pending' | 'accepted' | 'rejected' | 'conflict';
  conflicts: Conflict[] | null;
  decided_by: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  applied_version: number | null;
  created_at: Date;
}

export const CONTRIBUTION_SELECT = `SELECT c.id, c.map_id, c.agency_id, a.name AS agency_name, c.practitioner_id,
  u.display_name AS practitioner_name, c.change, c.change_as_sent, c.source, c.note, c.base_version, c.status, c.conflicts,
  c.decided_by, c.decided_at, c.decision_reason, c.applied_version, c.created_at
  FROM contributions c JOIN agencies a ON a.id = c.agency_id JOIN users u ON u.id = c.practitioner_id`;

/**
 * A contribution as JSON. A partner sees its change as it sent it (in its view's ids) and is never
 * shown the map's values or ids inside a conflict (its profile may hide them): only where and what.
 */
export function contributionJson(
  row: ContributionRow,
  role: Role,
  discrepancies: readonly DiscrepancyRow[] = [],
  family?: Family,
) {
  const conflicts = row.conflicts?.map((conflict) =>
    role === 'lead'
      ? conflict
      : { path: conflict.path, message: messageForPartner(conflict.message, new Map()) },
  );
  return {
    id: row.id,
    mapId: row.map_id,
    agency: { id: row.agency_id, name: row.agency_name },
    practitioner: { id: row.practitioner_id, name: row.practitioner_name },
    change: role === 'lead' ? row.change : (row.change_as_sent ?? row.change),
    source: row.source,
    note: row.note,
    baseVersion: row.base_version,
    status: row.status,
    conflicts: conflicts ?? [],
    discrepancies: discrepancies
      .filter((d) => d.contribution_id === row.id)
      .map((d) => discrepancyJson(d, role, family)),
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
    appliedVersion: row.applied_version,
    createdAt: row.created_at,
  };
}

export async function loadContribution(
  q: Queryable,
  mapId: string,
  contributionId: string,
  user: PortalUser,
  role: Role,
  lock = false,
): Promise<ContributionRow> {
  const rows = await q.query<ContributionRow>(
    `${CONTRIBUTION_SELECT} WHERE c.id = $1 AND c.map_id = $2${lock ? ' FOR UPDATE OF c' : ''}`,
    [contributionId, mapId],
  );
  const row = rows[0];
  // A partner asking for another agency's contribution is told it does not exist.
  if (!row || (role === 'partner' && row.agency_id !== user.agencyId)) {
    throw new HttpError(404, 'There is no such contribution on this map');
  }
  return row;
}
