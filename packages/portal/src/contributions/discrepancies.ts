// Identity discrepancies in the portal's tables: raising one when a contribution disagrees with the
// map on an identity-set field, showing both values with their sources, and settling it on decision.
import { randomUUID } from 'node:crypto';
import type { Change, Family } from '@kinmap/model';
import type { Queryable } from '../db/database.ts';
import type { PortalUser } from '../auth/provider.ts';
import { notify } from '../inbox/notifications.ts';
import { familyForProfile } from '../share/view.ts';
import {
  entityLabel,
  findIdentityDisagreements,
  identityField,
  SOURCE_WORDS,
  type IdentityField,
} from './identity.ts';

/** Where a value on the map came from, as the review shows it. */
export interface ValueSource {
  /** In plain words: "Riverside Medical Practice, from our records (Dr Nadia Shah, 2026-12-07)". */
  readonly label: string;
  readonly agencyId?: string;
  readonly agencyName?: string;
  readonly practitionerName?: string;
  readonly source?: string;
  readonly recordedAt?: string;
  readonly contributionId?: string;
}

export interface DiscrepancyRow {
  id: string;
  map_id: string;
  contribution_id: string;
  entity_kind: 'person' | 'household';
  entity_id: string;
  field: string;
  path: string;
  map_value: string;
  map_source: ValueSource;
  reported_value: string;
  reported_by_agency: string;
  reported_agency_name: string;
  reported_source: string;
  status: 'open' | 'corrected' | 'not_corrected';
  resolved_at: Date | null;
  notified_agencies: string[];
  created_at: Date;
}

const DISCREPANCY_SELECT = `SELECT d.id, d.map_id, d.contribution_id, d.entity_kind, d.entity_id, d.field, d.path,
  d.map_value, d.map_source, d.reported_value, d.reported_by_agency, a.name AS reported_agency_name,
  d.reported_source, d.status, d.resolved_at, d.notified_agencies, d.created_at
  FROM discrepancies d JOIN agencies a ON a.id = d.reported_by_agency`;

/** The discrepancies raised by these contributions, oldest first. */
export async function loadDiscrepancies(
  q: Queryable,
  contributionIds: readonly string[],
): Promise<DiscrepancyRow[]> {
  if (contributionIds.length === 0) return [];
  return q.query<DiscrepancyRow>(
    `${DISCREPANCY_SELECT} WHERE d.contribution_id = ANY($1::text[]) ORDER BY d.created_at, d.id`,
    [contributionIds],
  );
}

/** A map's discrepancies (a partner: only those its agency reported), newest first. */
export async function mapDiscrepancies(
  q: Queryable,
  mapId: string,
  reportedBy?: string,
): Promise<DiscrepancyRow[]> {
  return q.query<DiscrepancyRow>(
    `${DISCREPANCY_SELECT} WHERE d.map_id = $1 ${reportedBy ? 'AND d.reported_by_agency = $2' : ''}
     ORDER BY d.created_at DESC, d.id`,
    reportedBy ? [mapId, reportedBy] : [mapId],
  );
}

function day(date: Date | string): string {
  return (typeof date === 'string' ? date : date.toISOString()).slice(0, 10);
}

/** Where the map's value of a field came from: the contribution that set it, or the model's provenance. */
async function sourceOf(
  q: Queryable,
  mapId: string,
  family: Family,
  entityId: string,
  field: IdentityField,
): Promise<ValueSource> {
  const rows = await q.query<{
    agency_id: string;
    agency_name: string;
    practitioner_name: string;
    source: string;
    contribution_id: string;
    recorded_at: Date;
  }>(
    `SELECT f.agency_id, a.name AS agency_name, u.display_name AS practitioner_name, f.source,
       f.contribution_id, f.recorded_at
     FROM field_sources f JOIN agencies a ON a.id = f.agency_id JOIN users u ON u.id = f.practitioner_id
     WHERE f.map_id = $1 AND f.entity_id = $2 AND f.field = $3`,
    [mapId, entityId, field.key],
  );
  const row = rows[0];
  if (row) {
    return {
      label: `${row.agency_name}, from ${SOURCE_WORDS[row.source] ?? row.source} (${row.practitioner_name}, ${day(row.recorded_at)})`,
      agencyId: row.agency_id,
      agencyName: row.agency_name,
      practitionerName: row.practitioner_name,
      source: row.source,
      recordedAt: day(row.recorded_at),
      contributionId: row.contribution_id,
    };
  }
  const person = field.kind === 'person' ? family.people.find((p) => p.id === entityId) : undefined;
  const identity = person?.identity;
  const provenance =
    field.key === 'date_of_birth'
      ? identity?.birthDateProvenance
      : field.key === 'nhs_number'
        ? identity?.nhsNumber?.provenance
        : field.kind === 'person'
          ? identity?.nameProvenance
          : undefined;
  if (provenance && (provenance.sourceLabel || provenance.enteredBy)) {
    const parts = [provenance.enteredBy, provenance.recordedAt].filter(Boolean).join(', ');
    return {
      label: `${provenance.sourceLabel ?? 'the map'}${parts ? ` (${parts})` : ''}`,
      ...(provenance.recordedAt ? { recordedAt: provenance.recordedAt } : {}),
    };
  }
  return { label: 'already on the map (no source recorded)' };
}

/** How a partner agency may be told about a person or household: its name and the field's value only if its view shows them. */
export function describeForPartner(
  family: Family,
  entityKind: 'person' | 'household',
  entityId: string,
  field: IdentityField | undefined,
): { who: string; valueVisible: boolean } {
  const view = familyForProfile(family, 'partner_agency');
  const viewId = [...view.toMapIds].find(([, mapId]) => mapId === entityId)?.[0];
  const collection = (entityKind === 'person' ? view.family.people : view.family.households) as readonly {
    id: string;
  }[];
  const entity = viewId ? collection.find((e) => e.id === viewId) : undefined;
  if (!entity || !viewId) return { who: 'someone on the map', valueVisible: false };
  return {
    who: entityLabel(view.family, entityKind, viewId) ?? 'someone on the map',
    valueVisible: field ? field.read(entity) !== undefined : false,
  };
}

/**
 * Records an identity discrepancy for every identity-set field where the contribution disagrees with
 * the map, and tells the agencies concerned: the lead agency (to review it) and the agency whose value
 * it contradicts, when the map's value came from another agency's contribution.
 */
export async function raiseDiscrepancies(
  tx: Queryable,
  input: {
    mapId: string;
    mapTitle: string;
    leadAgencyId: string;
    family: Family;
    change: Change;
    contributionId: string;
    user: PortalUser;
    source: string;
  },
): Promise<number> {
  const found = findIdentityDisagreements(input.family, input.change);
  for (const disagreement of found) {
    const { field, entityId, entityKind } = disagreement;
    const mapSource = await sourceOf(tx, input.mapId, input.family, entityId, field);
    const who = entityLabel(input.family, entityKind, entityId) ?? entityId;
    const id = `discrepancy:${randomUUID()}`;
    const toNotify: string[] = [];
    if (input.leadAgencyId !== input.user.agencyId) toNotify.push(input.leadAgencyId);
    const contradicted = mapSource.agencyId;
    if (contradicted && contradicted !== input.user.agencyId && contradicted !== input.leadAgencyId) {
      toNotify.push(contradicted);
    }
    await tx.query(
      `INSERT INTO discrepancies (id, map_id, contribution_id, entity_kind, entity_id, field, path, map_value,
         map_source, reported_value, reported_by_agency, reported_source, notified_agencies)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13::jsonb)`,
      [
        id,
        input.mapId,
        input.contributionId,
        entityKind,
        entityId,
        field.key,
        disagreement.path,
        disagreement.mapValue,
        JSON.stringify(mapSource),
        disagreement.reportedValue,
        input.user.agencyId,
        input.source,
        JSON.stringify(toNotify),
      ],
    );
    const from = `${input.user.agencyName} (${SOURCE_WORDS[input.source] ?? input.source})`;
    if (toNotify.includes(input.leadAgencyId)) {
      await notify(tx, [input.leadAgencyId], {
        mapId: input.mapId,
        kind: 'discrepancy_raised',
        title: `Different ${field.label} for ${who}`,
        body: `${from} gives the ${field.label} of ${who} as "${disagreement.reportedValue}"; the map has "${disagreement.mapValue}", from ${mapSource.label}. Review the contribution.`,
        detail: { contributionId: input.contributionId, discrepancyId: id, field: field.key },
      });
    }
    if (contradicted && toNotify.includes(contradicted)) {
      const partner = describeForPartner(input.family, entityKind, entityId, field);
      await notify(tx, [contradicted], {
        mapId: input.mapId,
        kind: 'discrepancy_raised',
        title: `Another agency gives a different ${field.label}`,
        body: partner.valueVisible
          ? `${from} gives the ${field.label} of ${partner.who} as "${disagreement.reportedValue}", not "${disagreement.mapValue}" as your agency gave. Please check your records; the lead agency will decide.`
          : `${from} gives a different ${field.label} for ${partner.who} from the one your agency gave. Please check your records; the lead agency will decide.`,
        detail: { field: field.key },
      });
    }
  }
  return found.length;
}

/** A discrepancy as JSON: the lead sees both values with their sources; the reporting partner, its own value. */
export function discrepancyJson(row: DiscrepancyRow, role: 'lead' | 'partner', family?: Family) {
  const field = identityField(row.field);
  const common = {
    id: row.id,
    field: row.field,
    label: field?.label ?? row.field,
    path: row.path,
    status: row.status,
    reported: {
      value: row.reported_value,
      agency: { id: row.reported_by_agency, name: row.reported_agency_name },
      source: row.reported_source,
    },
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
  };
  if (role === 'partner') return common;
  return {
    ...common,
    entity: {
      kind: row.entity_kind,
      id: row.entity_id,
      name: family ? (entityLabel(family, row.entity_kind, row.entity_id) ?? null) : null,
    },
    map: { value: row.map_value, source: row.map_source },
    notifiedAgencies: row.notified_agencies,
  };
}
