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
 * The one place the portal turns a map into what a profile may see. The redaction is the model's
 * (`redactFamily`); the portal never writes its own. The lead agency sees the map as it is.
 *
 * @example
 * const { family } = familyForProfile(map, 'partner_agency');
 */
export function familyForProfile(family: Family, profile: ViewProfile): ProfileView {
  if (profile === 'lead_agency') return { family, toMapIds: new Map() };
  // The model's own mapping: only ids the partner can see are in it, so guessing a number reaches
  // nothing withheld.
  const { family: view, ids: toMapIds } = redactFamily(family, 'partner_agency');
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
