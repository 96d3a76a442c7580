// No 'use client': this module is on the server entry's path. It imports React as a namespace, so it
// loads under React's server build (`react-server` condition), which has no createContext or useContext.
import * as React from 'react';
import type { Context, ReactNode } from 'react';

/**
 * A context the drawing reads: a React context in the browser and in SSR, and a plain value the static
 * renderer (`renderStaticMarkup`, used by `@kinmap/react/server`) sets while it draws, so the same
 * drawing components render in a React Server Component, where React has no context.
 */
export interface KinmapContext<T> {
  readonly defaultValue: T;
  /** The React context, or undefined under React's server build. */
  readonly react: Context<T> | undefined;
  /** `<Provider value={…}>`: the React context's provider, or a pass-through under React's server build. */
  readonly Provider: (props: { value: T; children?: ReactNode }) => ReactNode;
}

// Keyed by the context object itself (any T), so `object` rather than KinmapContext<unknown>.
const providers = new WeakMap<object, object>();
let staticValues: Map<object, unknown> | undefined;

/** Makes a {@link KinmapContext} with a default value. */
export function createKinmapContext<T>(defaultValue: T): KinmapContext<T> {
  const react = typeof React.createContext === 'function' ? React.createContext(defaultValue) : undefined;
  const Provider = (react ??
    ((props: { children?: ReactNode }) => props.children)) as KinmapContext<T>['Provider'];
  const context: KinmapContext<T> = { defaultValue, react, Provider };
  providers.set(Provider, context);
  return context;
}

/**
 * The value of a {@link KinmapContext} for the component being drawn: the static renderer's value while
 * it draws, else React's context, else (a React Server Component, which has no context) the default.
 * A hook: call it at the top of a component, as `useContext`.
 */
export function useKinmapContext<T>(context: KinmapContext<T>): T {
  if (staticValues)
    return (staticValues.has(context) ? staticValues.get(context) : context.defaultValue) as T;
  // `use` may be called conditionally; the branch taken never changes between renders of a tree.
  if (context.react && typeof React.use === 'function') return React.use(context.react);
  return context.defaultValue;
}

/** The context an element type provides, when the type is a {@link KinmapContext}'s `Provider`. */
export function providedContext(type: unknown): object | undefined {
  return (typeof type === 'object' && type !== null) || typeof type === 'function'
    ? providers.get(type)
    : undefined;
}

/**
 * Runs `draw` with static context values in effect (the static renderer's scope), restoring the
 * previous scope afterwards. Synchronous, so it never overlaps a React render.
 */
export function withStaticContext<R>(context: object, value: unknown, draw: () => R): R {
  const outer = staticValues;
  staticValues = new Map(outer);
  staticValues.set(context, value);
  try {
    return draw();
  } finally {
    staticValues = outer;
  }
}

/** Runs `draw` in an empty static scope (every context at its default). */
export function inStaticScope<R>(draw: () => R): R {
  const outer = staticValues;
  staticValues = new Map(outer);
  try {
    return draw();
  } finally {
    staticValues = outer;
  }
}
