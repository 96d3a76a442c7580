import { describe, expect, it } from 'vitest';
import { setSubjects, updateFamilyDetails } from '@kinmap/model';
import { expectSoundResult, jonesFamily, modelErrorFrom, p } from './familyBuilders.ts';

describe('updateFamilyDetails', () => {
  it('updates the title, preparation with the family and statements', () => {
    const before = jonesFamily();
    const result = updateFamilyDetails(before, {
      title: 'Jones family',
      asAt: '2024-03-01',
      preparedWithFamily: { value: 'partly', date: '2024-03-01', present: 'Mother' },
      statements: { noOtherAgencies: { date: '2024-03-01' } },
    });
    expect(result.family).toMatchObject({
      title: 'Jones family',
      asAt: '2024-03-01',
      preparedWithFamily: { value: 'partly' },
      statements: { noOtherAgencies: { date: '2024-03-01' } },
    });
    expect(Object.keys(result.change.document ?? {})).toEqual([
      'title',
      'asAt',
      'preparedWithFamily',
      'statements',
    ]);
    expect(result.family.people).toBe(before.people);
    expectSoundResult(before, result);
  });

  it('removes an optional field given null; refuses removing the title, unknown fields and bad dates', () => {
    const dated = updateFamilyDetails(jonesFamily(), { asAt: '2024-03-01' }).family;
    const cleared = updateFamilyDetails(dated, { asAt: null });
    expect(cleared.family).not.toHaveProperty('asAt');
    expectSoundResult(dated, cleared);
    expect(modelErrorFrom(() => updateFamilyDetails(dated, { title: null })).issues[0]?.path).toBe('title');
    expect(modelErrorFrom(() => updateFamilyDetails(dated, { people: [] } as never)).issues[0]?.path).toBe(
      'people',
    );
    expect(modelErrorFrom(() => updateFamilyDetails(dated, { asAt: '2024' })).issues[0]?.path).toBe('asAt');
  });
});

describe('setSubjects', () => {
  it('sets the subjects in order without duplicates', () => {
    const before = jonesFamily();
    const result = setSubjects(before, [p('amy'), p('leo'), p('amy')]);
    expect(result.family.subjects).toEqual([p('amy'), p('leo')]);
    expectSoundResult(before, result);
  });

  it('refuses someone not in the family, naming the position', () => {
    expect(modelErrorFrom(() => setSubjects(jonesFamily(), [p('leo'), p('ghost')])).issues).toEqual([
      { path: 'subjects[1]', message: 'there is no person "person:ghost" in this family' },
    ]);
  });
});
