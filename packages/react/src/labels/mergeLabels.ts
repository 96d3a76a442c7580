/** Every key optional, all the way down; functions and arrays are replaced whole. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : T[K] extends readonly unknown[]
      ? T[K]
      : T[K] extends object
        ? DeepPartial<T[K]>
        : T[K];
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns a new labels object with `overrides` merged over `base`, key by key (nested groups are
 * merged, functions and strings replaced). Neither argument is changed.
 *
 * @example
 * ```ts
 * const labels = mergeLabels(defaultLabels, { legendTitle: 'Symbols used' });
 * ```
 */
export function mergeLabels<T extends object>(base: T, overrides?: DeepPartial<T>): T {
  if (!overrides) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? mergeLabels(current, value) : value;
  }
  return out as T;
}
