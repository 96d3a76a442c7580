import { describe, expect, it } from 'vitest';
import {
  addHousehold,
  addInvolvement,
  createId,
  moveIntoHousehold,
  moveOutOfHousehold,
  removeHousehold,
  updateHousehold,
} from '@kinmap/model';
import { expectSoundResult, jonesFamily, modelErrorFrom, p } from './familyBuilders.ts';

const home = createId('household', 'home');
const grans = createId('household', 'grans');

describe('households', () => {
  it('adds a household with members', () => {
    const before = jonesFamily();
    const result = addHousehold(before, {
      id: grans,
      label: "Gran's house",
      members: [{ person: p('gran') }],
    });
    expect(result.family.households.at(-1)).toMatchObject({
      label: "Gran's house",
      members: [{ person: p('gran'), membership: 'resident' }],
    });
    expectSoundResult(before, result);
  });

  it('refuses a member who is not in the family', () => {
    const error = modelErrorFrom(() =>
      addHousehold(jonesFamily(), { label: 'X', members: [{ person: p('ghost') }] }),
    );
    expect(error.issues[0]).toMatchObject({
      path: 'members[0].person',
      message: expect.stringContaining('person:ghost'),
    });
  });

  it('updates the address and confirmation', () => {
    const before = jonesFamily();
    const result = updateHousehold(before, {
      id: home,
      patch: {
        address: { postcode: 'LS1 1AA', confidential: true },
        membersConfirmed: { confirmed: 'yes', method: 'home_visit' },
      },
    });
    expect(result.family.households[0]).toMatchObject({ label: 'Home', address: { confidential: true } });
    expectSoundResult(before, result);
  });

  it('removes a household and involvements with it; its members stay', () => {
    const withInvolvement = addInvolvement(jonesFamily(), {
      agency: createId('agency', 'school'),
      with: { kind: 'household', household: home },
    }).family;
    const result = removeHousehold(withInvolvement, { id: home });
    expect(result.family.households).toEqual([]);
    expect(result.family.involvements.map((i) => i.with.kind)).toEqual(['person']);
    expect(result.family.people).toBe(withInvolvement.people);
    expectSoundResult(withInvolvement, result);
  });
});

describe('moving into and out of a household', () => {
  it('moves a person in from a date with a membership type', () => {
    const before = jonesFamily();
    const result = moveIntoHousehold(before, {
      person: p('ben'),
      household: home,
      membership: 'part_time',
      from: '2024-01',
    });
    expect(result.family.households[0]?.members.at(-1)).toEqual({
      person: p('ben'),
      membership: 'part_time',
      from: '2024-01',
    });
    expect(result.change.label).toBe('Move into household');
    expectSoundResult(before, result);
  });

  it('refuses moving in someone already a current member, or an unknown household', () => {
    const f = jonesFamily();
    expect(
      modelErrorFrom(() => moveIntoHousehold(f, { person: p('amy'), household: home })).message,
    ).toContain('already a current member');
    expect(
      modelErrorFrom(() => moveIntoHousehold(f, { person: p('amy'), household: grans })).issues[0]?.path,
    ).toBe('household');
  });

  it('with a date, ends the membership and keeps it as history', () => {
    const before = jonesFamily();
    const result = moveOutOfHousehold(before, { person: p('amy'), household: home, to: '2024-03-01' });
    expect(result.family.households[0]?.members[0]).toEqual({
      person: p('amy'),
      membership: 'resident',
      from: '2014',
      to: '2024-03-01',
    });
    expectSoundResult(before, result);
  });

  it('without a date, removes the membership', () => {
    const before = jonesFamily();
    const result = moveOutOfHousehold(before, { person: p('amy'), household: home });
    expect(result.family.households[0]?.members.map((m) => m.person)).toEqual([p('leo')]);
    expectSoundResult(before, result);
  });

  it('refuses moving out someone who is not a current member, or a bad date', () => {
    const f = jonesFamily();
    expect(
      modelErrorFrom(() => moveOutOfHousehold(f, { person: p('ben'), household: home })).message,
    ).toContain('not a current member');
    expect(
      modelErrorFrom(() => moveOutOfHousehold(f, { person: p('amy'), household: home, to: '03/2024' }))
        .issues[0]?.path,
    ).toBe('to');
  });
});
