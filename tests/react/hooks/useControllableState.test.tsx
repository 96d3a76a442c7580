import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from '@kinmap/react';

describe('useControllableState', () => {
  it('uncontrolled: keeps its own value and reports each change with extra arguments', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState<number, [string]>(undefined, 1, onChange));
    act(() => result.current[1](2, 'typed'));
    expect(result.current[0]).toBe(2);
    expect(onChange).toHaveBeenCalledWith(2, 'typed');
  });

  it('uncontrolled: functional updates in one handler build on each other', () => {
    const { result } = renderHook(() => useControllableState<number>(undefined, 0));
    act(() => {
      result.current[1]((n) => n + 1);
      result.current[1]((n) => n + 1);
    });
    expect(result.current[0]).toBe(2);
  });

  it('controlled: shows the prop, and only reports a change', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(({ value }) => useControllableState(value, 0, onChange), {
      initialProps: { value: 5 },
    });
    act(() => result.current[1](6));
    expect(result.current[0]).toBe(5);
    expect(onChange).toHaveBeenCalledWith(6);
    rerender({ value: 6 });
    expect(result.current[0]).toBe(6);
  });

  it('does not report a value equal to the current one', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState(7, 0, onChange));
    act(() => result.current[1](7));
    expect(onChange).not.toHaveBeenCalled();
  });
});
