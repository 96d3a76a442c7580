import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import { findSession, SESSION_COOKIE } from '../auth/sessions.ts';
import { HttpError, validate } from '../errors.ts';
import {
  listNotifications,
  notificationsAfter,
  notificationsById,
  type NotificationJson,
} from '../inbox/notifications.ts';
import type { InboxHub } from '../inbox/hub.ts';
import type { RouteContext } from './context.ts';
import { requireUser } from './access.ts';
import { InboxQuerySchema, NotificationParams, StreamQuerySchema } from './schemas.ts';

/** How often an open stream sends a comment line, so proxies keep it open (ms). */
const HEARTBEAT_MS = 15_000;

/** Maps an agency can see: it leads them or was invited. */
const VISIBLE_MAP = `(m.lead_agency_id = $1 OR EXISTS (SELECT 1 FROM map_invitations i WHERE i.map_id = m.id AND i.agency_id = $1))`;

/**
 * Each agency's inbox: its notifications, its meeting invitations and the state of its contributions,
 * and a live stream of new notifications (server-sent events) fed by PostgreSQL LISTEN/NOTIFY, so a
 * notification written by any server process reaches every process's open streams.
 */
export function registerInboxRoutes(app: FastifyInstance, context: RouteContext, hub: InboxHub): void {
  const { database } = context;

  app.get('/api/inbox', async (request) => {
    const user = requireUser(request);
    const query = validate(InboxQuerySchema, request.query, 'query');
    return database.transaction(async (tx) => {
      const notifications = await listNotifications(tx, user.agencyId, {
        limit: query.limit,
        ...(query.before !== undefined ? { before: query.before } : {}),
        unreadOnly: query.unread === '1' || query.unread === 'true',
      });
      const unread = await tx.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM notifications WHERE agency_id = $1 AND read_at IS NULL',
        [user.agencyId],
      );
      const meetings = await tx.query<{
        id: string;
        map_id: string;
        map_title: string;
        title: string;
        starts_at: Date;
        place: string | null;
      }>(
        `SELECT g.id, g.map_id, m.title AS map_title, g.title, g.starts_at, g.place
         FROM meetings g JOIN maps m ON m.id = g.map_id
         WHERE ${VISIBLE_MAP} AND g.agencies @> jsonb_build_array(jsonb_build_object('id', $1::text))
           AND g.starts_at >= now() - interval '1 day'
         ORDER BY g.starts_at, g.id LIMIT 100`,
        [user.agencyId],
      );
      const counts = await tx.query<{ status: string; n: number }>(
        `SELECT c.status, count(*)::int AS n FROM contributions c JOIN maps m ON m.id = c.map_id
         WHERE c.agency_id = $1 AND ${VISIBLE_MAP} GROUP BY c.status`,
        [user.agencyId],
      );
      const recent = await tx.query<{
        id: string;
        map_id: string;
        map_title: string;
        status: string;
        created_at: Date;
        decided_at: Date | null;
        decision_reason: string | null;
        practitioner_name: string;
      }>(
        `SELECT c.id, c.map_id, m.title AS map_title, c.status, c.created_at, c.decided_at, c.decision_reason,
           u.display_name AS practitioner_name
         FROM contributions c JOIN maps m ON m.id = c.map_id JOIN users u ON u.id = c.practitioner_id
         WHERE c.agency_id = $1 AND ${VISIBLE_MAP}
         ORDER BY coalesce(c.decided_at, c.created_at) DESC, c.id LIMIT 50`,
        [user.agencyId],
      );
      const toReview = await tx.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM contributions c JOIN maps m ON m.id = c.map_id
         WHERE m.lead_agency_id = $1 AND c.status IN ('pending', 'conflict')`,
        [user.agencyId],
      );
      await audit(tx, {
        user,
        action: 'inbox.read',
        detail: { notifications: notifications.map((n) => n.id) },
      });
      const byStatus = Object.fromEntries(counts.map((c) => [c.status, c.n]));
      return {
        agency: { id: user.agencyId, name: user.agencyName },
        unread: unread[0]?.n ?? 0,
        notifications,
        meetings: meetings.map((g) => ({
          id: g.id,
          mapId: g.map_id,
          mapTitle: g.map_title,
          title: g.title,
          startsAt: g.starts_at,
          place: g.place,
        })),
        contributions: {
          counts: {
            pending: byStatus['pending'] ?? 0,
            accepted: byStatus['accepted'] ?? 0,
            rejected: byStatus['rejected'] ?? 0,
            conflict: byStatus['conflict'] ?? 0,
          },
          recent: recent.map((c) => ({
            id: c.id,
            mapId: c.map_id,
            mapTitle: c.map_title,
            status: c.status,
            practitioner: c.practitioner_name,
            createdAt: c.created_at,
            decidedAt: c.decided_at,
            decisionReason: c.decision_reason,
          })),
        },
        ...(user.agencyCanLead ? { toReview: toReview[0]?.n ?? 0 } : {}),
      };
    });
  });

  app.post('/api/inbox/notifications/:notificationId/read', async (request) => {
    const user = requireUser(request);
    const { notificationId } = validate(NotificationParams, request.params, 'address');
    return database.transaction(async (tx) => {
      // Another agency's notification answers 404, exactly as one that does not exist.
      const rows = await tx.query<{ id: string }>(
        `UPDATE notifications SET read_at = coalesce(read_at, now()), read_by = coalesce(read_by, $3)
         WHERE id = $1 AND agency_id = $2 RETURNING id::text AS id`,
        [notificationId, user.agencyId, user.id],
      );
      if (!rows[0]) throw new HttpError(404, 'There is no such notification in your inbox');
      await audit(tx, {
        user,
        action: 'notification.read',
        detail: { notificationId: Number(notificationId) },
      });
      return (await notificationsById(tx, user.agencyId, [Number(notificationId)]))[0];
    });
  });

  app.get('/api/inbox/stream', async (request, reply) => {
    const user = requireUser(request);
    const query = validate(StreamQuerySchema, request.query, 'query');
    const header = request.headers['last-event-id'];
    const lastEventId = typeof header === 'string' && /^\d{1,18}$/.test(header) ? Number(header) : undefined;
    const tokenHash = request.portalSession!.tokenHash;
    const cookie = request.cookies[SESSION_COOKIE];
    // Where to start: after the last event the browser saw, after `after`, or from now.
    let after = lastEventId ?? query.after;
    if (after === undefined) {
      const rows = await database.query<{ id: string | null }>(
        'SELECT max(id)::text AS id FROM notifications WHERE agency_id = $1',
        [user.agencyId],
      );
      after = Number(rows[0]?.id ?? 0);
    }
    await database.transaction((tx) =>
      audit(tx, { user, action: 'inbox.stream', detail: { after, process: process.pid } }),
    );

    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write(`retry: 2000\n: inbox of ${user.agencyId}\n\n`);

    const seen = new Set<number>();
    let highest = after;
    let closed = false;
    let chain: Promise<void> = Promise.resolve();
    const send = (items: readonly NotificationJson[]) => {
      for (const item of items) {
        if (seen.has(item.id) || item.id <= after!) continue;
        seen.add(item.id);
        highest = Math.max(highest, item.id);
        raw.write(`id: ${item.id}\nevent: notification\ndata: ${JSON.stringify(item)}\n\n`);
      }
      if (seen.size > 10_000) seen.clear();
    };
    // One delivery at a time, in order; the session is checked each time (signed out: the stream ends).
    const enqueue = (work: () => Promise<readonly NotificationJson[]>) => {
      chain = chain
        .then(async () => {
          if (closed) return;
          const session = await findSession(database, cookie);
          if (!session || session.tokenHash !== tokenHash) return end();
          const items = await work();
          if (!closed) send(items);
        })
        .catch(() => end());
    };
    const heartbeat = setInterval(() => {
      if (!closed) raw.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    let unsubscribe = (): void => {};
    unsubscribe = hub.subscribe(user.agencyId, {
      onNotifications: (ids) => enqueue(() => notificationsById(database, user.agencyId, ids)),
      onCatchUp: () => enqueue(() => notificationsAfter(database, user.agencyId, highest)),
      onClose: () => end(),
    });
    function end(): void {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      unsubscribe();
      raw.end();
    }
    request.raw.on('close', end);
    // Listening first, then catching up on what came since `after`: nothing falls in between.
    enqueue(() => notificationsAfter(database, user.agencyId, after!));
  });
}
