import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createId, FORMAT_VERSION, parseFamily, serializeFamily } from '@kinmap/model';
import { audit } from '../audit.ts';
import { HttpError, validate } from '../errors.ts';
import type { RouteContext } from './context.ts';
import { mapAccess, profileOf, requireUser, storedFamily, viewFor } from './access.ts';
import { CreateMapSchema, MapParams } from './schemas.ts';

/** The agencies, the maps an agency can see, creating, reading and exporting a map. */
export function registerMapRoutes(app: FastifyInstance, context: RouteContext): void {
  const { database } = context;
  app.get('/api/agencies', async (request) => {
    requireUser(request);
    const rows = await database.query<{ id: string; name: string; kind: string; can_lead: boolean }>(
      'SELECT id, name, kind, can_lead FROM agencies ORDER BY name',
    );
    return { agencies: rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, canLead: r.can_lead })) };
  });

  app.get('/api/maps', async (request) => {
    const user = requireUser(request);
    const rows = await database.query<{
      id: string;
      title: string;
      version: number;
      lead_agency_id: string;
      lead_agency_name: string;
      updated_at: Date;
    }>(
      `SELECT m.id, m.title, m.version, m.lead_agency_id, a.name AS lead_agency_name, m.updated_at
       FROM maps m JOIN agencies a ON a.id = m.lead_agency_id
       WHERE m.lead_agency_id = $1
          OR EXISTS (SELECT 1 FROM map_invitations i WHERE i.map_id = m.id AND i.agency_id = $1)
       ORDER BY m.updated_at DESC, m.id`,
      [user.agencyId],
    );
    return {
      maps: rows.map((r) => ({
        id: r.id,
        title: r.title,
        version: r.version,
        leadAgency: { id: r.lead_agency_id, name: r.lead_agency_name },
        role: r.lead_agency_id === user.agencyId ? 'lead' : 'partner',
        updatedAt: r.updated_at,
      })),
    };
  });

  app.post('/api/maps', async (request, reply) => {
    const user = requireUser(request);
    if (!user.agencyCanLead) {
      throw new HttpError(403, `${user.agencyName} cannot lead a map: only social care agencies can`);
    }
    const body = validate(CreateMapSchema, request.body, 'new map');
    const document =
      body.family ?? ({ formatVersion: FORMAT_VERSION, id: createId('family'), title: body.title } as const);
    const parsed = parseFamily(document);
    if (!parsed.ok) {
      const issues = parsed.issues.map((issue) => ({
        path: issue.path ? `family.${issue.path}` : 'family',
        message: issue.message,
      }));
      throw new HttpError(
        400,
        `The family document is not valid (${issues[0]!.path}: ${issues[0]!.message})`,
        issues,
      );
    }
    const family = body.title && body.family ? { ...parsed.family, title: body.title } : parsed.family;
    const id = `map:${randomUUID()}`;
    await database.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO maps (id, lead_agency_id, title, family, created_by) VALUES ($1, $2, $3, $4::jsonb, $5)`,
        [id, user.agencyId, family.title, JSON.stringify(family), user.id],
      );
      await audit(tx, { user, mapId: id, action: 'map.create', profile: 'lead_agency' });
    });
    return reply.status(201).send({ id, title: family.title, version: 1, role: 'lead', family });
  });

  app.get('/api/maps/:mapId', async (request) => {
    const user = requireUser(request);
    const { mapId } = validate(MapParams, request.params, 'address');
    return database.transaction(async (tx) => {
      const { map, role } = await mapAccess(tx, mapId, user);
      const { family } = viewFor(storedFamily(map), role);
      await audit(tx, {
        user,
        mapId,
        action: 'map.read',
        profile: profileOf(role),
        detail: { version: map.version },
      });
      const invitations =
        role === 'lead'
          ? await tx.query<{ agency_id: string; name: string; invited_at: Date }>(
              `SELECT i.agency_id, a.name, i.invited_at FROM map_invitations i JOIN agencies a ON a.id = i.agency_id
               WHERE i.map_id = $1 ORDER BY i.invited_at, a.name`,
              [mapId],
            )
          : [];
      return {
        id: map.id,
        title: map.title,
        version: map.version,
        role,
        profile: profileOf(role),
        leadAgency: { id: map.lead_agency_id, name: map.lead_agency_name },
        updatedAt: map.updated_at,
        family,
        ...(role === 'lead'
          ? {
              invitedAgencies: invitations.map((i) => ({
                id: i.agency_id,
                name: i.name,
                invitedAt: i.invited_at,
              })),
            }
          : {}),
      };
    });
  });

  app.get('/api/maps/:mapId/export', async (request, reply) => {
    const user = requireUser(request);
    const { mapId } = validate(MapParams, request.params, 'address');
    const text = await database.transaction(async (tx) => {
      const { map, role } = await mapAccess(tx, mapId, user);
      const { family } = viewFor(storedFamily(map), role);
      await audit(tx, {
        user,
        mapId,
        action: 'map.export',
        profile: profileOf(role),
        detail: { version: map.version, format: 'kinmap-json' },
      });
      return serializeFamily(family);
    });
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="family-map.kinmap.json"')
      .send(text);
  });
}
