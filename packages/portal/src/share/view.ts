import { redactFamily, type Family } from '@kinmap/model';

/** Which view of a map a user gets: the lead agency sees it all; a partner through its profile. */
export type ViewProfile = 'lead_agency' | 'partner_agency';

/** A map as one profile sees it, and how its ids match the map's. */
export interface ProfileView {
  readonly family: Family;
  /**
   * The view's id → the map's id, for every entity in the view (empty for the lead: same ids).
   * The model's redaction gives every entity a new, opaque id.
   */
  readonly toMapIds: ReadonlyMap<string, string>;
}

/**
 * The model's redaction numbers each entity by its place in its list (`person:3` is the third
 * person): see `newIds` in packages/model/src/share/redactFamily.ts. The model does not export the
 * mapping yet, so it is rebuilt here, and `tests/portal/view.test.ts` fails if the two disagree.
 * TODO: use the model's mapping once it is exported.
 */
function redactedIds(family: Family, profile: string): Map<string, string> {
  const ids = new Map<string, string>([[`family:${profile}`, family.id]]);
  for (const value of Object.values(family)) {
    if (!Array.isArray(value)) continue;
    value.forEach((item: unknown, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && id.includes(':')) ids.set(`${id.slice(0, id.indexOf(':'))}:${i + 1}`, id);
    });
  }
  return ids;
}

function idsIn(family: Family): Set<string> {
  const ids = new Set<string>([family.id]);
  for (const value of Object.values(family)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}

/**
 * The one place the portal turns a map into what a profile may see. The redaction is the model's
 * (`redactFamily`); the portal never writes its own. The lead agency sees the map as it is.
 *
 * @example
 * const { family } = familyForProfile(map, 'partner_agency');
 */
export function familyForProfile(family: Family, profile: ViewProfile): ProfileView {
  if (profile === 'lead_agency') return { family, toMapIds: new Map() };
  const view = redactFamily(family, 'partner_agency').family;
  const all = redactedIds(family, 'partner_agency');
  // Only ids the partner can see translate: guessing the number of a withheld person reaches nothing.
  const visible = idsIn(view);
  const toMapIds = new Map([...all].filter(([viewId]) => visible.has(viewId)));
  return { family: view, toMapIds };
}

/**
 * Replaces every string that is exactly one of `ids`' keys by its value, anywhere in a JSON value.
 *
 * @example
 * translateIds({ before: { id: 'person:1' } }, new Map([['person:1', 'person:amy']])); // { before: { id: 'person:amy' } }
 */
export function translateIds<T>(
  value: T,
  ids: ReadonlyMap<string, string>,
): { value: T; translated: number } {
  let translated = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const to = ids.get(v);
      if (to === undefined) return v;
      translated++;
      return to;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return { value: walk(value) as T, translated };
}

/** Replaces quoted map ids in a message by the partner's view ids (or "an entry" when not in view). */
export function messageForPartner(message: string, toMapIds: ReadonlyMap<string, string>): string {
  const back = new Map([...toMapIds].map(([viewId, mapId]) => [mapId, viewId]));
  return message.replace(/"([a-z_]+:[^"]+)"/gi, (_whole, id: string) => {
    const viewId = back.get(id);
    return viewId ? `"${viewId}"` : 'an entry';
  });
}
