import type { AgencyCategory, Family, Finding } from '@kinmap/model';
import type { PanelTab } from '../EditorContext.ts';

/** Where a finding takes the user: which tab, which person to select, and the field path to focus. */
export interface FindingTarget {
  tab: PanelTab;
  personId?: string;
  path: string;
  /** For a "missing agency" finding: the kind of agency to add (the add-agency form opens with it). */
  agencyCategory?: AgencyCategory;
}

const index = (path: string, collection: string): number | undefined => {
  const match = new RegExp(`^${collection}\\[(\\d+)\\]`).exec(path);
  return match ? Number(match[1]) : undefined;
};

/** The kind of agency a "missing agency" finding (MS-27 to MS-29, path `agencies`) asks for. */
export function missingAgencyCategory(finding: Finding): AgencyCategory | undefined {
  if (finding.rule === 'mental-health-service') return 'adult_mental_health';
  if (finding.rule === 'adult-social-care') return 'adult_social_care';
  if (finding.rule === 'child-services') {
    if (/no GP\b/.test(finding.message)) return 'gp';
    if (/no health visitor/.test(finding.message)) return 'health_visitor';
    if (/no school/.test(finding.message)) return 'school';
  }
  return undefined;
}

/** The first involvement index for which `wanted` holds, if any. */
function firstInvolvement(family: Family, wanted: (i: Family['involvements'][number]) => boolean) {
  const found = family.involvements.findIndex(wanted);
  return found >= 0 ? found : undefined;
}

function agencyTarget(family: Family, finding: Finding): FindingTarget {
  const path = finding.path;
  const subject = finding.subject?.kind === 'person' ? finding.subject.id : undefined;
  if (path === 'agencies') {
    // A missing service: the add-agency form, with the kind chosen and the person selected.
    const category = missingAgencyCategory(finding);
    return {
      tab: 'agencies',
      path,
      ...(subject ? { personId: subject } : {}),
      ...(category ? { agencyCategory: category } : {}),
    };
  }
  if (path === 'involvements') {
    // MS-10 (no lead practitioner): the first open involvement's lead-practitioner box. MS-09 (no
    // involvement with both a status and a role): the first involvement missing one of them.
    if (finding.rule === 'lead-practitioner') {
      const open = firstInvolvement(family, (i) => i.status === 'open');
      if (open !== undefined) return { tab: 'agencies', path: `involvements[${open}].roles.lead` };
    }
    const noRole = firstInvolvement(family, (i) => i.roles.length === 0);
    if (noRole !== undefined) return { tab: 'agencies', path: `involvements[${noRole}].roles` };
    const noStatus = firstInvolvement(family, (i) => i.status === 'unknown');
    if (noStatus !== undefined) return { tab: 'agencies', path: `involvements[${noStatus}].status` };
  }
  return { tab: 'agencies', path };
}

/**
 * Works out the tab and person that hold the field a finding's `path` names, for every path the
 * model's checks produce (and a not-started item's first step).
 */
export function findingTarget(family: Family, finding: Finding): FindingTarget {
  const path = finding.path;
  const personIndex = index(path, 'people');
  if (personIndex !== undefined) {
    const person = family.people[personIndex];
    // "How they matter to the family" shows once they are a significant other: go to that choice first.
    const roleHidden = path === `people[${personIndex}].role` && person?.significance !== 'significant_other';
    return {
      tab: 'person',
      personId: person?.id,
      path: roleHidden ? `people[${personIndex}].significance` : path,
    };
  }
  if (path === 'people') return { tab: 'person', path };
  if (path.startsWith('households')) return { tab: 'households', path };
  if (
    path.startsWith('agencies') ||
    path.startsWith('involvements') ||
    path.startsWith('statements.noOtherAgencies')
  ) {
    return agencyTarget(family, finding);
  }
  const caring = index(path, 'caringRoles');
  if (caring !== undefined) return { tab: 'person', personId: family.caringRoles[caring]?.carer, path };
  if (path === 'caringRoles') {
    const first = family.people.findIndex((p) => p.kind === 'person' && p.caringAsked !== 'asked');
    const at = first >= 0 ? first : 0;
    return { tab: 'person', personId: family.people[at]?.id, path: `people[${at}].caringAsked` };
  }
  const partnership = index(path, 'partnerships');
  if (partnership !== undefined) {
    return { tab: 'relationships', personId: family.partnerships[partnership]?.partners[0], path };
  }
  const emotional = index(path, 'emotionalRelationships');
  if (emotional !== undefined) {
    return { tab: 'relationships', personId: family.emotionalRelationships[emotional]?.from, path };
  }
  const link = index(path, 'parentChildLinks');
  if (link !== undefined) {
    return { tab: 'relationships', personId: family.parentChildLinks[link]?.child, path };
  }
  if (path.startsWith('parentChildLinks') || path.startsWith('multipleBirths')) {
    const personId = finding.subject?.kind === 'person' ? finding.subject.id : undefined;
    return { tab: 'relationships', ...(personId ? { personId } : {}), path };
  }
  if (
    path.startsWith('subjects') ||
    path.startsWith('preparedWithFamily') ||
    path.startsWith('statements') ||
    path.startsWith('asAt') ||
    path.startsWith('title') ||
    path.startsWith('notes')
  ) {
    return { tab: 'map', path };
  }
  // MS-18 (the map not recorded lately): the checklist's "Record today's checklist" button.
  if (path === 'checklistRecords') return { tab: 'checklist', path };
  if (finding.subject?.kind === 'person') return { tab: 'person', personId: finding.subject.id, path };
  return { tab: 'map', path };
}
