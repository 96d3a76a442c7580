import type { Rule } from '../contextTypes.ts';
import { parentWord } from '../describe.ts';
import { about, finding } from '../finding.ts';
import { isBiologicalLink } from '../linkKinds.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'three-generations';

/**
 * MS-16: three generations for each subject child: both birth parents of each known birth parent
 * (maternal and paternal grandparents), each a person or a placeholder. A side whose parent is itself
 * an unknown placeholder cannot be traced and is not asked for.
 */
export const threeGenerations: Rule = (context) => {
  const findings: RawFinding[] = [];
  for (const child of context.subjectChildren) {
    const parents = new Set<string>();
    for (const { value: link } of context.linksByChild.get(child) ?? []) {
      if (isBiologicalLink(link) && link.kind !== 'donor' && link.kind !== 'surrogate')
        parents.add(link.parent);
    }
    for (const parent of parents) {
      if (context.people.get(parent)?.value.kind !== 'person') continue;
      const grandparents = new Set(
        (context.linksByChild.get(parent) ?? [])
          .filter((l) => isBiologicalLink(l.value))
          .map((l) => l.value.parent),
      );
      if (grandparents.size >= 2) continue;
      const word = parentWord(context, parent);
      const side =
        word === 'mother' ? 'maternal' : word === 'father' ? 'paternal' : `${context.name(parent)}'s`;
      findings.push(
        finding(
          'MS-16',
          RULE,
          'warning',
          'parentChildLinks',
          `${context.name(child)} (subject child): ${grandparents.size === 0 ? 'no' : 'only one'} ${side} grandparent${grandparents.size === 0 ? 's' : ''} recorded; add ${context.name(parent)}'s parents, or placeholders with the reason they are unknown`,
          about('person', parent),
        ),
      );
    }
  }
  return findings;
};
