import type { AgencyCategory } from '@kinmap/model';

// A "missing agency" finding (an adult with care needs and no Adult Social Care, say) opens the
// add-agency form with that kind of agency chosen, working with the person the finding is about. The
// checklist leaves the request here when the finding is activated; the form reads it as it opens and then clears it.

/** What the next add-agency form should start with. */
export interface AgencyRequest {
  category?: AgencyCategory | undefined;
  /** The person the new agency works with. */
  personId?: string | undefined;
}

let requested: AgencyRequest | undefined;

/** Asks the next add-agency form to open with this kind of agency and person chosen. */
export function requestAgency(request: AgencyRequest | undefined): void {
  requested = request?.category ? request : undefined;
}

/** The request, if any (it stays until `clearAgencyRequest`, so a form rendered twice sees it both times). */
export function peekAgencyRequest(): AgencyRequest | undefined {
  return requested;
}

/** Forgets the request once the form that opened with it is shown. */
export function clearAgencyRequest(): void {
  requested = undefined;
}
