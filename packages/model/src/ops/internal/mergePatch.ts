/**
 * A deep, partial update of an entity's fields: nested objects merge, arrays and other values replace,
 * and `null` removes an optional field (as in JSON Merge Patch, RFC 7396).
 *
 * @example
 * const patch: DeepPatch<PersonInput> = { names: { knownAs: 'Ames' }, death: null };
 */
export type DeepPatch<T> = {
  [K in keyof T]?: NonNullable<T[K]> extends readonly unknown[]
    ? T[K] | null
    : NonNullable<T[K]> extends object
      ? DeepPatch<NonNullable<T[K]>> | null
      : T[K] | null;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own property, even `__proto__`, so a strict schema sees (and rejects) unknown keys. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies a merge patch to `target` and returns a new object; neither input is mutated. */
export function mergePatch<T>(target: T, patch: unknown): T {
  if (!isPlainObject(patch)) return patch as T;
  const base: Record<string, unknown> = isPlainObject(target) ? target : {};
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete result[key];
    else setOwn(result, key, isPlainObject(value) ? mergePatch(base[key], value) : value);
  }
  return result as T;
}
