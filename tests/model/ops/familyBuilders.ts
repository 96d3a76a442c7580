// Small hand-built families for the operations tests, and helpers to freeze inputs and check references.
import { expect } from 'vitest';
import {
  ModelError,
  applyChange,
  createId,
  invertChange,
  type Change,
  findReferenceIssues,
  parseFamily,
  serializeFamily,
  type Family,
  type FamilyInput,
} from '@kinmap/model';

/** Parses a hand-written family (filling in defaults), failing loudly if it is not valid. */
export function family(
  input: Omit<FamilyInput, 'formatVersion' | 'id' | 'title'> & { title?: string },
): Family {
  const result = parseFamily({ formatVersion: 3, id: 'family:test', title: 'Test family', ...input });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.family;
}

/** Freezes a value and everything inside it, so any mutation by an operation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Problems with a family as the format sees them: dangling references, duplicate ids, bad values. */
export function formatProblems(f: Family): string[] {
  const issues = findReferenceIssues(f).map((i) => `${i.path}: ${i.message}`);
  const reparsed = parseFamily(serializeFamily(f));
  if (!reparsed.ok) issues.push(...reparsed.issues.map((i) => `${i.path}: ${i.message}`));
  return issues;
}

export const p = (body: string) => createId('person', body);
export const pt = (body: string) => createId('partnership', body);
export const ln = (body: string) => createId('link', body);

/**
 * Amy and Ben, partners, with their son Leo; Amy's mother Gran; a household with Amy and Leo; a school
 * involved with Leo; Leo a young carer for Amy; a close line between Leo and Gran; Leo the subject.
 */
export function jonesFamily(): Family {
  return deepFreeze(
    family({
      subjects: [p('leo')],
      people: [
        { id: p('gran'), names: { given: 'Gran' }, sexAtBirth: 'female', birth: { date: '1950' } },
        { id: p('amy'), names: { given: 'Amy' }, sexAtBirth: 'female', birth: { date: '1985-02' } },
        { id: p('ben'), names: { given: 'Ben' }, sexAtBirth: 'male' },
        {
          id: p('leo'),
          names: { given: 'Leo' },
          sexAtBirth: 'male',
          birth: { date: '2015-06-01' },
          provenance: { sourceAgency: createId('agency', 'school') },
        },
      ],
      partnerships: [{ id: pt('amy-ben'), partners: [p('amy'), p('ben')], kind: 'cohabiting' }],
      parentChildLinks: [
        { id: ln('gran-amy'), parent: p('gran'), child: p('amy') },
        { id: ln('amy-leo'), parent: p('amy'), child: p('leo'), partnership: pt('amy-ben') },
        { id: ln('ben-leo'), parent: p('ben'), child: p('leo'), partnership: pt('amy-ben') },
      ],
      households: [
        {
          id: createId('household', 'home'),
          label: 'Home',
          members: [
            { person: p('amy'), from: '2014' },
            { person: p('leo'), from: '2015' },
          ],
        },
      ],
      agencies: [{ id: createId('agency', 'school'), category: 'school', name: 'Park School' }],
      involvements: [
        {
          id: createId('involvement', 'school-leo'),
          agency: createId('agency', 'school'),
          with: { kind: 'person', person: p('leo') },
          roles: ['lead_practitioner'],
        },
      ],
      caringRoles: [
        { id: createId('caringRole', 'leo-amy'), carer: p('leo'), caredFor: p('amy'), role: 'young_carer' },
      ],
      emotionalRelationships: [
        { id: createId('emotional', 'leo-gran'), from: p('leo'), to: p('gran'), type: 'close' },
      ],
    }),
  );
}

/**
 * What every operation promises: the change replays to the same family, undoing it restores the input
 * exactly, and the new family is a valid document with no dangling references.
 */
export function expectSoundResult(before: Family, result: { family: Family; change: Change }): void {
  expect(applyChange(before, result.change)).toEqual(result.family);
  expect(applyChange(result.family, invertChange(result.change))).toEqual(before);
  expect(formatProblems(result.family)).toEqual([]);
}

/** Runs `fn`, expecting a ModelError; returns it for further assertions. */
export function modelErrorFrom(fn: () => unknown): ModelError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('expected a ModelError, but nothing was thrown');
}
