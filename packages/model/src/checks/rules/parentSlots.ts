import type { Rule } from '../contextTypes.ts';
import { parentWord } from '../describe.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';
import { isBiologicalLink } from '../linkKinds.ts';

const RULE = 'parent-slots';

/**
 * MS-04: every subject child has both birth-parent slots filled, by a person or by a placeholder with
 * the reason the parent is unknown. A missing father is an error, not a blank.
 */
export const parentSlots: Rule = (context) => {
  const findings: RawFinding[] = [];
  for (const child of context.subjectChildren) {
    const links = (context.linksByChild.get(child) ?? []).filter((l) => isBiologicalLink(l.value));
    const parents = [...new Set(links.map((l) => l.value.parent))];
    const name = context.name(child);
    if (parents.length < 2) {
      const missing = parents.length === 0 ? 'no birth parents recorded' : 'only one birth parent recorded';
      findings.push(
        finding(
          'MS-04',
          RULE,
          'error',
          'parentChildLinks',
          `${name} (subject child): ${missing}; add each parent, or a placeholder with the reason the parent is unknown`,
          about('person', child),
        ),
      );
    }
    for (const parent of parents) {
      const person = context.people.get(parent)?.value;
      if (person?.kind === 'placeholder' && !person.placeholder?.reasonUnknown) {
        findings.push(
          finding(
            'MS-04',
            RULE,
            'error',
            `${context.personPath(parent)}.placeholder.reasonUnknown`,
            `${name} (subject child): the placeholder for the unknown ${parentWord(context, parent)} needs the reason the parent is unknown`,
            about('person', parent),
          ),
        );
      }
    }
  }
  return findings;
};
