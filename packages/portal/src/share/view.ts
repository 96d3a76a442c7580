import * as model from '@kinmap/model';
import type { Family } from '@kinmap/model';

/** Which view of a map a user gets: the lead agency sees it all; a partner through its profile. */
export type ViewProfile = 'lead_agency' | 'partner_agency';

/** A map as one profile may see it, or why it cannot be shown. */
export type ProfileView =
  { readonly ok: true; readonly family: Family } | { readonly ok: false; readonly reason: string };

type Redact = (family: Family, profile: string) => Family;

/**
 * The one place the portal turns a map into what a profile may see. The redaction itself is the
 * model's (`redactFamily`, being built in packages/model/src/share); the portal never writes its own.
 * Until the model exports it, a partner's view is refused rather than shown unredacted.
 *
 * @example
 * const view = familyForProfile(family, 'partner_agency');
 * if (view.ok) reply.send(view.family);
 */
export function familyForProfile(family: Family, profile: ViewProfile): ProfileView {
  if (profile === 'lead_agency') return { ok: true, family };
  const redact = (model as unknown as Record<string, unknown>)['redactFamily'];
  if (typeof redact !== 'function') {
    return {
      ok: false,
      reason:
        'Partner agencies cannot see the map yet: the partner-agency view (redaction) is not available in this version',
    };
  }
  return { ok: true, family: (redact as Redact)(family, profile) };
}
