import type { Family, Finding } from '@kinmap/model';
import type { PanelTab } from '../EditorContext.ts';

/** Where a finding takes the user: which tab, which person to select, and the field path to focus. */
export interface FindingTarget {
  tab: PanelTab;
  personId?: string;
  path: string;
}

const index = (path: string, collection: string): number | undefined => {
  const match = new RegExp(`^${collection}\\[(\\d+)\\]`).exec(path);
  return match ? Number(match[1]) : undefined;
};

/** Works out the tab and person that hold the field a finding's `path` names. */
export function findingTarget(family: Family, finding: Finding): FindingTarget {
  const path = finding.path;
  const personIndex = index(path, 'people');
  if (personIndex !== undefined) return { tab: 'person', personId: family.people[personIndex]?.id, path };
  if (path.startsWith('households')) return { tab: 'households', path };
  if (
    path.startsWith('agencies') ||
    path.startsWith('involvements') ||
    path.startsWith('statements.noOtherAgencies')
  ) {
    return { tab: 'agencies', path };
  }
  const caring = index(path, 'caringRoles');
  if (caring !== undefined) return { tab: 'person', personId: family.caringRoles[caring]?.carer, path };
  const partnership = index(path, 'partnerships');
  if (partnership !== undefined) {
    return { tab: 'relationships', personId: family.partnerships[partnership]?.partners[0], path };
  }
  const emotional = index(path, 'emotionalRelationships');
  if (emotional !== undefined) {
    return { tab: 'relationships', personId: family.emotionalRelationships[emotional]?.from, path };
  }
  if (finding.subject?.kind === 'person') return { tab: 'person', personId: finding.subject.id, path };
  return { tab: 'map', path };
}
