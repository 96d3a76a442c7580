import type { AgencyCategory } from '@kinmap/model';

// A "missing agency" finding (an adult with care needs and no Adult Social Care, say) opens the
// add-agency form with that kind of agency chosen. The checklist leaves the kind here when the finding
// is activated; the form takes it once, when it opens.
let requested: AgencyCategory | undefined;

/** Asks the next add-agency form to open with this kind of agency chosen. */
export function requestAgencyCategory(category: AgencyCategory | undefined): void {
  requested = category;
}

/** The kind of agency asked for, if any; asking again returns nothing until another request. */
export function takeRequestedCategory(): AgencyCategory | undefined {
  const category = requested;
  requested = undefined;
  return category;
}
