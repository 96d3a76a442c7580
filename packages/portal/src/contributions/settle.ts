// What follows the lead's decision on a contribution: identity discrepancies settled, the identity
// set's provenance written into the map, and the agencies concerned told.
import { parseFamily, type Family } from '@kinmap/model';
import type { Queryable } from '../db/database.ts';
import type { PortalUser } from '../auth/provider.ts';
import { notify } from '../inbox/notifications.ts';
import type { MapRow } from '../routes/access.ts';
import type { ContributionRow } from '../routes/contributionRows.ts';
import { describeForPartner, loadDiscrepancies } from './discrepancies.ts';
import { changedIdentityFields, identityField, recordIdentityInModel, type Replaced } from './identity.ts';
import { recordProvenance } from './provenance.ts';

/** The agencies on a map: the lead and every agency invited. */
export async function mapAgencies(
  q: Queryable,
  map: Pick<MapRow, 'id' | 'lead_agency_id'>,
): Promise<{ id: string; name: string }[]> {
  return q.query<{ id: string; name: string }>(
    `SELECT a.id, a.name FROM agencies a
     WHERE a.id = $2 OR a.id IN (SELECT agency_id FROM map_invitations WHERE map_id = $1)
     ORDER BY a.name`,
    [map.id, map.lead_agency_id],
  );
}

function sent(row: ContributionRow): string {
  return `sent ${row.created_at.toISOString().slice(0, 10)} by ${row.practitioner_name}`;
}

/**
 * A contribution rejected, or found to conflict when the lead tried to accept it: its discrepancies
 * are settled as not corrected (on rejection) and its agency is told.
 */
export async function settleNotAccepted(
  tx: Queryable,
  input: {
    map: MapRow;
    row: ContributionRow;
    user: PortalUser;
    decision: 'reject' | 'conflict';
    reason?: string | undefined;
  },
): Promise<void> {
  const { map, row, user } = input;
  if (input.decision === 'reject') {
    await tx.query(
      `UPDATE discrepancies SET status = 'not_corrected', resolved_by = $2, resolved_at = now()
       WHERE contribution_id = $1 AND status = 'open'`,
      [row.id, user.id],
    );
  }
  if (row.agency_id === map.lead_agency_id) return;
  const reason = input.reason ? ` The reason given: ${input.reason}` : '';
  await notify(tx, [row.agency_id], {
    mapId: map.id,
    kind: input.decision === 'reject' ? 'contribution_rejected' : 'contribution_conflict',
    title: input.decision === 'reject' ? 'Contribution not accepted' : 'Contribution no longer fits the map',
    body:
      input.decision === 'reject'
        ? `Your contribution to the map "${map.title}" (${sent(row)}) was not accepted by ${map.lead_agency_name}.${reason}`
        : `Your contribution to the map "${map.title}" (${sent(row)}) no longer fits the map as it is now; ${map.lead_agency_name} will review it side by side.`,
    detail: { contributionId: row.id },
  });
}

/**
 * A contribution accepted: returns the map to save, with the identity set's provenance and each
 * corrected value kept as a resolved discrepancy (the model's own fields); records where each
 * identity-set value came from; settles the contribution's discrepancies as corrected and tells every
 * agency on the map (they may hold the old value); tells the contributing agency.
 */
export async function settleAccepted(
  tx: Queryable,
  input: {
    map: MapRow;
    row: ContributionRow;
    user: PortalUser;
    reason?: string | undefined;
    before: Family;
    after: Family;
  },
): Promise<Family> {
  const { map, row, user, before, after } = input;
  const today = new Date().toISOString().slice(0, 10);
  const agencies = await mapAgencies(tx, map);
  const open = (await loadDiscrepancies(tx, [row.id])).filter((d) => d.status === 'open');
  const changed = changedIdentityFields(before, after);
  const corrected = open.filter((d) =>
    changed.some((c) => c.entityId === d.entity_id && c.field.key === d.field && c.value !== undefined),
  );
  const replaced: Replaced[] = corrected.map((d) => {
    const field = identityField(d.field)!;
    const entity = (d.entity_kind === 'person' ? before.people : before.households).find(
      (e) => e.id === d.entity_id,
    );
    return {
      entityId: d.entity_id,
      fieldKey: d.field,
      oldValue: field.read(entity) ?? d.map_value,
      oldSourceLabel: d.map_source.label,
      notified: agencies.filter((a) => a.id !== map.lead_agency_id).map((a) => a.name),
    };
  });
  const recorded = recordIdentityInModel(
    before,
    after,
    {
      agencyName: row.agency_name,
      practitionerName: row.practitioner_name,
      source: row.source,
      date: today,
    },
    replaced,
  );
  // Every fact it added or changed keeps its source in the map (the model's fieldSources).
  const withSources = recordProvenance(
    before,
    after,
    {
      agencyName: row.agency_name,
      practitionerName: row.practitioner_name,
      source: row.source,
      note: row.note,
      contributionId: row.id,
      at: new Date().toISOString(),
    },
    recorded,
  );
  const checked = parseFamily(withSources.family);
  if (!checked.ok) {
    throw new Error(`the identity provenance did not fit the model: ${checked.issues[0]?.message ?? ''}`);
  }
  const family = checked.family;

  for (const c of changed) {
    if (c.value === undefined) continue;
    await tx.query(
      `INSERT INTO field_sources (map_id, entity_id, field, contribution_id, agency_id, practitioner_id, source, value)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (map_id, entity_id, field) DO UPDATE SET contribution_id = EXCLUDED.contribution_id,
         agency_id = EXCLUDED.agency_id, practitioner_id = EXCLUDED.practitioner_id, source = EXCLUDED.source,
         value = EXCLUDED.value, recorded_at = now()`,
      [map.id, c.entityId, c.field.key, row.id, row.agency_id, row.practitioner_id, row.source, c.value],
    );
  }

  const told = agencies.map((a) => a.id).filter((id) => id !== user.agencyId);
  for (const d of open) {
    const isCorrected = corrected.includes(d);
    await tx.query(
      `UPDATE discrepancies SET status = $2, resolved_by = $3, resolved_at = now(),
         notified_agencies = $4::jsonb WHERE id = $1`,
      [
        d.id,
        isCorrected ? 'corrected' : 'not_corrected',
        user.id,
        JSON.stringify([...new Set([...d.notified_agencies, ...(isCorrected ? told : [])])]),
      ],
    );
  }
  for (const d of corrected) {
    const field = identityField(d.field)!;
    const newValue = field.read(
      (d.entity_kind === 'person' ? family.people : family.households).find((e) => e.id === d.entity_id),
    );
    const old = replaced.find((r) => r.entityId === d.entity_id && r.fieldKey === d.field)!.oldValue;
    const partner = describeForPartner(family, d.entity_kind, d.entity_id, field);
    const from = `${d.reported_agency_name}`;
    await notify(
      tx,
      told.filter((id) => id !== map.lead_agency_id),
      {
        mapId: map.id,
        kind: 'discrepancy_resolved',
        title: `The ${field.label} of ${partner.who} was corrected`,
        body: partner.valueVisible
          ? `On the map "${map.title}", the ${field.label} of ${partner.who} is now "${newValue}" (it was "${old}"), as ${from} reported and ${map.lead_agency_name} accepted. Please check your records and tell partners if yours differ.`
          : `On the map "${map.title}", the ${field.label} of ${partner.who} was corrected, as ${from} reported and ${map.lead_agency_name} accepted. Please check your records against the map.`,
        detail: { field: d.field },
      },
    );
  }

  if (row.agency_id !== map.lead_agency_id) {
    const reason = input.reason ? ` The note given: ${input.reason}` : '';
    await notify(tx, [row.agency_id], {
      mapId: map.id,
      kind: 'contribution_accepted',
      title: 'Contribution accepted',
      body: `Your contribution to the map "${map.title}" (${sent(row)}) was accepted by ${map.lead_agency_name} and is now on the map.${reason}`,
      detail: { contributionId: row.id },
    });
  }
  return family;
}
