// Random edit sequences on random valid families: every step leaves a valid document with no dangling
// reference, each change replays exactly, and undoing every step returns the original family.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as model from '@kinmap/model';
import {
  ModelError,
  applyChange,
  composeChanges,
  invertChange,
  type Change,
  type Family,
  type PersonId,
} from '@kinmap/model';
import { arbitraryFamily } from '../../support/arbitraryFamily.ts';
import { deepFreeze, formatProblems, jonesFamily } from './familyBuilders.ts';

type Pick = number;
/** One random edit: which operation, and numbers used to pick ids and values. */
type Command = { op: number; a: Pick; b: Pick; c: Pick };

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];
const ids = <T extends { id: string }>(items: readonly T[]) => items.map((x) => x.id);
const relations = ['parent', 'partner', 'child', 'sibling', 'half_sibling', 'twin'] as const;
const memberships = ['resident', 'part_time', 'regular_visitor', 'temporary', 'unknown'] as const;

/** Runs one command; an invalid pick (a ModelError) is skipped, any other error fails the property. */
function run(f: Family, { op, a, b, c }: Command): { family: Family; change: Change } | undefined {
  const people = ids(f.people) as PersonId[];
  const person = pick(people, a) as PersonId;
  const other = pick(people, b) as PersonId;
  const edits: (() => { family: Family; change: Change })[] = [
    () => model.addPerson(f, { names: { given: `P${a}` } }),
    () =>
      model.addRelative(f, {
        of: person,
        relation: relations[c % relations.length] as 'child',
        partnership: c % 3 === 0 ? (pick(ids(f.partnerships), b) as never) : undefined,
      }),
    () =>
      model.updatePerson(f, {
        id: person,
        patch: {
          genderIdentity: c % 2 ? 'woman' : 'man',
          birth: c % 3 ? null : { date: `${1950 + (c % 70)}` },
        },
      }),
    () => model.removePerson(f, { id: person }),
    () => model.addPartnership(f, { partners: [person, other] }),
    () => model.removePartnership(f, { id: pick(ids(f.partnerships), a) as never }),
    () =>
      model.addPartnershipEvent(f, {
        partnership: pick(ids(f.partnerships), a) as never,
        event: { type: 'separated', date: `${2000 + (c % 20)}` },
      }),
    () => model.linkParentChild(f, { parent: person, child: other, kind: c % 2 ? 'birth' : 'foster' }),
    () => model.unlinkParentChild(f, { id: pick(ids(f.parentChildLinks), a) as never }),
    () => model.addHousehold(f, { label: `H${a}`, members: c % 2 && person ? [{ person }] : [] }),
    () => model.removeHousehold(f, { id: pick(ids(f.households), a) as never }),
    () =>
      model.moveIntoHousehold(f, {
        person,
        household: pick(ids(f.households), b) as never,
        membership: memberships[c % 5] as 'resident',
      }),
    () =>
      model.moveOutOfHousehold(f, {
        person,
        household: pick(ids(f.households), b) as never,
        to: c % 2 ? '2024' : undefined,
      }),
    () => model.addAgency(f, { category: 'school', name: `A${a}` }),
    () => model.removeAgency(f, { id: pick(ids(f.agencies), a) as never }),
    () =>
      model.addInvolvement(f, {
        agency: pick(ids(f.agencies), a) as never,
        with: c % 2 ? { kind: 'person', person } : { kind: 'family' },
      }),
    () => model.removeInvolvement(f, { id: pick(ids(f.involvements), a) as never }),
    () => model.addCaringRole(f, { carer: person, caredFor: other, role: 'young_carer' }),
    () => model.removeCaringRole(f, { id: pick(ids(f.caringRoles), a) as never }),
    () => model.addEmotionalRelationship(f, { from: person, to: other, type: 'close' }),
    () => model.removeEmotionalRelationship(f, { id: pick(ids(f.emotionalRelationships), a) as never }),
    () => model.addMultipleBirth(f, { members: [person, other] }),
    () => model.setSubjects(f, person ? [person] : []),
    () => model.updateFamilyDetails(f, { title: `Family ${a}`, notes: c % 2 ? null : 'Notes' }),
  ];
  try {
    return (edits[op % edits.length] as () => { family: Family; change: Change })();
  } catch (error) {
    if (error instanceof ModelError) return undefined;
    throw error;
  }
}

const command = fc.record({ op: fc.nat(200), a: fc.nat(50), b: fc.nat(50), c: fc.nat(100) });
const startingFamily = fc.oneof(arbitraryFamily({ maxPeople: 6 }), fc.constant(jonesFamily()));

describe('random edit sequences', () => {
  it('keep every reference valid, replay exactly, and undo back to the original', () => {
    fc.assert(
      fc.property(startingFamily, fc.array(command, { maxLength: 15 }), (original, commands) => {
        deepFreeze(original);
        let family = original;
        const changes: Change[] = [];
        for (const cmd of commands) {
          const result = run(family, cmd);
          if (!result) continue;
          deepFreeze(result.family);
          expect(formatProblems(result.family)).toEqual([]);
          expect(applyChange(family, result.change)).toEqual(result.family);
          family = result.family;
          changes.push(result.change);
        }
        // Changes are plain data: a JSON round trip loses nothing.
        const stored = JSON.parse(JSON.stringify(changes)) as Change[];
        let undone = family;
        for (const change of [...stored].reverse()) undone = applyChange(undone, invertChange(change));
        expect(undone).toEqual(original);
        const all = composeChanges(stored);
        expect(applyChange(original, all)).toEqual(family);
        expect(applyChange(family, invertChange(all))).toEqual(original);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
