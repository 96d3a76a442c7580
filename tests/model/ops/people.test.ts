import { describe, expect, it } from 'vitest';
import { addPerson, updatePerson, type PersonId } from '@kinmap/model';
import { expectSoundResult, jonesFamily, modelErrorFrom, p } from './familyBuilders.ts';

describe('addPerson', () => {
  it('adds an unrelated person with defaults filled in and returns their id', () => {
    const before = jonesFamily();
    const result = addPerson(before, { id: p('zoe'), names: { given: 'Zoe' }, genderIdentity: 'woman' });
    expect(result.id).toBe('person:zoe');
    const zoe = result.family.people.find((x) => x.id === result.id);
    expect(zoe).toMatchObject({ kind: 'person', names: { given: 'Zoe' }, sexAtBirth: 'not_asked' });
    expect(result.family.people).toHaveLength(before.people.length + 1);
    expect(result.change.label).toBe('Add person');
    expectSoundResult(before, result);
  });

  it('makes a fresh person id when none is given', () => {
    const result = addPerson(jonesFamily());
    expect(result.id).toMatch(/^person:/);
    expect(result.change.people?.added?.[0]?.value.id).toBe(result.id);
  });

  it('shares the collections it does not touch with the input', () => {
    const before = jonesFamily();
    const result = addPerson(before, { names: { given: 'Zoe' } });
    expect(result.family.parentChildLinks).toBe(before.parentChildLinks);
    expect(result.family.households).toBe(before.households);
    expect(result.family.people[0]).toBe(before.people[0]);
  });

  it('refuses an id already used, and an id of the wrong kind, naming the field', () => {
    const before = jonesFamily();
    expect(modelErrorFrom(() => addPerson(before, { id: p('amy') })).issues).toEqual([
      { path: 'id', message: '"person:amy" is already used by another person in this family' },
    ]);
    const wrongKind = modelErrorFrom(() => addPerson(before, { id: 'agency:school' as PersonId }));
    expect(wrongKind.message).toContain('id');
    expect(wrongKind.message).toContain('agency id');
  });

  it('refuses a value the schema rejects, naming the field', () => {
    const error = modelErrorFrom(() => addPerson(jonesFamily(), { birth: { date: '2019-02-30' } }));
    expect(error.issues).toEqual([{ path: 'birth.date', message: 'is not a real calendar date' }]);
    expect(error.message).toBe('addPerson: birth.date: is not a real calendar date');
  });
});

describe('updatePerson', () => {
  it('deep-merges a patch: nested fields merge, other fields stay', () => {
    const before = jonesFamily();
    const result = updatePerson(before, {
      id: p('amy'),
      patch: { names: { knownAs: 'Ames' }, immigration: { nrpf: 'yes' } },
    });
    const amy = result.family.people.find((x) => x.id === p('amy'));
    expect(amy?.names).toEqual({ given: 'Amy', knownAs: 'Ames', other: [] });
    expect(amy?.immigration).toMatchObject({ nrpf: 'yes', status: 'not_asked' });
    expect(amy?.birth).toEqual({ date: '1985-02', estimated: false });
    expect(result.change.people?.updated).toHaveLength(1);
    expectSoundResult(before, result);
  });

  it('removes an optional field given null', () => {
    const before = jonesFamily();
    const result = updatePerson(before, { id: p('amy'), patch: { birth: null } });
    expect(result.family.people.find((x) => x.id === p('amy'))).not.toHaveProperty('birth');
    expectSoundResult(before, result);
  });

  it('refuses an unknown person, a bad value, an id change and a dangling reference', () => {
    const before = jonesFamily();
    expect(modelErrorFrom(() => updatePerson(before, { id: p('nobody'), patch: {} })).issues).toEqual([
      { path: 'id', message: 'there is no person "person:nobody" in this family' },
    ]);
    expect(
      modelErrorFrom(() => updatePerson(before, { id: p('amy'), patch: { sexAtBirth: 'robot' as 'male' } }))
        .issues[0]?.path,
    ).toBe('patch.sexAtBirth');
    expect(
      modelErrorFrom(() => updatePerson(before, { id: p('amy'), patch: { id: p('zed') } as never })).issues[0]
        ?.path,
    ).toBe('patch.id');
    const dangling = modelErrorFrom(() =>
      updatePerson(before, { id: p('amy'), patch: { immigration: { sponsor: p('ghost') } } }),
    );
    expect(dangling.issues[0]).toEqual({
      path: 'immigration.sponsor',
      message: 'there is no person "person:ghost" in this family (referred to by person "person:amy")',
    });
  });

  it('refuses a __proto__ key rather than polluting anything', () => {
    const patch = JSON.parse('{"names": {"__proto__": {"polluted": true}}}') as never;
    const error = modelErrorFrom(() => updatePerson(jonesFamily(), { id: p('amy'), patch }));
    expect(error.issues[0]?.path).toContain('names');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
