import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import { validate } from '../errors.ts';
import type { RouteContext } from './context.ts';
import { mapAccess, requireLead, requireUser } from './access.ts';
import { AuditQuerySchema, MapParams } from './schemas.ts';

/** The lead agency reading a map's audit log. */
export function registerAuditRoutes(app: FastifyInstance, context: RouteContext): void {
  const { database } = context;
  app.get('/api/maps/:mapId/audit', async (request) => {
    const user = requireUser(request);
    const { mapId } = validate(MapParams, request.params, 'address');
    const query = validate(AuditQuerySchema, request.query, 'query');
    return database.transaction(async (tx) => {
      const { role } = await mapAccess(tx, mapId, user);
      requireLead(role, 'see the audit log');
      await audit(tx, { user, mapId, action: 'audit.read', profile: 'lead_agency' });
      const rows = await tx.query<{
        id: string;
        at: Date;
        user_id: string | null;
        user_name: string | null;
        agency_id: string | null;
        agency_name: string | null;
        action: string;
        profile: string | null;
        detail: Record<string, unknown>;
      }>(
        `SELECT l.id::text AS id, l.at, l.user_id, u.display_name AS user_name, l.agency_id, a.name AS agency_name,
           l.action, l.profile, l.detail
         FROM audit_log l LEFT JOIN users u ON u.id = l.user_id LEFT JOIN agencies a ON a.id = l.agency_id
         WHERE l.map_id = $1 ${query.before ? 'AND l.id < $3' : ''}
         ORDER BY l.id DESC LIMIT $2`,
        query.before ? [mapId, query.limit, query.before] : [mapId, query.limit],
      );
      return {
        entries: rows.map((r) => ({
          id: Number(r.id),
          at: r.at,
          user: r.user_id ? { id: r.user_id, name: r.user_name } : null,
          agency: r.agency_id ? { id: r.agency_id, name: r.agency_name } : null,
          action: r.action,
          profile: r.profile,
          detail: r.detail,
        })),
      };
    });
  });
}
