import { describe, expect, it } from 'vitest';
import {
  ModelError,
  addPerson,
  addRelative,
  applyChange,
  composeChanges,
  diffFamilies,
  invertChange,
  isEmptyChange,
  removePerson,
  updatePerson,
  type Change,
} from '@kinmap/model';
import { jonesFamily, modelErrorFrom, p } from '../ops/familyBuilders.ts';

describe('applyChange', () => {
  it('throws a ModelError naming the entity when an entity to remove or update is missing', () => {
    const f = jonesFamily();
    const removal = removePerson(f, { id: p('gran') });
    const error = modelErrorFrom(() => applyChange(removal.family, removal.change));
    expect(error).toBeInstanceOf(ModelError);
    expect(error.message).toContain('cannot remove person "person:gran": it is not in the family');
    const rename = updatePerson(f, { id: p('gran'), patch: { names: { given: 'Nan' } } });
    expect(modelErrorFrom(() => applyChange(removal.family, rename.change)).message).toContain(
      'cannot update person "person:gran": it is not in the family',
    );
  });

  it('throws when an id to add is already present, and applies nothing', () => {
    const f = jonesFamily();
    const added = addPerson(f, { id: p('zoe') });
    const error = modelErrorFrom(() => applyChange(added.family, added.change));
    expect(error.message).toContain('cannot add person "person:zoe": that id is already in the family');
    expect(added.family.people.filter((x) => x.id === p('zoe'))).toHaveLength(1);
  });

  it('names the change by its label in the error', () => {
    const f = jonesFamily();
    const child = addRelative(f, { of: p('amy'), relation: 'child' });
    expect(modelErrorFrom(() => applyChange(child.family, child.change)).message).toMatch(
      /^applyChange \("Add child"\):/,
    );
  });

  it('returns the same family for an empty change', () => {
    const f = jonesFamily();
    expect(applyChange(f, { label: 'Nothing' })).toBe(f);
    expect(isEmptyChange({ label: 'Nothing', people: { added: [] } })).toBe(true);
    expect(isEmptyChange(addPerson(f).change)).toBe(false);
  });
});

describe('invertChange', () => {
  it('swaps additions and removals and keeps the label', () => {
    const { change } = addPerson(jonesFamily(), { id: p('zoe') });
    const inverse = invertChange(change);
    expect(inverse.label).toBe('Add person');
    expect(inverse.people?.removed?.map((r) => r.value.id)).toEqual([p('zoe')]);
    expect(invertChange(inverse)).toEqual(change);
  });

  it('puts a removed person back at the same position', () => {
    const f = jonesFamily();
    const { family, change } = removePerson(f, { id: p('amy') });
    expect(applyChange(family, invertChange(change)).people.map((x) => x.id)).toEqual(
      f.people.map((x) => x.id),
    );
  });
});

describe('composeChanges', () => {
  it('squashes steps into one change with the same effect', () => {
    const f = jonesFamily();
    const one = addRelative(f, { of: p('leo'), relation: 'sibling', person: { id: p('mia') } });
    const two = updatePerson(one.family, { id: p('mia'), patch: { names: { given: 'Mia' } } });
    const three = removePerson(two.family, { id: p('gran') });
    const all = composeChanges([one.change, two.change, three.change]);
    expect(all.label).toBe('Add sibling');
    expect(applyChange(f, all)).toEqual(three.family);
    expect(applyChange(three.family, invertChange(all))).toEqual(f);
    expect(all.people?.added?.[0]?.value.names.given).toBe('Mia');
    expect(all.people?.updated).toBeUndefined();
  });

  it('cancels an addition later removed, leaving an empty change', () => {
    const f = jonesFamily();
    const added = addPerson(f, { id: p('zoe') });
    const removed = removePerson(added.family, { id: p('zoe') });
    const composed = composeChanges([added.change, removed.change], { label: 'Oops' });
    expect(isEmptyChange(composed)).toBe(true);
    expect(composed.label).toBe('Oops');
  });
});

describe('diffFamilies', () => {
  it('computes the change between two versions, including a reordering', () => {
    const f = jonesFamily();
    const reordered = { ...f, people: [...f.people].reverse(), title: 'Renamed' };
    const change: Change = diffFamilies(f, reordered, { label: 'Import' });
    expect(change.document?.title).toEqual({ before: 'Test family', after: 'Renamed' });
    expect(applyChange(f, change)).toEqual(reordered);
    expect(applyChange(reordered, invertChange(change))).toEqual(f);
  });
});
