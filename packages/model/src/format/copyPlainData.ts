import { formatPath, type FormatIssue } from './issue.ts';
import { FORMAT_LIMITS, RESERVED_KEYS } from './limits.ts';
import {
  depthLimitMessage,
  listLimitMessage,
  RESERVED_KEY_MESSAGE,
  valuesLimitMessage,
} from './limitsCheck.ts';

export type CopyResult = { ok: true; value: unknown } | { ok: false; issues: FormatIssue[] };

class TooLarge extends Error {}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return true;
  // Accept objects from another realm (iframe, vm) whose prototype is that realm's Object.prototype.
  return (
    Object.getPrototypeOf(proto) === null &&
    typeof (proto as { constructor?: unknown }).constructor === 'function' &&
    (proto as { constructor: { name?: unknown } }).constructor.name === 'Object'
  );
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a bigint';
  if (typeof value === 'number') return String(value);
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor
    ?.name;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object that is not plain data';
}

/**
 * Copies an already-parsed value into fresh plain objects and arrays, refusing anything JSON cannot
 * hold (functions, dates, maps, class instances, getters, non-finite numbers), keys with a special
 * meaning in JavaScript (`__proto__`, `constructor`, `prototype`), and documents over the size
 * limits. The copy shares nothing with the input, so later stages can never mutate the caller's data.
 * Never throws.
 */
export function copyPlainData(input: unknown): CopyResult {
  const issues: FormatIssue[] = [];
  let values = 0;

  const visit = (value: unknown, path: PropertyKey[]): unknown => {
    values++;
    if (values > FORMAT_LIMITS.maxValues) throw new TooLarge();
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      issues.push({ path: formatPath(path), message: `must be a finite number (got ${describe(value)})` });
      return undefined;
    }
    if (typeof value !== 'object') {
      issues.push({ path: formatPath(path), message: `must be plain JSON data (got ${describe(value)})` });
      return undefined;
    }
    if (path.length >= FORMAT_LIMITS.maxDepth) {
      issues.push({
        path: formatPath(path),
        message: depthLimitMessage(),
      });
      return undefined;
    }
    if (Array.isArray(value)) return visitArray(value, path);
    if (!isPlainObject(value)) {
      issues.push({ path: formatPath(path), message: `must be plain JSON data (got ${describe(value)})` });
      return undefined;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const keyPath = [...path, key];
      if (RESERVED_KEYS.has(key)) {
        issues.push({
          path: formatPath(keyPath),
          message: RESERVED_KEY_MESSAGE,
        });
        continue;
      }
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined) continue;
      if (!('value' in descriptor)) {
        issues.push({
          path: formatPath(keyPath),
          message: 'is computed by a getter; Kinmap reads only plain data',
        });
        continue;
      }
      if (descriptor.value === undefined) continue; // like JSON.stringify: an undefined field is absent
      out[key] = visit(descriptor.value, keyPath);
    }
    return out;
  };

  const visitArray = (array: readonly unknown[], path: PropertyKey[]): unknown[] => {
    const isPeople = path.length === 1 && path[0] === 'people';
    const max = isPeople ? FORMAT_LIMITS.maxPeople : FORMAT_LIMITS.maxListLength;
    if (array.length > max) {
      issues.push({ path: formatPath(path), message: listLimitMessage(array.length, isPeople) });
      return [];
    }
    const out: unknown[] = [];
    for (let i = 0; i < array.length; i++) {
      const item = array[i];
      if (item === undefined) {
        issues.push({ path: formatPath([...path, i]), message: 'must be plain JSON data (got undefined)' });
        continue;
      }
      out.push(visit(item, [...path, i]));
    }
    return out;
  };

  try {
    const value = visit(input, []);
    return issues.length === 0 ? { ok: true, value } : { ok: false, issues };
  } catch (error) {
    if (error instanceof TooLarge) {
      return {
        ok: false,
        issues: [
          {
            path: '',
            message: valuesLimitMessage(),
          },
        ],
      };
    }
    return { ok: false, issues: [{ path: '', message: 'The document could not be read as plain data' }] };
  }
}
