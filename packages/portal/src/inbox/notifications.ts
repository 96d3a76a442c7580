import type { Queryable } from '../db/database.ts';

/** What a notification is about. */
export type NotificationKind =
  | 'discrepancy_raised'
  | 'discrepancy_resolved'
  | 'contribution_accepted'
  | 'contribution_rejected'
  | 'contribution_conflict'
  | 'outcome_recorded'
  | 'meeting_invitation';

/** One notification to write into agencies' inboxes. */
export interface NewNotification {
  readonly mapId: string | null;
  readonly kind: NotificationKind;
  /** A short heading, plain words. */
  readonly title: string;
  /** The message, plain words (shown as text, never HTML). */
  readonly body: string;
  /** Ids the inbox can link to (`contributionId`, `meetingId`…), as the recipient may see them. */
  readonly detail?: Record<string, unknown>;
}

/**
 * Writes a notification into each agency's inbox, in the caller's transaction. A trigger on the
 * table announces each row with `pg_notify` in that same transaction, so every server process hears
 * of it when (and only if) the transaction commits. Returns the new rows' ids.
 *
 * @example
 * await notify(tx, ['agency:riverside-gp'], { mapId, kind: 'outcome_recorded', title: 'Outcome', body: '…' });
 */
export async function notify(
  tx: Queryable,
  agencyIds: Iterable<string>,
  notification: NewNotification,
): Promise<number[]> {
  const ids: number[] = [];
  for (const agencyId of new Set(agencyIds)) {
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO notifications (agency_id, map_id, kind, title, body, detail)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING id::text AS id`,
      [
        agencyId,
        notification.mapId,
        notification.kind,
        notification.title,
        notification.body,
        JSON.stringify(notification.detail ?? {}),
      ],
    );
    ids.push(Number(rows[0]!.id));
  }
  return ids;
}

/** A notification as an inbox shows it. */
export interface NotificationJson {
  id: number;
  mapId: string | null;
  mapTitle: string | null;
  kind: string;
  title: string;
  body: string;
  detail: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

interface NotificationRow {
  id: string;
  map_id: string | null;
  map_title: string | null;
  kind: string;
  title: string;
  body: string;
  detail: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
}

const NOTIFICATION_SELECT = `SELECT n.id::text AS id, n.map_id, m.title AS map_title, n.kind, n.title, n.body,
  n.detail, n.created_at, n.read_at FROM notifications n LEFT JOIN maps m ON m.id = n.map_id`;

function toJson(row: NotificationRow): NotificationJson {
  return {
    id: Number(row.id),
    mapId: row.map_id,
    mapTitle: row.map_title,
    kind: row.kind,
    title: row.title,
    body: row.body,
    detail: row.detail,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/** An agency's notifications, newest first (`before` an id, for the next page). */
export async function listNotifications(
  q: Queryable,
  agencyId: string,
  options: { limit: number; before?: number; unreadOnly?: boolean },
): Promise<NotificationJson[]> {
  const params: unknown[] = [agencyId, options.limit];
  let where = 'n.agency_id = $1';
  if (options.before !== undefined) {
    params.push(options.before);
    where += ` AND n.id < $${params.length}`;
  }
  if (options.unreadOnly) where += ' AND n.read_at IS NULL';
  const rows = await q.query<NotificationRow>(
    `${NOTIFICATION_SELECT} WHERE ${where} ORDER BY n.id DESC LIMIT $2`,
    params,
  );
  return rows.map(toJson);
}

/** The agency's notifications with these ids (others' are left out), oldest first. */
export async function notificationsById(
  q: Queryable,
  agencyId: string,
  ids: readonly number[],
): Promise<NotificationJson[]> {
  if (ids.length === 0) return [];
  const rows = await q.query<NotificationRow>(
    `${NOTIFICATION_SELECT} WHERE n.agency_id = $1 AND n.id = ANY($2::bigint[]) ORDER BY n.id`,
    [agencyId, ids.map(String)],
  );
  return rows.map(toJson);
}

/** The agency's notifications after an id, oldest first (catching up a stream). */
export async function notificationsAfter(
  q: Queryable,
  agencyId: string,
  after: number,
  limit = 500,
): Promise<NotificationJson[]> {
  const rows = await q.query<NotificationRow>(
    `${NOTIFICATION_SELECT} WHERE n.agency_id = $1 AND n.id > $2 ORDER BY n.id LIMIT $3`,
    [agencyId, after, limit],
  );
  return rows.map(toJson);
}
