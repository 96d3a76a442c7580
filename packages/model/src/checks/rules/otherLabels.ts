import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'other-labelled';

/**
 * MS-25: anything drawn with the type "other" (an emotional line, an agency, a partnership or a
 * parent–child link) carries label text, so the legend can explain it.
 */
export const otherLabels: Rule = (context) => {
  const findings: RawFinding[] = [];
  const { family } = context;
  const blank = (text: string | undefined) => !text?.trim();
  const add = (path: string, message: string, subject: ReturnType<typeof about>) =>
    findings.push(finding('MS-25', RULE, 'warning', path, message, subject));
  family.emotionalRelationships.forEach((r, i) => {
    if (r.type === 'other' && blank(r.label)) {
      add(
        `emotionalRelationships[${i}].label`,
        `Relationship line between ${context.name(r.from)} and ${context.name(r.to)} is of type "other" with no label`,
        about('emotional', r.id),
      );
    }
  });
  family.agencies.forEach((a, i) => {
    if (a.category === 'other' && blank(a.categoryOther)) {
      add(
        `agencies[${i}].categoryOther`,
        `${a.name}: agency type "other" with no description`,
        about('agency', a.id),
      );
    }
  });
  family.partnerships.forEach((p, i) => {
    if (p.kind === 'other' && blank(p.kindOther)) {
      add(
        `partnerships[${i}].kindOther`,
        `Relationship between ${context.name(p.partners[0])} and ${context.name(p.partners[1])} is of kind "other" with no description`,
        about('partnership', p.id),
      );
    }
  });
  family.parentChildLinks.forEach((l, i) => {
    if (l.kind === 'other' && blank(l.kindOther)) {
      add(
        `parentChildLinks[${i}].kindOther`,
        `Link between ${context.name(l.parent)} and ${context.name(l.child)} is of kind "other" with no description`,
        about('link', l.id),
      );
    }
  });
  return findings;
};
