import { COLLECTIONS, type Change, type CollectionName } from '../changes/types.ts';
import type { Family } from '../schema/family.ts';
import { formatCount, formatPath, type FormatIssue } from './issue.ts';
import { FORMAT_LIMITS, RESERVED_KEYS } from './limits.ts';

/*
 * The format limits as the operations enforce them, so that nothing an operation makes is refused by
 * `parseFamily` on reopening. The wording of each limit is shared with `parseFamily`.
 *
 * Cost: counting entities is O(1). The characters of the saved text (`serializeFamily`) and the number
 * of values are kept per entity object (entities are shared between versions of a family, so each is
 * measured once) and per family object; an operation on a family measured before only measures the
 * entities its change adds or updates. The first operation on a family never measured (just opened, or
 * just undone) sums the entities' cached measures, measuring only those not seen before.
 */

// ---- Shared wording -------------------------------------------------------------------------------

/** `parseFamily`'s message for a list over its limit (path `people`, `households[2].members`…). */
export function listLimitMessage(length: number, isPeople: boolean): string {
  const max = isPeople ? FORMAT_LIMITS.maxPeople : FORMAT_LIMITS.maxListLength;
  const what = isPeople ? 'people' : 'entries';
  return `lists ${formatCount(length)} ${what}; Kinmap accepts at most ${formatCount(max)}${isPeople ? ' in one family' : ' in one list'}`;
}

/** `parseFamily`'s message for JSON text over `maxTextLength`. */
export function textLimitMessage(length: number): string {
  return `The document is too large: ${formatCount(length)} characters, and Kinmap reads at most ${formatCount(FORMAT_LIMITS.maxTextLength)}`;
}

/** `parseFamily`'s message for a document over `maxValues`. */
export function valuesLimitMessage(): string {
  return `The document is too large: it holds more than ${formatCount(FORMAT_LIMITS.maxValues)} values`;
}

/** `parseFamily`'s message for nesting deeper than `maxDepth`. */
export function depthLimitMessage(): string {
  return `nests objects or lists more than ${FORMAT_LIMITS.maxDepth} levels deep, which no Kinmap document does`;
}

/** `parseFamily`'s message for a reserved field name. */
export const RESERVED_KEY_MESSAGE = 'is not allowed as a field name (it has a special meaning in JavaScript)';

// ---- Measuring ------------------------------------------------------------------------------------

/** What one entity (or the document without its collections) adds to the saved document. */
interface Measure {
  /** Characters it adds to `serializeFamily`'s text. */
  chars: number;
  /** Values it adds (objects, arrays, strings, numbers, booleans, nulls), as `parseFamily` counts them. */
  values: number;
  /** True when it holds a list over `maxListLength`, nesting too deep or a reserved field name. */
  problem: boolean;
  /** Its longest list over `maxListLength` (0 if none). */
  longest: number;
  /** What was measured, and its path length in the document (to find where a problem is). */
  value: unknown;
  depth: number;
}

/** A family's measure: the document without collections, and each collection's sum. */
interface FamilyMeasure {
  base: Measure;
  collections: Record<CollectionName, { chars: number; values: number }>;
  chars: number;
  values: number;
}

const entityMeasures = new WeakMap<object, Measure>();
const familyMeasures = new WeakMap<Family, FamilyMeasure>();

// Characters JSON.stringify escapes: quote, backslash, control characters and (lone) surrogates.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Length of `value` as JSON.stringify writes it. */
function stringLength(value: string): number {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value).length : value.length + 2;
}

/**
 * Measures `value` as `JSON.stringify(…, null, 2)` writes it at path length `depth` in the document
 * (its lines indented by 2 × depth spaces), counting its values and noting anything `parseFamily`
 * refuses. Allocates nothing for ordinary data; the path of a problem is found later by `findPath`.
 */
function walk(value: unknown, depth: number, into: Measure): number {
  into.values++;
  switch (typeof value) {
    case 'string':
      return stringLength(value);
    case 'number':
      return String(value).length;
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      break;
    default:
      return 0;
  }
  if (value === null) return 4;
  if (depth >= FORMAT_LIMITS.maxDepth) into.problem = true;
  const inner = 2 * (depth + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) return 2;
    if (value.length > FORMAT_LIMITS.maxListLength) {
      into.problem = true;
      into.longest = Math.max(into.longest, value.length);
    }
    // "[\n" + items, each indented, joined by ",\n" + "\n" + indent + "]"
    let chars = 2 + 2 * (value.length - 1) + 1 + 2 * depth + 1;
    for (const item of value as unknown[])
      chars += inner + (item === undefined ? 4 : walk(item, depth + 1, into));
    return chars;
  }
  let chars = 0;
  let entries = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function') continue;
    if (RESERVED_KEYS.has(key)) into.problem = true;
    entries++;
    chars += inner + stringLength(key) + 2 + walk(item, depth + 1, into);
  }
  if (entries === 0) return 2;
  return chars + 2 + 2 * (entries - 1) + 1 + 2 * depth + 1;
}

/** The first path in `value` (relative) where `test` holds, for messages. */
function findPath(
  value: unknown,
  depth: number,
  test: (value: unknown, depth: number, key: string | undefined) => boolean,
  key?: string,
): PropertyKey[] | undefined {
  if (test(value, depth, key)) return [];
  if (typeof value !== 'object' || value === null) return undefined;
  const entries: [PropertyKey, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value);
  for (const [k, item] of entries) {
    if (item === undefined) continue;
    const found = findPath(item, depth + 1, test, typeof k === 'string' ? k : undefined);
    if (found) return [k, ...found];
  }
  return undefined;
}

/** The measure of one entity as an item of a collection: four spaces, its JSON at depth 2, and `,\n`. */
function measureEntity(entity: object): Measure {
  let measure = entityMeasures.get(entity);
  if (measure) return measure;
  measure = { chars: 0, values: 0, problem: false, longest: 0, value: entity, depth: 2 };
  measure.chars = 4 + walk(entity, 2, measure) + 2;
  entityMeasures.set(entity, measure);
  return measure;
}

/** The document's fields other than the collections (each collection written as `[]`). */
function measureBase(family: Family): Measure {
  const base: Record<string, unknown> = { ...family };
  for (const name of COLLECTIONS) base[name] = [];
  const measure: Measure = { chars: 0, values: 0, problem: false, longest: 0, value: base, depth: 0 };
  measure.chars = walk(base, 0, measure) + 1;
  return measure;
}

/** An empty collection is written `[]` (in the base); a non-empty one adds `[\n`, `\n  ]` less a `,\n`. */
function totals(base: Measure, collections: FamilyMeasure['collections'], family: Family): FamilyMeasure {
  let chars = base.chars;
  let values = base.values;
  for (const name of COLLECTIONS) {
    if (family[name].length > 0) chars += collections[name].chars + 2;
    values += collections[name].values;
  }
  return { base, collections, chars, values };
}

function measureCollection(entities: readonly object[]): { chars: number; values: number } {
  let chars = 0;
  let values = 0;
  for (const entity of entities) {
    const m = measureEntity(entity);
    chars += m.chars;
    values += m.values;
  }
  return { chars, values };
}

/** Measures a whole family (reusing every entity measured before). */
function measureFamily(family: Family): FamilyMeasure {
  let measure = familyMeasures.get(family);
  if (measure) return measure;
  const collections = {} as FamilyMeasure['collections'];
  for (const name of COLLECTIONS) collections[name] = measureCollection(family[name]);
  measure = totals(measureBase(family), collections, family);
  familyMeasures.set(family, measure);
  return measure;
}

/** Measures `after` from the measure of `before` and the change between them. */
function measureAfter(before: FamilyMeasure, after: Family, change: Change): FamilyMeasure {
  const cached = familyMeasures.get(after);
  if (cached) return cached;
  const collections = { ...before.collections };
  for (const name of COLLECTIONS) {
    const part = change[name];
    if (!part) continue;
    let { chars, values } = collections[name];
    for (const { value } of part.added ?? []) {
      const m = measureEntity(value);
      chars += m.chars;
      values += m.values;
    }
    for (const { value } of part.removed ?? []) {
      const m = measureEntity(value);
      chars -= m.chars;
      values -= m.values;
    }
    for (const update of part.updated ?? []) {
      const a = measureEntity(update.after);
      const b = measureEntity(update.before);
      chars += a.chars - b.chars;
      values += a.values - b.values;
    }
    collections[name] = { chars, values };
  }
  const base = change.document ? measureBase(after) : before.base;
  const measure = totals(base, collections, after);
  familyMeasures.set(after, measure);
  return measure;
}

/**
 * The number of characters `serializeFamily(family)` writes, without writing it (each entity is measured
 * once and remembered). Exported for tests and benchmarks.
 */
export function serializedLength(family: Family): number {
  return measureFamily(family).chars;
}

/** The number of values `parseFamily` counts in `family`'s saved document. */
export function valueCount(family: Family): number {
  return measureFamily(family).values;
}

// ---- Checking -------------------------------------------------------------------------------------

/** An operation's issue: the field at fault, and which limit the change would break. */
function refusal(path: string, what: string): FormatIssue {
  return { path, message: `this change was not made: ${what}, so the saved map could not be reopened` };
}

function listRefusal(path: string, length: number, isPeople: boolean): FormatIssue {
  return isPeople
    ? refusal(
        path,
        `the family would have ${formatCount(length)} people, and Kinmap opens at most ${formatCount(FORMAT_LIMITS.maxPeople)} in one family`,
      )
    : refusal(
        path,
        `this list would have ${formatCount(length)} entries, and Kinmap opens at most ${formatCount(FORMAT_LIMITS.maxListLength)} in one list`,
      );
}

/** Problems a measured part (entity or document) brings that its earlier version did not have. */
function partIssues(prefix: PropertyKey[], m: Measure, old: Measure | undefined): FormatIssue[] {
  const issues: FormatIssue[] = [];
  if (m.longest > (old?.longest ?? 0)) {
    const path = findPath(m.value, m.depth, (v) => Array.isArray(v) && v.length === m.longest) ?? [];
    issues.push(listRefusal(formatPath([...prefix, ...path]), m.longest, false));
  }
  const tooDeep = (v: unknown, depth: number) =>
    typeof v === 'object' && v !== null && depth >= FORMAT_LIMITS.maxDepth;
  const deep = findPath(m.value, m.depth, tooDeep);
  if (deep && !(old && findPath(old.value, old.depth, tooDeep))) {
    issues.push(
      refusal(
        formatPath([...prefix, ...deep]),
        `it would nest more than ${FORMAT_LIMITS.maxDepth} levels deep, which Kinmap does not open`,
      ),
    );
  }
  const reserved = (_v: unknown, _d: number, key: string | undefined) =>
    key !== undefined && RESERVED_KEYS.has(key);
  const key = findPath(m.value, m.depth, reserved);
  if (key && !(old && findPath(old.value, old.depth, reserved))) {
    issues.push(
      refusal(
        formatPath([...prefix, ...key]),
        `"${String(key[key.length - 1])}" cannot be a field name (it has a special meaning in JavaScript)`,
      ),
    );
  }
  return issues;
}

/**
 * Every reason `parseFamily` would refuse the saved `after` that the change from `before` brings:
 * empty when the change is safe. Operations call this (through `commit`) and throw a `ModelError` with
 * these issues, each naming the field (`people`, `households[2].members`, or `""` for the whole map)
 * and the limit of `FORMAT_LIMITS` it would break.
 *
 * Limits `before` already breaks (a family built in code, never read by `parseFamily`) do not stop a
 * change that keeps or reduces the excess, so such a map can still be trimmed back under the limits.
 */
export function limitIssues(before: Family, after: Family, change: Change): FormatIssue[] {
  const issues: FormatIssue[] = [];
  for (const name of COLLECTIONS) {
    const length = after[name].length;
    const isPeople = name === 'people';
    const max = isPeople ? FORMAT_LIMITS.maxPeople : FORMAT_LIMITS.maxListLength;
    if (length > max && length > before[name].length) issues.push(listRefusal(name, length, isPeople));
    const part = change[name];
    if (!part) continue;
    for (const { at, value } of part.added ?? []) {
      const m = measureEntity(value);
      if (m.problem) issues.push(...partIssues([name, at], m, undefined));
    }
    for (const update of part.updated ?? []) {
      const m = measureEntity(update.after);
      if (!m.problem) continue;
      const at = (after[name] as readonly object[]).indexOf(update.after);
      issues.push(...partIssues([name, at], m, measureEntity(update.before)));
    }
  }
  const b = measureFamily(before);
  const a = measureAfter(b, after, change);
  if (a.base !== b.base && a.base.problem) issues.push(...partIssues([], a.base, b.base));
  if (a.chars > FORMAT_LIMITS.maxTextLength && a.chars > b.chars) {
    issues.push(
      refusal(
        '',
        `the map would be saved as ${formatCount(a.chars)} characters, and Kinmap opens at most ${formatCount(FORMAT_LIMITS.maxTextLength)}`,
      ),
    );
  }
  if (a.values > FORMAT_LIMITS.maxValues && a.values > b.values) {
    issues.push(
      refusal(
        '',
        `the map would hold ${formatCount(a.values)} values, and Kinmap opens at most ${formatCount(FORMAT_LIMITS.maxValues)}`,
      ),
    );
  }
  return issues;
}
