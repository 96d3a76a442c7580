import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import { checkDepth, HttpError, validate } from '../errors.ts';
import { ContributionInputSchema } from '../contributions/changePayload.ts';
import { mergeContribution, type Conflict } from '../contributions/merge.ts';
import { messageForPartner, translateIds, type ProfileView } from '../share/view.ts';
import { familyAtVersion } from '../share/versions.ts';
import type { Queryable } from '../db/database.ts';
import type { RouteContext } from './context.ts';
import { mapAccess, profileOf, requireUser, storedFamily, viewFor } from './access.ts';
import type { Family } from '@kinmap/model';
import {
  CONTRIBUTION_SELECT,
  contributionJson,
  loadContribution,
  type ContributionRow,
} from './contributionRows.ts';
import { ContributionParams, MapParams } from './schemas.ts';
import { loadDiscrepancies, raiseDiscrepancies } from '../contributions/discrepancies.ts';

/** Deepest nesting a contribution may have (a family document allows 32; the change wraps it). */
const MAX_DEPTH = 40;

/**
 * The partner view a contribution was written against: the view of its base version, kept in
 * map_versions, so only ids the partner could see in that version are matched. A map made before the
 * portal kept versions has only the versions from then on: a change naming someone through a view
 * that was never kept cannot be matched, and is sent back (409) to look again.
 */
async function partnerView(
  q: Queryable,
  mapId: string,
  current: Family,
  currentVersion: number,
  baseVersion: number,
  change: unknown,
): Promise<ProfileView> {
  if (baseVersion === currentVersion) return viewFor(current, 'partner');
  const base = await familyAtVersion(q, mapId, baseVersion);
  if (base) return viewFor(base, 'partner');
  const view = viewFor(current, 'partner');
  // Adding someone new names no one from the view, so it needs no older view.
  if (translateIds(change, view.toMapIds).translated === 0) return view;
  throw new HttpError(
    409,
    `baseVersion: version ${baseVersion} of this map was not kept (it is from before the portal kept versions; the map is now at version ${currentVersion}): look again and send your change again`,
    [{ path: 'baseVersion', message: `version ${baseVersion} of this map was not kept` }],
    { mapVersion: currentVersion },
  );
}

/** Sending, listing and reading contributions. */
export function registerContributionRoutes(app: FastifyInstance, context: RouteContext): void {
  const { database } = context;
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
      // A partner wrote its change against its view, whose ids are not the map's and follow each
      // entity's place in the version it looked at: match them through that version's view.
      const view =
        role === 'partner'
          ? await partnerView(tx, map.id, current, map.version, input.baseVersion, input.change)
          : undefined;
      const { value: change } = view ? translateIds(input.change, view.toMapIds) : { value: input.change };
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
      const discrepancies = await raiseDiscrepancies(tx, {
        mapId,
        mapTitle: map.title,
        leadAgencyId: map.lead_agency_id,
        family: current,
        change,
        contributionId: id,
        user,
        source: input.source,
      });
      await audit(tx, {
        user,
        mapId,
        action: 'contribution.create',
        profile: profileOf(role),
        detail: { contributionId: id, status, source: input.source, discrepancies },
      });
      const saved = await loadContribution(tx, mapId, id, user, role);
      return contributionJson(saved, role, await loadDiscrepancies(tx, [id]), current);
    });
    return reply.status(201).send(row);
  });

  app.get('/api/maps/:mapId/contributions', async (request) => {
    const user = requireUser(request);
    const { mapId } = validate(MapParams, request.params, 'address');
    return database.transaction(async (tx) => {
      const { map, role } = await mapAccess(tx, mapId, user);
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
      const discrepancies = await loadDiscrepancies(
        tx,
        rows.map((row) => row.id),
      );
      const family = role === 'lead' && discrepancies.length > 0 ? storedFamily(map) : undefined;
      return { contributions: rows.map((row) => contributionJson(row, role, discrepancies, family)) };
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
      const family = storedFamily(map);
      const result = contributionJson(row, role, await loadDiscrepancies(tx, [row.id]), family);
      if (role === 'lead' && (row.status === 'pending' || row.status === 'conflict')) {
        // What accepting it now would do: apply, or the conflicts side by side.
        const preview = mergeContribution(family, row.change);
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
}
