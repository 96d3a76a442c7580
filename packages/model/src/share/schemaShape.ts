import {
  familyJsonSchemaShared,
  REAL_FULL_DATE_PATTERN,
  REAL_PARTIAL_DATE_PATTERN,
  type JsonSchemaNode,
} from '../format/jsonSchema.ts';
import { ID_PREFIXES } from '../ids.ts';

/**
 * What redaction needs to know about the format's shape, read from the JSON Schema generated from
 * the zod schemas (so a new field or list is handled without listing it here): which fields are
 * required, the smallest length of a list, and what kind of value a leaf holds.
 */

/** The kind of a leaf value: an id, a date, free text, a coded value (choice, number, yes/no), or a map. */
export type LeafKind = 'id' | 'date' | 'text' | 'coded' | 'map';

// The patterns the generated JSON Schema gives date fields (format/jsonSchema.ts).
const FULL_DATE_PATTERN = REAL_FULL_DATE_PATTERN;
const DATE_PATTERNS = new Set([REAL_PARTIAL_DATE_PATTERN, FULL_DATE_PATTERN]);
const PREFIXES = new Set<string>(Object.values(ID_PREFIXES));
const EMPTY: JsonSchemaNode = {};

export function rootNode(): JsonSchemaNode {
  return familyJsonSchemaShared();
}

const variantsOf = (node: JsonSchemaNode): JsonSchemaNode[] | undefined => {
  const list = node.oneOf ?? node.anyOf;
  return Array.isArray(list) ? (list as JsonSchemaNode[]) : undefined;
};

/** For a union (`oneOf`), the variant that fits `value`: its constants match and it has every key. */
export function resolveNode(node: JsonSchemaNode | undefined, value: unknown): JsonSchemaNode {
  if (node === undefined) return EMPTY;
  const variants = variantsOf(node);
  if (variants === undefined || typeof value !== 'object' || value === null) return node;
  const record = value as Record<string, unknown>;
  for (const variant of variants) {
    const properties = propertiesOf(variant);
    if (properties === undefined) continue;
    const fits =
      Object.keys(record).every((key) => key in properties) &&
      Object.entries(properties).every(([key, p]) => p.const === undefined || p.const === record[key]);
    if (fits) return variant;
  }
  return EMPTY;
}

export function propertiesOf(node: JsonSchemaNode): Record<string, JsonSchemaNode> | undefined {
  const properties = node.properties;
  return typeof properties === 'object' && properties !== null
    ? (properties as Record<string, JsonSchemaNode>)
    : undefined;
}

const requiredCache = new WeakMap<JsonSchemaNode, ReadonlySet<string>>();

/** The keys an object must have (a field with a default is not required). */
export function requiredOf(node: JsonSchemaNode): ReadonlySet<string> {
  let found = requiredCache.get(node);
  if (found === undefined) {
    found = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    requiredCache.set(node, found);
  }
  return found;
}

/** The schema of a list's items, or of each place in a fixed-length list (a pair of partners). */
export function itemsOf(node: JsonSchemaNode): JsonSchemaNode | readonly JsonSchemaNode[] | undefined {
  if (Array.isArray(node.prefixItems)) return node.prefixItems as JsonSchemaNode[];
  const items = node.items;
  return typeof items === 'object' && items !== null ? (items as JsonSchemaNode) : undefined;
}

export function minItemsOf(node: JsonSchemaNode): number {
  return typeof node.minItems === 'number' ? node.minItems : 0;
}

/** The id prefix (`person`) an id field's pattern names, or undefined for a field that is no id. */
export function idPrefixOf(node: JsonSchemaNode): string | undefined {
  const pattern = typeof node.pattern === 'string' ? node.pattern : undefined;
  const prefix = pattern === undefined ? undefined : /^\^([A-Za-z]+):/.exec(pattern)?.[1];
  return prefix !== undefined && PREFIXES.has(prefix) ? prefix : undefined;
}

/** What kind of leaf a value of this schema is. Anything not known to be coded counts as free text. */
export function leafKind(node: JsonSchemaNode, value: unknown): LeafKind {
  if (typeof value === 'number' || typeof value === 'boolean') return 'coded';
  if (typeof value === 'string') {
    if (Array.isArray(node.enum) || node.const !== undefined) return 'coded';
    if (idPrefixOf(node) !== undefined) return 'id';
    if (typeof node.pattern === 'string' && DATE_PATTERNS.has(node.pattern)) return 'date';
    return 'text';
  }
  return 'map';
}

/** The default the schema fills in for a missing field, if any. */
export function defaultOf(node: JsonSchemaNode): unknown {
  return node.default;
}

/** True for a date field that must be a whole day (`YYYY-MM-DD`), such as `asAt`. */
export function needsFullDate(node: JsonSchemaNode): boolean {
  return node.pattern === FULL_DATE_PATTERN;
}
