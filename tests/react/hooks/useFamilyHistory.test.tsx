import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { addRelative, updatePerson, type PersonId } from '@kinmap/model';
import { useFamilyHistory } from '@kinmap/react';
import { id, smallFamily } from '../interaction/harness.tsx';

const names = (family: { people: Array<{ names: { given?: string } }> }) =>
  family.people.map((p) => p.names.given);

describe('useFamilyHistory', () => {
  it('applies an edit, undoes it and redoes it', () => {
    const start = smallFamily();
    const { result } = renderHook(() => useFamilyHistory(start));
    expect(result.current.canUndo).toBe(false);
    act(() => {
      result.current.apply((family) =>
        addRelative(family, { of: id('ben'), relation: 'child', person: { names: { given: 'Ivy' } } }),
      );
    });
    expect(names(result.current.family)).toContain('Ivy');
    expect(result.current.canUndo).toBe(true);
    act(() => void result.current.undo());
    expect(result.current.family).toEqual(start);
    expect(result.current.canRedo).toBe(true);
    act(() => void result.current.redo());
    expect(names(result.current.family)).toContain('Ivy');
    expect(result.current.canRedo).toBe(false);
  });

  it('builds edits made one after another in one handler on each other', () => {
    const { result } = renderHook(() => useFamilyHistory(smallFamily()));
    act(() => {
      result.current.apply((family) =>
        updatePerson(family, { id: id('amy'), patch: { names: { knownAs: 'Ames' } } }),
      );
      result.current.apply((family) =>
        updatePerson(family, { id: id('sam'), patch: { names: { knownAs: 'Sammy' } } }),
      );
    });
    const knownAs = (personId: PersonId) =>
      result.current.family.people.find((p) => p.id === personId)?.names.knownAs;
    expect([knownAs(id('amy')), knownAs(id('sam'))]).toEqual(['Ames', 'Sammy']);
    act(() => void result.current.undo());
    expect([knownAs(id('amy')), knownAs(id('sam'))]).toEqual(['Ames', undefined]);
  });

  it('undoes a grouped multi-step edit in one step, and reports every change', () => {
    const start = smallFamily();
    const onFamilyChange = vi.fn();
    const { result } = renderHook(() => useFamilyHistory(start, { onFamilyChange }));
    act(() => {
      result.current.group(
        [
          (family) =>
            addRelative(family, { of: id('ben'), relation: 'partner', person: { names: { given: 'Kit' } } }),
          (family) =>
            addRelative(family, { of: id('ben'), relation: 'child', person: { names: { given: 'Ivy' } } }),
        ],
        { label: 'Add partner and child' },
      );
    });
    expect(names(result.current.family)).toEqual(expect.arrayContaining(['Kit', 'Ivy']));
    expect(onFamilyChange).toHaveBeenLastCalledWith(
      result.current.family,
      expect.objectContaining({ label: 'Add partner and child' }),
      'apply',
    );
    act(() => void result.current.undo());
    expect(result.current.family).toEqual(start);
    expect(result.current.canUndo).toBe(false);
    expect(onFamilyChange).toHaveBeenLastCalledWith(start, expect.anything(), 'undo');
  });

  it('returns undefined when there is nothing to undo or redo', () => {
    const { result } = renderHook(() => useFamilyHistory(smallFamily()));
    let undone: unknown = 'not called';
    act(() => {
      undone = result.current.undo();
    });
    expect(undone).toBeUndefined();
  });
});
