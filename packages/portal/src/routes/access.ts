// Who is asking and what they may see: the signed-in user, their role on a map, and the map as stored.
import type { FastifyRequest } from 'fastify';
import { parseFamily, type Family } from '@kinmap/model';
import type { Queryable } from '../db/database.ts';
import type { PortalUser } from '../auth/provider.ts';
import { HttpError } from '../errors.ts';
import { familyForProfile, type ProfileView, type ViewProfile } from '../share/view.ts';

export type Role = 'lead' | 'partner';

export interface MapRow {
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

const NOT_FOUND_MAP = 'There is no such map, or your agency has not been invited to it';

export function requireUser(request: FastifyRequest): PortalUser {
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
export async function mapAccess(
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

export function requireLead(role: Role, what: string): void {
  if (role !== 'lead') throw new HttpError(403, `Only the lead agency can ${what}`);
}

export function storedFamily(map: MapRow): Family {
  const parsed = parseFamily(map.family);
  if (!parsed.ok) {
    throw new Error(
      `map ${map.id}: the stored family could not be read (${parsed.issues[0]?.message ?? ''})`,
    );
  }
  return parsed.family;
}

export function profileOf(role: Role): ViewProfile {
  return role === 'lead' ? 'lead_agency' : 'partner_agency';
}

export function viewFor(family: Family, role: Role): ProfileView {
  return familyForProfile(family, profileOf(role));
}
