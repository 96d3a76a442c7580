import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import { z } from 'zod';
import {
  createId,
  FORMAT_VERSION,
  parseFamily,
  serializeFamily,
  type Change,
  type Family,
} from '@kinmap/model';
import type { Database, Queryable } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { MIGRATIONS } from './db/migrations.ts';
import { createLocalProvider, type PortalUser, type SignInProvider } from './auth/provider.ts';
import {
  createSession,
  csrfMatches,
  CSRF_HEADER,
  endSession,
  findSession,
  SESSION_COOKIE,
  SESSION_HOURS,
  type ActiveSession,
} from './auth/sessions.ts';
import { audit } from './audit.ts';
import { checkDepth, HttpError, validate } from './errors.ts';
import { ContributionInputSchema } from './contributions/changePayload.ts';
import { mergeContribution, type Conflict } from './contributions/merge.ts';
import {
  familyForProfile,
  messageForPartner,
  translateIds,
  type ProfileView,
  type ViewProfile,
} from './share/view.ts';

declare module 'fastify' {
  interface FastifyRequest {
    portalSession: ActiveSession | null;
  }
}

/** How to build a portal server. */
export interface PortalOptions {
  /** Where the data lives (see `openDatabase`). The caller opens and closes it. */
  database: Database;
  /** How people sign in; the local email-and-password provider by default. */
  provider?: SignInProvider;
  /** Mark the session cookie `Secure` (default true; browsers accept it on http://localhost too). */
  secureCookies?: boolean;
  /** Fastify's request log (default off). */
  logger?: boolean;
}

/** Deepest nesting a contribution may have (a family document allows 32; the change wraps it). */
const MAX_DEPTH = 40;

/** Largest request body (a whole family document on "create map"). */
const BODY_LIMIT = 5 * 1024 * 1024;

type Role = 'lead' | 'partner';

interface MapRow {
  id: string;
  lead_agency_id: string;
  lead_agency_name: string;
  title: string;
  family: unknown;
  version: number;
  created_at: Date;
  updated_at: Date;
  is_lead: boolean;
  invited: boolean;
}

interface ContributionRow {
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

const IdParam = z.string().min(1).max(200);
const MapParams = z.strictObject({ mapId: IdParam });
const ContributionParams = z.strictObject({ mapId: IdParam, contributionId: IdParam });

const SignInSchema = z.strictObject({
  email: z.string().trim().min(1, 'is required').max(320),
  password: z.string().min(1, 'is required').max(1000),
});
const CreateMapSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'is required').max(200).optional(),
    family: z.unknown().optional(),
  })
  .refine((body) => body.title !== undefined || body.family !== undefined, {
    message: 'give a title (for an empty map) or a family document',
    path: ['title'],
  });
const InviteSchema = z.strictObject({ agencyId: z.string().min(1, 'is required').max(200) });
const DecisionSchema = z.strictObject({
  decision: z.enum(['accept', 'reject']),
  reason: z.string().trim().max(2000).optional(),
  mapVersion: z.int().min(1).optional(),
});
const AuditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  before: z.coerce.number().int().min(1).optional(),
});

const NOT_FOUND_MAP = 'There is no such map, or your agency has not been invited to it';

function requireUser(request: FastifyRequest): PortalUser {
  const user = request.portalSession?.user;
  if (!user) throw new HttpError(401, 'Sign in first');
  return user;
}

const MAP_SELECT = `SELECT m.id, m.lead_agency_id, a.name AS lead_agency_name, m.title, m.family, m.version,
  m.created_at, m.updated_at, (m.lead_agency_id = $2) AS is_lead,
  EXISTS (SELECT 1 FROM map_invitations i WHERE i.map_id = m.id AND i.agency_id = $2) AS invited
  FROM maps m JOIN agencies a ON a.id = m.lead_agency_id WHERE m.id = $1`;

/**
 * The map and the user's role on it. A map that does not exist and a map the user's agency is not
 * invited to look the same (404), so an outsider cannot learn that a map exists.
 */
async function mapAccess(
  q: Queryable,
  mapId: string,
  user: PortalUser,
  lock = false,
): Promise<{ map: MapRow; role: Role }> {
  const rows = await q.query<MapRow>(`${MAP_SELECT}${lock ? ' FOR UPDATE OF m' : ''}`, [
    mapId,
    user.agencyId,
  ]);
  const map = rows[0];
  if (!map || (!map.is_lead && !map.invited)) throw new HttpError(404, NOT_FOUND_MAP);
  return { map, role: map.is_lead ? 'lead' : 'partner' };
}

function requireLead(role: Role, what: string): void {
  if (role !== 'lead') throw new HttpError(403, `Only the lead agency can ${what}`);
}

function storedFamily(map: MapRow): Family {
  const parsed = parseFamily(map.family);
  if (!parsed.ok) {
    throw new Error(
      `map ${map.id}: the stored family could not be read (${parsed.issues[0]?.message ?? ''})`,
    );
  }
  return parsed.family;
}

function profileOf(role: Role): ViewProfile {
  return role === 'lead' ? 'lead_agency' : 'partner_agency';
}

function viewFor(family: Family, role: Role): ProfileView {
  return familyForProfile(family, profileOf(role));
}

const CONTRIBUTION_SELECT = `SELECT c.id, c.map_id, c.agency_id, a.name AS agency_name, c.practitioner_id,
  u.display_name AS practitioner_name, c.change, c.change_as_sent, c.source, c.note, c.base_version, c.status, c.conflicts,
  c.decided_by, c.decided_at, c.decision_reason, c.applied_version, c.created_at
  FROM contributions c JOIN agencies a ON a.id = c.agency_id JOIN users u ON u.id = c.practitioner_id`;

/**
 * A contribution as JSON. A partner sees its change as it sent it (in its view's ids) and is never
 * shown the map's values or ids inside a conflict (its profile may hide them): only where and what.
 */
function contributionJson(row: ContributionRow, role: Role) {
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
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
    appliedVersion: row.applied_version,
    createdAt: row.created_at,
  };
}

async function loadContribution(
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

function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Builds the portal's HTTP server (Fastify) on a database: brings the schema up to date, then
 * registers the routes. Nothing listens until you call `listen`; tests use `inject`.
 *
 * @example
 * const database = await openDatabase({ url: process.env.DATABASE_URL });
 * const app = await createPortal({ database });
 * const response = await app.inject({ method: 'GET', url: '/api/session' }); // 401
 * await app.listen({ port: 3000, host: '127.0.0.1' });
 */
export async function createPortal(options: PortalOptions): Promise<FastifyInstance> {
  const { database } = options;
  const provider = options.provider ?? createLocalProvider(database);
  const secure = options.secureCookies ?? true;
  await migrate(database, MIGRATIONS);

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT });
  // JSON only: a cross-site HTML form can send text/plain without asking first, but not JSON.
  app.removeContentTypeParser('text/plain');
  await app.register(cookie);
  app.decorateRequest('portalSession', null);

  app.addHook('onRequest', async (request) => {
    request.portalSession = await findSession(database, request.cookies[SESSION_COOKIE]);
    if (
      request.portalSession &&
      UNSAFE_METHODS.has(request.method) &&
      // Signing in needs no token (there is no session to forge yet; it takes JSON only).
      !(request.method === 'POST' && request.routeOptions.url === '/api/session')
    ) {
      if (!csrfMatches(request.portalSession.csrfToken, request.headers[CSRF_HEADER])) {
        throw new HttpError(403, `This change needs the session's CSRF token in the ${CSRF_HEADER} header`);
      }
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HttpError) {
      return reply.status(error.status).send({
        error: error.message,
        ...(error.issues ? { issues: error.issues } : {}),
        ...error.extra,
      });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return reply.status(status).send({ error: (error as Error).message });
    }
    request.log.error(error);
    return reply.status(500).send({ error: 'Something went wrong on the server; nothing was changed' });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ error: 'There is nothing at this address' }),
  );

  // ── Sign in and out ────────────────────────────────────────────────────────
  app.post('/api/session', async (request, reply) => {
    const body = validate(SignInSchema, request.body, 'sign-in');
    const user = await provider.signIn(body);
    if (!user) {
      await audit(database, {
        user: null,
        action: 'session.sign_in_refused',
        detail: { email: body.email, provider: provider.name },
      });
      throw new HttpError(401, 'That email address and password were not recognised');
    }
    if (request.portalSession) await endSession(database, request.portalSession.tokenHash);
    const session = await createSession(database, user.id);
    await audit(database, { user, action: 'session.sign_in', detail: { provider: provider.name } });
    setSessionCookie(reply, session.token, secure);
    return reply.status(200).send({ user, csrfToken: session.csrfToken, expiresAt: session.expiresAt });
  });

  app.get('/api/session', async (request) => {
    const user = requireUser(request);
    return { user, csrfToken: request.portalSession!.csrfToken };
  });

  app.delete('/api/session', async (request, reply) => {
    const user = requireUser(request);
    await endSession(database, request.portalSession!.tokenHash);
    await audit(database, { user, action: 'session.sign_out' });
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure, sameSite: 'strict' });
    return reply.status(204).send();
  });

  // ── Agencies and maps ──────────────────────────────────────────────────────
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

  // ── Contributions ──────────────────────────────────────────────────────────
  app.post('/api/maps/:mapId/contributions', async (request, reply) => {
    const user = requireUser(request);
    const { mapId } = validate(MapParams, request.params, 'address');
    checkDepth(request.body, MAX_DEPTH, 'contribution');
    const input = validate(ContributionInputSchema, request.body, 'contribution');
    const row = await database.transaction(async (tx) => {
      const { map, role } = await mapAccess(tx, mapId, user);
      if (input.baseVersion > map.version) {
        throw new HttpError(400, `baseVersion: the map is at version ${map.version}`, [
          { path: 'baseVersion', message: `is newer than the map (version ${map.version})` },
        ]);
      }
      const current = storedFamily(map);
      // A partner wrote its change against its view, whose ids are not the map's: translate them.
      const view = role === 'partner' ? viewFor(current, role) : undefined;
      const { value: change, translated } = view
        ? translateIds(input.change, view.toMapIds)
        : { value: input.change, translated: 0 };
      if (view && translated > 0 && input.baseVersion !== map.version) {
        // The view's ids are only good for the version it was made from.
        throw new HttpError(
          409,
          `The map has changed since you looked at it (it is now at version ${map.version}): look again and send your change again`,
          undefined,
          { mapVersion: map.version },
        );
      }
      const toPartner = (message: string) => (view ? messageForPartner(message, view.toMapIds) : message);
      const merged = mergeContribution(current, change);
      let status: ContributionRow['status'] = 'pending';
      let conflicts: readonly Conflict[] | null = null;
      if (!merged.ok) {
        if (input.baseVersion === map.version) {
          // Nothing has changed since the contributor looked: the change itself does not fit the map.
          const issues = merged.conflicts.map((c) => ({
            path: `change.${c.path}`,
            message: toPartner(c.message),
          }));
          throw new HttpError(
            422,
            `The change does not fit the map (${issues[0]!.path}: ${issues[0]!.message})`,
            issues,
          );
        }
        // The map has moved on since the contributor looked: keep it, as a conflict for the lead.
        status = 'conflict';
        conflicts = merged.conflicts;
      }
      const id = `contribution:${randomUUID()}`;
      await tx.query(
        `INSERT INTO contributions (id, map_id, agency_id, practitioner_id, change, change_as_sent, source, note,
           base_version, status, conflicts)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9, $10, $11::jsonb)`,
        [
          id,
          mapId,
          user.agencyId,
          user.id,
          JSON.stringify(change),
          view ? JSON.stringify(input.change) : null,
          input.source,
          input.note ?? null,
          input.baseVersion,
          status,
          conflicts ? JSON.stringify(conflicts) : null,
        ],
      );
      await audit(tx, {
        user,
        mapId,
        action: 'contribution.create',
        profile: profileOf(role),
        detail: { contributionId: id, status, source: input.source },
      });
      const saved = await loadContribution(tx, mapId, id, user, role);
      return contributionJson(saved, role);
    });
    return reply.status(201).send(row);
  });

  app.get('/api/maps/:mapId/contributions', async (request) => {
    const user = requireUser(request);
    const { mapId } = validate(MapParams, request.params, 'address');
    return database.transaction(async (tx) => {
      const { role } = await mapAccess(tx, mapId, user);
      const rows = await tx.query<ContributionRow>(
        `${CONTRIBUTION_SELECT} WHERE c.map_id = $1 ${role === 'partner' ? 'AND c.agency_id = $2' : ''}
         ORDER BY c.created_at, c.id`,
        role === 'partner' ? [mapId, user.agencyId] : [mapId],
      );
      await audit(tx, {
        user,
        mapId,
        action: 'contribution.list',
        profile: profileOf(role),
        detail: { count: rows.length },
      });
      return { contributions: rows.map((row) => contributionJson(row, role)) };
    });
  });

  app.get('/api/maps/:mapId/contributions/:contributionId', async (request) => {
    const user = requireUser(request);
    const { mapId, contributionId } = validate(ContributionParams, request.params, 'address');
    return database.transaction(async (tx) => {
      const { map, role } = await mapAccess(tx, mapId, user);
      const row = await loadContribution(tx, mapId, contributionId, user, role);
      await audit(tx, {
        user,
        mapId,
        action: 'contribution.read',
        profile: profileOf(role),
        detail: { contributionId },
      });
      const result = contributionJson(row, role);
      if (role === 'lead' && (row.status === 'pending' || row.status === 'conflict')) {
        // What accepting it now would do: apply, or the conflicts side by side.
        const preview = mergeContribution(storedFamily(map), row.change);
        return {
          ...result,
          preview: preview.ok
            ? { applies: true, conflicts: [] }
            : { applies: false, conflicts: preview.conflicts },
        };
      }
      return result;
    });
  });

  app.post('/api/maps/:mapId/contributions/:contributionId/decision', async (request, reply) => {
    const user = requireUser(request);
    const { mapId, contributionId } = validate(ContributionParams, request.params, 'address');
    const body = validate(DecisionSchema, request.body, 'decision');
    const outcome = await database.transaction(async (tx) => {
      const { map, role } = await mapAccess(tx, mapId, user, true);
      requireLead(role, 'accept or reject contributions');
      const row = await loadContribution(tx, mapId, contributionId, user, role, true);
      if (row.status === 'accepted' || row.status === 'rejected') {
        throw new HttpError(409, `This contribution was already ${row.status}`);
      }
      if (body.mapVersion !== undefined && body.mapVersion !== map.version) {
        throw new HttpError(
          409,
          `The map has changed since you looked at it (it is now at version ${map.version}): look again`,
          undefined,
          {
            mapVersion: map.version,
          },
        );
      }
      if (body.decision === 'reject') {
        await tx.query(
          `UPDATE contributions SET status = 'rejected', decided_by = $2, decided_at = now(), decision_reason = $3 WHERE id = $1`,
          [contributionId, user.id, body.reason ?? null],
        );
        await audit(tx, {
          user,
          mapId,
          action: 'contribution.reject',
          profile: 'lead_agency',
          detail: { contributionId },
        });
        return { status: 200, contribution: await loadContribution(tx, mapId, contributionId, user, role) };
      }
      const merged = mergeContribution(storedFamily(map), row.change);
      if (!merged.ok) {
        await tx.query(`UPDATE contributions SET status = 'conflict', conflicts = $2::jsonb WHERE id = $1`, [
          contributionId,
          JSON.stringify(merged.conflicts),
        ]);
        await audit(tx, {
          user,
          mapId,
          action: 'contribution.conflict',
          profile: 'lead_agency',
          detail: { contributionId, conflicts: merged.conflicts.length },
        });
        return { status: 409, contribution: await loadContribution(tx, mapId, contributionId, user, role) };
      }
      const version = map.version + 1;
      await tx.query(
        `UPDATE maps SET family = $2::jsonb, title = $3, version = $4, updated_at = now() WHERE id = $1 AND version = $5`,
        [mapId, JSON.stringify(merged.family), merged.family.title, version, map.version],
      );
      await tx.query(
        `UPDATE contributions SET status = 'accepted', conflicts = NULL, decided_by = $2, decided_at = now(),
           decision_reason = $3, applied_version = $4 WHERE id = $1`,
        [contributionId, user.id, body.reason ?? null, version],
      );
      await audit(tx, {
        user,
        mapId,
        action: 'contribution.accept',
        profile: 'lead_agency',
        detail: { contributionId, version },
      });
      return { status: 200, contribution: await loadContribution(tx, mapId, contributionId, user, role) };
    });
    const contribution = contributionJson(outcome.contribution, 'lead');
    if (outcome.status === 409) {
      return reply.status(409).send({
        error: 'This contribution no longer fits the map; it is kept as a conflict for you to review',
        contribution,
      });
    }
    return reply.status(200).send(contribution);
  });

  // ── Audit log ──────────────────────────────────────────────────────────────
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

  return app;
}
