import { describe, expect, it } from 'vitest';
import {
  ModelError,
  addRelative,
  canRedo,
  canUndo,
  createHistory,
  endGroup,
  recordChange,
  redo,
  removePerson,
  undo,
  updatePerson,
  type Family,
  type History,
} from '@kinmap/model';
import { deepFreeze, jonesFamily, p } from '../ops/familyBuilders.ts';

/** An editor session: apply an operation's result and record it, as a React hook would. */
function session(family: Family, history: History = createHistory()) {
  return { family, history };
}

describe('undo and redo', () => {
  it('has nothing to undo or redo at first', () => {
    const history = createHistory();
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
    expect(undo(history, jonesFamily())).toBeUndefined();
    expect(redo(history, jonesFamily())).toBeUndefined();
  });

  it('undoes and redoes steps in order, restoring each family exactly', () => {
    const f0 = jonesFamily();
    const s1 = addRelative(f0, { of: p('amy'), relation: 'child' });
    const s2 = removePerson(s1.family, { id: p('gran') });
    let history = recordChange(recordChange(createHistory(), s1.change), s2.change);
    deepFreeze(history);

    const back1 = undo(history, s2.family);
    expect(back1?.family).toEqual(s1.family);
    expect(back1?.change.label).toBe('Remove person');
    const back2 = undo(back1!.history, back1!.family);
    expect(back2?.family).toEqual(f0);
    expect(canUndo(back2!.history)).toBe(false);
    expect(canRedo(back2!.history)).toBe(true);

    const fwd = redo(back2!.history, back2!.family);
    expect(fwd?.family).toEqual(s1.family);
    expect(fwd?.change).toEqual(s1.change);
    history = fwd!.history;
    expect(canUndo(history)).toBe(true);
    expect(canRedo(history)).toBe(true);
  });

  it('discards the redo steps when a new change is recorded after an undo', () => {
    const f0 = jonesFamily();
    const s1 = removePerson(f0, { id: p('gran') });
    const back = undo(recordChange(createHistory(), s1.change), s1.family)!;
    const other = updatePerson(back.family, { id: p('amy'), patch: { names: { knownAs: 'Ames' } } });
    const history = recordChange(back.history, other.change);
    expect(canRedo(history)).toBe(false);
    expect(history.past).toHaveLength(1);
  });

  it('throws a ModelError, leaving the history as it was, when the family does not match the step', () => {
    const f0 = jonesFamily();
    const s1 = removePerson(f0, { id: p('gran') });
    const history = deepFreeze(recordChange(createHistory(), s1.change));
    expect(() => undo(history, f0)).toThrow(ModelError);
    expect(history.past).toHaveLength(1);
  });

  it('ignores empty changes', () => {
    const history = createHistory();
    expect(recordChange(history, { label: 'Nothing' })).toBe(history);
  });
});

describe('grouping', () => {
  it('undoes "add child with both parents" as one step', () => {
    let { family, history } = session(jonesFamily());
    const before = family;
    const child = addRelative(family, {
      of: p('gran'),
      relation: 'child',
      singleParent: true,
      person: { id: p('kim') },
    });
    history = recordChange(history, child.change, { group: 'add-child' });
    const named = updatePerson(child.family, { id: p('kim'), patch: { names: { given: 'Kim' } } });
    history = recordChange(history, named.change, { group: 'add-child' });
    family = named.family;
    expect(history.past).toHaveLength(1);
    expect(history.past[0]?.change.label).toBe('Add child');
    const step = undo(history, family)!;
    expect(step.family).toEqual(before);
    expect(redo(step.history, step.family)?.family).toEqual(family);
  });

  it('starts a new step after endGroup or a different group', () => {
    const f0 = jonesFamily();
    const a = updatePerson(f0, { id: p('amy'), patch: { names: { knownAs: 'A' } } });
    const b = updatePerson(a.family, { id: p('amy'), patch: { names: { knownAs: 'Am' } } });
    const c = updatePerson(b.family, { id: p('amy'), patch: { names: { knownAs: 'Ames' } } });
    let history = recordChange(createHistory(), a.change, { group: 'name' });
    history = recordChange(endGroup(history), b.change, { group: 'name' });
    history = recordChange(history, c.change, { group: 'other' });
    expect(history.past).toHaveLength(3);
  });
});

describe('maximum depth', () => {
  it('keeps only the latest steps', () => {
    let family = jonesFamily();
    let history = createHistory({ maxDepth: 2 });
    for (const given of ['A', 'B', 'C']) {
      const result = updatePerson(family, { id: p('amy'), patch: { names: { given } } });
      history = recordChange(history, result.change);
      family = result.family;
    }
    expect(history.past).toHaveLength(2);
    const once = undo(history, family)!;
    const twice = undo(once.history, once.family)!;
    expect(twice.family.people.find((x) => x.id === p('amy'))?.names.given).toBe('A');
    expect(canUndo(twice.history)).toBe(false);
  });

  it('refuses a depth below one', () => {
    expect(() => createHistory({ maxDepth: 0 })).toThrow(/maxDepth must be a whole number of at least 1/);
  });

  it('is plain data that survives a JSON round trip', () => {
    const f0 = jonesFamily();
    const s1 = removePerson(f0, { id: p('amy') });
    const stored = JSON.parse(JSON.stringify(recordChange(createHistory(), s1.change))) as History;
    expect(undo(stored, s1.family)?.family).toEqual(f0);
  });
});
