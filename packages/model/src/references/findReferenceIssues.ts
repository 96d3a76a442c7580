import { COLLECTIONS } from '../schema/collections.ts';
import { idKindOf, type IdKind } from '../ids.ts';
import type { FormatIssue } from '../format/issue.ts';
import type { Family } from '../schema/family.ts';
import { referencePaths } from './referencePaths.ts';
import { valuesAt } from './valuesAt.ts';

const ENTITY_LISTS = COLLECTIONS;

const NOUN: Partial<Record<IdKind, string>> = {
  person: 'a person',
  partnership: 'a partnership',
  link: 'a parent–child link',
  multipleBirth: 'a multiple-birth group',
  household: 'a household',
  emotional: 'an emotional relationship',
  agency: 'an agency',
  involvement: 'an involvement',
  caringRole: 'a caring role',
};

/** "a person": from the id's own prefix where a field may hold several kinds (a field source's record). */
function noun(value: string, kind: IdKind): string {
  const own = idKindOf(value) ?? kind;
  return NOUN[own] ?? `a ${own}`;
}

function duplicateIds(family: Family, known: Map<string, string>): FormatIssue[] {
  const issues: FormatIssue[] = [];
  for (const list of ENTITY_LISTS) {
    (family[list] as readonly { id: string }[]).forEach((entity, i) => {
      const path = `${list}[${i}].id`;
      const first = known.get(entity.id);
      if (first === undefined) known.set(entity.id, path);
      else
        issues.push({ path, message: `repeats the id "${entity.id}" already used at ${first.slice(0, -3)}` });
    });
  }
  return issues;
}

function samePerson(family: Family): FormatIssue[] {
  const issues: FormatIssue[] = [];
  family.partnerships.forEach((p, i) => {
    if (p.partners[0] === p.partners[1]) {
      issues.push({
        path: `partnerships[${i}].partners[1]`,
        message: `is the same person as partners[0] ("${p.partners[0]}"): a partnership joins two different people`,
      });
    }
  });
  const partnersOf = new Map(
    family.partnerships.map((p) => [p.id as string, p.partners as readonly string[]]),
  );
  family.parentChildLinks.forEach((link, i) => {
    if (link.parent === link.child) {
      issues.push({
        path: `parentChildLinks[${i}].child`,
        message: `is the same person as the parent ("${link.parent}"): nobody can be their own parent`,
      });
    }
    const partners = link.partnership === undefined ? undefined : partnersOf.get(link.partnership);
    if (partners !== undefined && !partners.includes(link.parent)) {
      issues.push({
        path: `parentChildLinks[${i}].partnership`,
        message: `is "${link.partnership}", but the parent "${link.parent}" is not one of that partnership's partners`,
      });
    }
  });
  family.multipleBirths.forEach((group, i) => {
    group.members.forEach((member, j) => {
      if (group.members.indexOf(member) !== j) {
        issues.push({
          path: `multipleBirths[${i}].members[${j}]`,
          message: `lists "${member}" a second time`,
        });
      }
    });
  });
  family.emotionalRelationships.forEach((e, i) => {
    if (e.from === e.to) {
      issues.push({
        path: `emotionalRelationships[${i}].to`,
        message: `is the same person as from ("${e.from}"): a relationship line joins two different people`,
      });
    }
  });
  family.caringRoles.forEach((c, i) => {
    if (c.carer === c.caredFor) {
      issues.push({
        path: `caringRoles[${i}].caredFor`,
        message: `is the same person as the carer ("${c.carer}"): record caring for another person`,
      });
    }
  });
  return issues;
}

/**
 * Checks the references inside a family that the schema alone cannot: ids used twice, ids that refer
 * to nothing in the document (a link's parent who is not among the people, an involvement's missing
 * agency, a household member, a subject, a sponsor, a reporter, a caring role…), a partnership with the
 * same person twice, a person linked as their own parent, and a link through a partnership its parent
 * is not part of. `parseFamily` runs it after the schema passes; operations may run it to double-check.
 *
 * @example
 * const issues = findReferenceIssues(family);
 * // [{ path: 'parentChildLinks[0].parent', message: 'refers to "person:zoe", which is not a person in this family' }]
 */
export function findReferenceIssues(family: Family): FormatIssue[] {
  const known = new Map<string, string>();
  const issues = duplicateIds(family, known);
  // A field source may be about the map itself.
  known.set(family.id, 'id');
  const shareIds = new Map<string, number>();
  (family.shares ?? []).forEach((share, i) => {
    const first = shareIds.get(share.id);
    if (first === undefined) shareIds.set(share.id, i);
    else
      issues.push({
        path: `shares[${i}].id`,
        message: `repeats the id "${share.id}" already used at shares[${first}]`,
      });
  });
  for (const { path: pattern, kind } of referencePaths()) {
    for (const [path, value] of valuesAt(family, pattern)) {
      if (typeof value !== 'string') continue;
      const definedAt = known.get(value);
      if (definedAt === undefined) {
        issues.push({
          path,
          message:
            idKindOf(value) === 'family'
              ? `refers to "${value}", but this map's id is "${family.id}"`
              : `refers to "${value}", which is not ${noun(value, kind)} in this family`,
        });
      }
    }
  }
  issues.push(...samePerson(family));
  return issues;
}
