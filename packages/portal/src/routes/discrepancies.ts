import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import { validate } from '../errors.ts';
import { discrepancyJson, mapDiscrepancies } from '../contributions/discrepancies.ts';
import type { RouteContext } from './context.ts';
import { mapAccess, profileOf, requireUser, storedFamily } from './access.ts';
import { MapParams } from './schemas.ts';

/** A map's identity discrepancies: the lead sees all with both values and sources; a partner, its own. */
export function registerDiscrepancyRoutes(app: FastifyInstance, context: RouteContext): void {
  const { database } = context;
  app.get('/api/maps/:mapId/discrepancies', async (request) => {
    const user = requireUser(request);
    const { mapId } = validate(MapParams, request.params, 'address');
    return database.transaction(async (tx) => {
      const { map, role } = await mapAccess(tx, mapId, user);
      const rows = await mapDiscrepancies(tx, mapId, role === 'partner' ? user.agencyId : undefined);
      await audit(tx, {
        user,
        mapId,
        action: 'discrepancy.list',
        profile: profileOf(role),
        detail: { count: rows.length },
      });
      const family = role === 'lead' && rows.length > 0 ? storedFamily(map) : undefined;
      return {
        discrepancies: rows.map((row) => ({
          ...discrepancyJson(row, role, family),
          contributionId: row.contribution_id,
        })),
      };
    });
  });
}
