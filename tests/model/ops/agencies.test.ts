import { describe, expect, it } from 'vitest';
import {
  addAgency,
  addInvolvement,
  createId,
  removeAgency,
  removeInvolvement,
  updateAgency,
  updateInvolvement,
  type AgencyId,
} from '@kinmap/model';
import { expectSoundResult, jonesFamily, modelErrorFrom, p } from './familyBuilders.ts';

const school = createId('agency', 'school');
const gp = createId('agency', 'gp');
const involvement = createId('involvement', 'school-leo');

describe('agencies', () => {
  it('adds an agency', () => {
    const before = jonesFamily();
    const result = addAgency(before, { id: gp, category: 'gp', name: 'Park Lane Surgery' });
    expect(result.family.agencies.at(-1)).toEqual({ id: gp, category: 'gp', name: 'Park Lane Surgery' });
    expectSoundResult(before, result);
  });

  it('refuses an unknown category, naming the field', () => {
    const error = modelErrorFrom(() => addAgency(jonesFamily(), { category: 'bank' as 'gp', name: 'X' }));
    expect(error.issues[0]?.path).toBe('category');
    expect(error.issues[0]?.message).toContain('must be one of');
  });

  it('updates an agency', () => {
    const before = jonesFamily();
    const result = updateAgency(before, { id: school, patch: { team: 'Pastoral team' } });
    expect(result.family.agencies[0]?.team).toBe('Pastoral team');
    expectSoundResult(before, result);
  });

  it('removes an agency with its involvements and references to it as a source', () => {
    const before = jonesFamily();
    const result = removeAgency(before, { id: school });
    expect(result.family.agencies).toEqual([]);
    expect(result.family.involvements).toEqual([]);
    expect(result.family.people.find((x) => x.id === p('leo'))).not.toHaveProperty('provenance.sourceAgency');
    expectSoundResult(before, result);
  });
});

describe('involvements', () => {
  it('records an involvement with the whole family', () => {
    const before = jonesFamily();
    const result = addInvolvement(before, {
      agency: school,
      with: { kind: 'family' },
      status: 'open',
      strength: 'strong',
    });
    expect(result.family.involvements.at(-1)).toMatchObject({
      agency: school,
      with: { kind: 'family' },
      status: 'open',
    });
    expectSoundResult(before, result);
  });

  it('refuses an unknown agency, a person id in place of an agency id, or an unknown person', () => {
    const f = jonesFamily();
    expect(
      modelErrorFrom(() => addInvolvement(f, { agency: gp, with: { kind: 'family' } })).issues[0]?.path,
    ).toBe('agency');
    const wrongKind = modelErrorFrom(() =>
      addInvolvement(f, { agency: p('amy') as unknown as AgencyId, with: { kind: 'family' } }),
    );
    expect(wrongKind.issues[0]).toMatchObject({
      path: 'agency',
      message: expect.stringContaining('person id'),
    });
    expect(
      modelErrorFrom(() =>
        addInvolvement(f, { agency: school, with: { kind: 'person', person: p('ghost') } }),
      ).issues[0]?.path,
    ).toBe('with.person');
  });

  it('updates status and replaces the target whole', () => {
    const before = jonesFamily();
    const result = updateInvolvement(before, {
      id: involvement,
      patch: { status: 'closed', with: { kind: 'family' } },
    });
    expect(result.family.involvements[0]).toMatchObject({ status: 'closed', with: { kind: 'family' } });
    expect(result.family.involvements[0]?.with).not.toHaveProperty('person');
    expectSoundResult(before, result);
  });

  it('removes an involvement, keeping the agency', () => {
    const before = jonesFamily();
    const result = removeInvolvement(before, { id: involvement });
    expect(result.family.involvements).toEqual([]);
    expect(result.family.agencies).toBe(before.agencies);
    expectSoundResult(before, result);
  });
});
