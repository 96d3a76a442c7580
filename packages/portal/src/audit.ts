import type { Queryable } from './db/database.ts';
import type { PortalUser } from './auth/provider.ts';

/** What the audit log records. */
export type AuditAction =
  | 'session.sign_in'
  | 'session.sign_in_refused'
  | 'session.sign_out'
  | 'map.create'
  | 'map.read'
  | 'map.export'
  | 'map.invite'
  | 'contribution.create'
  | 'contribution.list'
  | 'contribution.read'
  | 'contribution.accept'
  | 'contribution.reject'
  | 'contribution.conflict'
  | 'audit.read'
  | 'discrepancy.list'
  | 'meeting.create'
  | 'meeting.list'
  | 'outcome.record'
  | 'outcome.list'
  | 'inbox.read'
  | 'inbox.stream'
  | 'notification.read';

/**
 * Appends one row to the audit log (which refuses updates and deletes). Call it in the same
 * transaction as the action, so an action is never without its row.
 *
 * @example
 * await audit(tx, { user, mapId, action: 'map.read', profile: 'partner_agency' });
 */
export async function audit(
  tx: Queryable,
  entry: {
    user: PortalUser | null;
    action: AuditAction;
    mapId?: string | null;
    profile?: string | null;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (user_id, agency_id, map_id, action, profile, detail)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [
      entry.user?.id ?? null,
      entry.user?.agencyId ?? null,
      entry.mapId ?? null,
      entry.action,
      entry.profile ?? null,
      JSON.stringify(entry.detail ?? {}),
    ],
  );
}
