import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import { HttpError, validate } from '../errors.ts';
import { notify } from '../inbox/notifications.ts';
import { mapAgencies } from '../contributions/settle.ts';
import type { RouteContext } from './context.ts';
import { mapAccess, profileOf, requireLead, requireUser } from './access.ts';
import { MapParams, MeetingSchema, OutcomeSchema } from './schemas.ts';

interface MeetingRow {
  id: string;
  map_id: string;
  title: string;
  starts_at: Date;
  place: string | null;
  agencies: { id: string; name: string }[];
  created_at: Date;
}

interface OutcomeRow {
  id: string;
  map_id: string;
  kind: 'assessment' | 'meeting';
  meeting_id: string | null;
  summary: string;
  decided_on: string | null;
  agencies: { id: string; name: string }[];
  recorded_by_name: string;
  created_at: Date;
}

function meetingJson(row: MeetingRow) {
  return {
    id: row.id,
    mapId: row.map_id,
    title: row.title,
    startsAt: row.starts_at,
    place: row.place,
    agencies: row.agencies,
    createdAt: row.created_at,
  };
}

function outcomeJson(row: OutcomeRow) {
  return {
    id: row.id,
    mapId: row.map_id,
    kind: row.kind,
    meetingId: row.meeting_id,
    summary: row.summary,
    decidedOn: row.decided_on,
    notifiedAgencies: row.agencies,
    recordedBy: row.recorded_by_name,
    createdAt: row.created_at,
  };
}

const OUTCOME_SELECT = `SELECT o.id, o.map_id, o.kind, o.meeting_id, o.summary, to_char(o.decided_on, 'YYYY-MM-DD') AS decided_on,
  o.agencies, u.display_name AS recorded_by_name, o.created_at FROM outcomes o JOIN users u ON u.id = o.recorded_by`;

/**
 * Meetings (the lead invites agencies on the map) and outcomes of assessments and meetings (every
 * agency that contributed is told: seed learning point 11.1).
 */
export function registerOutcomeRoutes(app: FastifyInstance, context: RouteContext): void {
  const { database } = context;

  app.post('/api/maps/:mapId/meetings', async (request, reply) => {
    const user = requireUser(request);
    const { mapId } = validate(MapParams, request.params, 'address');
    const body = validate(MeetingSchema, request.body, 'meeting');
    const meeting = await database.transaction(async (tx) => {
      const { map, role } = await mapAccess(tx, mapId, user);
      requireLead(role, 'invite agencies to meetings');
      const onMap = new Map((await mapAgencies(tx, map)).map((a) => [a.id, a]));
      const issues = body.agencyIds.flatMap((id, i) =>
        onMap.has(id) ? [] : [{ path: `agencyIds[${i}]`, message: `"${id}" is not an agency on this map` }],
      );
      if (issues.length > 0) {
        throw new HttpError(
          400,
          `The meeting is not valid (${issues[0]!.path}: ${issues[0]!.message})`,
          issues,
        );
      }
      const agencies = [...new Set(body.agencyIds)].map((id) => onMap.get(id)!);
      const id = `meeting:${randomUUID()}`;
      const rows = await tx.query<MeetingRow>(
        `INSERT INTO meetings (id, map_id, title, starts_at, place, agencies, created_by)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
         RETURNING id, map_id, title, starts_at, place, agencies, created_at`,
        [id, mapId, body.title, body.startsAt, body.place ?? null, JSON.stringify(agencies), user.id],
      );
      const when = new Date(body.startsAt).toISOString().replace('T', ' ').slice(0, 16);
      await notify(
        tx,
        agencies.map((a) => a.id).filter((a) => a !== user.agencyId),
        {
          mapId,
          kind: 'meeting_invitation',
          title: `Invitation: ${body.title}`,
          body: `${map.lead_agency_name} invites your agency to "${body.title}" about the map "${map.title}", on ${when} UTC${body.place ? ` at ${body.place}` : ''}.`,
          detail: { meetingId: id, startsAt: body.startsAt },
        },
      );
      await audit(tx, {
        user,
        mapId,
        action: 'meeting.create',
        profile: 'lead_agency',
        detail: { meetingId: id, agencies: agencies.map((a) => a.id) },
      });
      return meetingJson(rows[0]!);
    });
    return reply.status(201).send(meeting);
  });

  app.get('/api/maps/:mapId/meetings', async (request) => {
    const user = requireUser(request);
    const { mapId } = validate(MapParams, request.params, 'address');
    return database.transaction(async (tx) => {
      const { role } = await mapAccess(tx, mapId, user);
      const rows = await tx.query<MeetingRow>(
        `SELECT id, map_id, title, starts_at, place, agencies, created_at FROM meetings WHERE map_id = $1
         ${role === 'partner' ? 'AND agencies @> jsonb_build_array(jsonb_build_object($2::text, $3::text))' : ''}
         ORDER BY starts_at, id`,
        role === 'partner' ? [mapId, 'id', user.agencyId] : [mapId],
      );
      await audit(tx, { user, mapId, action: 'meeting.list', profile: profileOf(role) });
      return { meetings: rows.map(meetingJson) };
    });
  });

  app.post('/api/maps/:mapId/outcomes', async (request, reply) => {
    const user = requireUser(request);
    const { mapId } = validate(MapParams, request.params, 'address');
    const body = validate(OutcomeSchema, request.body, 'outcome');
    const outcome = await database.transaction(async (tx) => {
      const { map, role } = await mapAccess(tx, mapId, user);
      requireLead(role, 'record outcomes');
      let meeting: MeetingRow | undefined;
      if (body.meetingId !== undefined) {
        meeting = (
          await tx.query<MeetingRow>(
            'SELECT id, map_id, title, starts_at, place, agencies, created_at FROM meetings WHERE id = $1 AND map_id = $2',
            [body.meetingId, mapId],
          )
        )[0];
        if (!meeting) {
          throw new HttpError(400, `meetingId: there is no such meeting on this map`, [
            { path: 'meetingId', message: 'is not a meeting on this map' },
          ]);
        }
      } else if (body.kind === 'meeting') {
        throw new HttpError(400, 'meetingId: say which meeting this is the outcome of', [
          { path: 'meetingId', message: 'is required for the outcome of a meeting' },
        ]);
      }
      // Every agency that contributed to the map (learning point 11.1), and those invited to the meeting.
      const contributors = await tx.query<{ id: string; name: string }>(
        `SELECT DISTINCT a.id, a.name FROM contributions c JOIN agencies a ON a.id = c.agency_id
         WHERE c.map_id = $1 AND c.agency_id <> $2 ORDER BY a.name`,
        [mapId, map.lead_agency_id],
      );
      const recipients = new Map(contributors.map((a) => [a.id, a]));
      for (const a of meeting?.agencies ?? []) if (a.id !== map.lead_agency_id) recipients.set(a.id, a);
      const agencies = [...recipients.values()];
      const id = `outcome:${randomUUID()}`;
      await tx.query(
        `INSERT INTO outcomes (id, map_id, kind, meeting_id, summary, decided_on, agencies, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
        [
          id,
          mapId,
          body.kind,
          body.meetingId ?? null,
          body.summary,
          body.decidedOn ?? null,
          JSON.stringify(agencies),
          user.id,
        ],
      );
      const what = meeting ? `the meeting "${meeting.title}"` : 'the assessment';
      await notify(
        tx,
        agencies.map((a) => a.id),
        {
          mapId,
          kind: 'outcome_recorded',
          title: `Outcome of ${meeting ? 'a meeting' : 'the assessment'}: ${map.title}`,
          body: `${map.lead_agency_name} recorded the outcome of ${what} on the map "${map.title}"${body.decidedOn ? ` (${body.decidedOn})` : ''}: ${body.summary}`,
          detail: { outcomeId: id, ...(meeting ? { meetingId: meeting.id } : {}) },
        },
      );
      await audit(tx, {
        user,
        mapId,
        action: 'outcome.record',
        profile: 'lead_agency',
        detail: { outcomeId: id, kind: body.kind, agencies: agencies.map((a) => a.id) },
      });
      return outcomeJson((await tx.query<OutcomeRow>(`${OUTCOME_SELECT} WHERE o.id = $1`, [id]))[0]!);
    });
    return reply.status(201).send(outcome);
  });

  app.get('/api/maps/:mapId/outcomes', async (request) => {
    const user = requireUser(request);
    const { mapId } = validate(MapParams, request.params, 'address');
    return database.transaction(async (tx) => {
      const { role } = await mapAccess(tx, mapId, user);
      // A partner sees the outcomes it was told of.
      const rows = await tx.query<OutcomeRow>(
        `${OUTCOME_SELECT} WHERE o.map_id = $1
         ${role === 'partner' ? 'AND o.agencies @> jsonb_build_array(jsonb_build_object($2::text, $3::text))' : ''}
         ORDER BY o.created_at DESC, o.id`,
        role === 'partner' ? [mapId, 'id', user.agencyId] : [mapId],
      );
      await audit(tx, { user, mapId, action: 'outcome.list', profile: profileOf(role) });
      return { outcomes: rows.map(outcomeJson) };
    });
  });
}
