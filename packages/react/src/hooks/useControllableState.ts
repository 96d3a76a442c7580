'use client';

import { useCallback, useRef, useState } from 'react';

/** A new value, or a function of the current one (as `useState` accepts). */
export type Updater<T> = T | ((previous: T) => T);

/**
 * One value that a parent may own (controlled) or hand over (uncontrolled), the convention of Radix's
 * `useControllableState` and React Aria's `useControlledState`. Every Kinmap prop triple goes through
 * it: `selection` / `defaultSelection` / `onSelectionChange`, `viewport` / `defaultViewport` /
 * `onViewportChange`, `family` / `defaultFamily` / `onFamilyChange(next, change)`.
 *
 * - Controlled (`value !== undefined`): the setter only calls `onChange`; the parent decides.
 * - Uncontrolled: the setter stores the value and calls `onChange`.
 * - `onChange` is not called when the new value is the same (`Object.is`) as the current one.
 * - Extra arguments given to the setter (such as the model `change`) are passed on to `onChange`.
 *
 * @param value - The controlled value, or `undefined` to let the component own it.
 * @param defaultValue - The starting value when uncontrolled (or a function returning it).
 * @param onChange - Called with each new value and any extra arguments given to the setter.
 * @returns The current value and a setter.
 * @example
 * function Toggle(props: { isOn?: boolean; defaultOn?: boolean; onOnChange?: (isOn: boolean) => void }) {
 *   const [isOn, setOn] = useControllableState(props.isOn, props.defaultOn ?? false, props.onOnChange);
 *   return <button aria-pressed={isOn} onClick={() => setOn((on) => !on)}>Toggle</button>;
 * }
 */
export function useControllableState<T, A extends unknown[] = []>(
  value: T | undefined,
  defaultValue: T | (() => T),
  onChange?: (value: T, ...args: A) => void,
): [T, (next: Updater<T>, ...args: A) => void] {
  const [own, setOwn] = useState<T>(defaultValue);
  const isControlled = value !== undefined;
  const current = isControlled ? value : own;

  // Functional updates read the latest value, even after several calls in one event handler.
  const latest = useRef({ current, isControlled, onChange });
  latest.current = { current, isControlled, onChange };

  const setValue = useCallback((next: Updater<T>, ...args: A) => {
    const state = latest.current;
    const resolved = typeof next === 'function' ? (next as (previous: T) => T)(state.current) : next;
    if (Object.is(resolved, state.current)) return;
    // A controlled value only changes when the parent passes it back, so keep reading the prop.
    if (!state.isControlled) {
      state.current = resolved;
      setOwn(() => resolved);
    }
    state.onChange?.(resolved, ...args);
  }, []);

  return [current, setValue];
}
