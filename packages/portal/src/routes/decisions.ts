import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import { HttpError, validate } from '../errors.ts';
import { mergeContribution } from '../contributions/merge.ts';
import { settleAccepted, settleNotAccepted } from '../contributions/settle.ts';
import { loadDiscrepancies } from '../contributions/discrepancies.ts';
import type { RouteContext } from './context.ts';
import { mapAccess, requireLead, requireUser, storedFamily } from './access.ts';
import { contributionJson, loadContribution } from './contributionRows.ts';
import { ContributionParams, DecisionSchema } from './schemas.ts';

/** The lead agency accepting or rejecting a contribution. */
export function registerDecisionRoutes(app: FastifyInstance, context: RouteContext): void {
  const { database } = context;
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
        await settleNotAccepted(tx, { map, row, user, decision: 'reject', reason: body.reason });
        return {
          status: 200,
          contribution: await loadContribution(tx, mapId, contributionId, user, role),
          discrepancies: await loadDiscrepancies(tx, [contributionId]),
        };
      }
      const current = storedFamily(map);
      const merged = mergeContribution(current, row.change);
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
        await settleNotAccepted(tx, { map, row, user, decision: 'conflict' });
        return {
          status: 409,
          contribution: await loadContribution(tx, mapId, contributionId, user, role),
          discrepancies: await loadDiscrepancies(tx, [contributionId]),
        };
      }
      const version = map.version + 1;
      // The identity set's provenance and corrected values go into the map with it.
      const family = await settleAccepted(tx, {
        map,
        row,
        user,
        reason: body.reason,
        before: current,
        after: merged.family,
      });
      await tx.query(
        `UPDATE maps SET family = $2::jsonb, title = $3, version = $4, updated_at = now() WHERE id = $1 AND version = $5`,
        [mapId, JSON.stringify(family), family.title, version, map.version],
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
      return {
        status: 200,
        contribution: await loadContribution(tx, mapId, contributionId, user, role),
        discrepancies: await loadDiscrepancies(tx, [contributionId]),
      };
    });
    const contribution = contributionJson(outcome.contribution, 'lead', outcome.discrepancies);
    if (outcome.status === 409) {
      return reply.status(409).send({
        error: 'This contribution no longer fits the map; it is kept as a conflict for you to review',
        contribution,
      });
    }
    return reply.status(200).send(contribution);
  });
}
