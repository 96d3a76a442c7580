import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import { HttpError, validate } from '../errors.ts';
import type { RouteContext } from './context.ts';
import { mapAccess, requireLead, requireUser } from './access.ts';
import { InviteSchema, MapParams } from './schemas.ts';

/** The lead agency inviting another agency to a map. */
export function registerInvitationRoutes(app: FastifyInstance, context: RouteContext): void {
  const { database } = context;
  app.post('/api/maps/:mapId/invitations', async (request, reply) => {
    const user = requireUser(request);
    const { mapId } = validate(MapParams, request.params, 'address');
    const { agencyId } = validate(InviteSchema, request.body, 'invitation');
    const created = await database.transaction(async (tx) => {
      const { role, map } = await mapAccess(tx, mapId, user);
      requireLead(role, 'invite agencies');
      if (agencyId === map.lead_agency_id) {
        throw new HttpError(400, 'agencyId: the lead agency is already on this map', [
          { path: 'agencyId', message: 'is the lead agency' },
        ]);
      }
      const agency = await tx.query<{ name: string }>('SELECT name FROM agencies WHERE id = $1', [agencyId]);
      if (!agency[0]) {
        throw new HttpError(400, `agencyId: there is no agency "${agencyId}"`, [
          { path: 'agencyId', message: 'is not a known agency' },
        ]);
      }
      const inserted = await tx.query(
        `INSERT INTO map_invitations (map_id, agency_id, invited_by) VALUES ($1, $2, $3)
         ON CONFLICT (map_id, agency_id) DO NOTHING RETURNING agency_id`,
        [mapId, agencyId, user.id],
      );
      if (inserted.length > 0) {
        await audit(tx, { user, mapId, action: 'map.invite', profile: 'lead_agency', detail: { agencyId } });
      }
      return { created: inserted.length > 0, name: agency[0].name };
    });
    return reply
      .status(created.created ? 201 : 200)
      .send({ mapId, agency: { id: agencyId, name: created.name }, alreadyInvited: !created.created });
  });
}
