import * as z from 'zod/mini';
import { FullDateSchema, PartialDateSchema } from '../schema/common.ts';
import { FamilySchema, FORMAT_VERSION } from '../schema/family.ts';
import { DateTimeSchema, ShareConsentSchema, ShareFormatSchema } from '../schema/share.ts';
import { FORMAT_LIMITS, RESERVED_KEYS } from './limits.ts';

/** A JSON Schema node, as plain JSON. */
export type JsonSchemaNode = { readonly [key: string]: unknown };

/**
 * The `$id` of the JSON Schema of the current format version: where the schema says it lives. The
 * file itself ships in the package as `@kinmap/model/family.schema.json`.
 */
export const FAMILY_SCHEMA_ID = `https://kinmap.dev/schema/family.v${FORMAT_VERSION}.json`;

// Real calendar dates as regular expressions, so JSON Schema refuses 2019-02-30 as parseFamily does
// (the zod schemas check them in code: a shorter pattern there gives better messages).
const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const REAL_DAY = `(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;
/** `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`. */
export const REAL_PARTIAL_DATE_PATTERN = `^(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|${REAL_DAY})$`;
/** A real `YYYY-MM-DD`. */
export const REAL_FULL_DATE_PATTERN = `^${REAL_DAY}$`;

type Writable = Record<string, unknown>;

/** What the zod schemas check in code but JSON Schema can also say: added to the generated nodes. */
function stricter(ctx: { zodSchema: unknown; jsonSchema: Writable }): void {
  const { zodSchema, jsonSchema } = ctx;
  if (zodSchema === PartialDateSchema) jsonSchema.pattern = REAL_PARTIAL_DATE_PATTERN;
  else if (zodSchema === FullDateSchema) jsonSchema.pattern = REAL_FULL_DATE_PATTERN;
  else if (zodSchema === DateTimeSchema) jsonSchema.allOf = [{ type: 'string', pattern: `^${REAL_DAY}T` }];
  else if (zodSchema === ShareConsentSchema) {
    // A reason (not just spaces) when consent was not sought or was refused.
    jsonSchema.if = { properties: { state: { enum: ['not_sought', 'refused'] } }, required: ['state'] };
    jsonSchema.then = { required: ['reason'], properties: { reason: { type: 'string', pattern: '\\S' } } };
  }
  const def = (zodSchema as { _zod?: { def?: { type?: string; element?: unknown } } })._zod?.def;
  if (def?.type === 'array' && def.element === ShareFormatSchema) jsonSchema.uniqueItems = true;
  if (jsonSchema.type === 'array' && jsonSchema.maxItems === undefined) {
    jsonSchema.maxItems = FORMAT_LIMITS.maxListLength;
  }
  if (jsonSchema.type === 'object' && jsonSchema.propertyNames !== undefined) {
    // Record keys: parseFamily refuses these names anywhere in a document.
    jsonSchema.propertyNames = {
      ...(jsonSchema.propertyNames as Writable),
      not: { enum: [...RESERVED_KEYS] },
    };
  }
}

let cached: JsonSchemaNode | undefined;

/** The generated schema, built once and shared read-only inside the package. */
export function familyJsonSchemaShared(): JsonSchemaNode {
  if (cached === undefined) {
    const generated = z.toJSONSchema(FamilySchema, {
      io: 'input',
      target: 'draft-2020-12',
      unrepresentable: 'any',
      override: (ctx) => stricter(ctx as unknown as { zodSchema: unknown; jsonSchema: Writable }),
    }) as Writable;
    const properties = generated.properties as Record<string, Writable>;
    if (properties.people !== undefined) properties.people.maxItems = FORMAT_LIMITS.maxPeople;
    // A twin or triplet group names each person once.
    const births = properties.multipleBirths?.items as { properties?: Record<string, Writable> } | undefined;
    if (births?.properties?.members !== undefined) births.properties.members.uniqueItems = true;
    const { $schema, ...rest } = generated;
    cached = {
      $schema,
      $id: FAMILY_SCHEMA_ID,
      title: `Kinmap family document, format version ${FORMAT_VERSION}`,
      description:
        'A family map for UK social-care practice: people, relationships, households, agencies and involvements. ' +
        'Generated from the zod schemas of @kinmap/model. parseFamily checks more than this schema can say: ' +
        'that ids are unique, that every id a record names is in the document, and that nobody is joined to ' +
        'themselves (docs/format/README.md lists these). Documents of older format versions are upgraded by ' +
        'parseFamily, not described here.',
      ...rest,
    };
  }
  return cached;
}

/**
 * The JSON Schema (draft 2020-12) of Kinmap's family document, generated from the same zod schemas
 * `parseFamily` uses, as strict as JSON Schema allows: unknown fields refused, id prefixes, real
 * calendar dates, enumerations, lengths and list sizes. It describes what a document may contain
 * *before* defaults are filled in, so optional fields with defaults are not required. Shipped as
 * `@kinmap/model/family.schema.json` with `$id` {@link FAMILY_SCHEMA_ID}. `parseFamily` checks more
 * than the schema can say: that ids are unique, that every id refers to something in the document,
 * and that nobody is joined to themselves. Each call returns a fresh copy you may modify.
 *
 * @example
 * const schema = familyJsonSchema();
 * schema.$id; // "https://kinmap.dev/schema/family.v3.json"
 * Object.keys(schema.properties as object); // ['formatVersion', 'id', 'title', ...]
 */
export function familyJsonSchema(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(familyJsonSchemaShared())) as Record<string, unknown>;
}

/** Calls `visit` for every property path of the schema: `people[].immigration.nrpf`, `households[].address`. */
export function walkSchemaProperties(
  node: JsonSchemaNode,
  visit: (path: string, node: JsonSchemaNode) => void,
  prefix = '',
): void {
  const children = (n: JsonSchemaNode): JsonSchemaNode[] => {
    const out: JsonSchemaNode[] = [];
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      const list = n[key];
      if (Array.isArray(list)) out.push(...(list as JsonSchemaNode[]));
    }
    return out;
  };
  const properties = node.properties as Record<string, JsonSchemaNode> | undefined;
  if (properties !== undefined) {
    for (const [key, child] of Object.entries(properties)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      visit(path, child);
      walkSchemaProperties(child, visit, path);
    }
  }
  const items = node.items as JsonSchemaNode | undefined;
  if (items !== undefined && typeof items === 'object') walkSchemaProperties(items, visit, `${prefix}[]`);
  if (Array.isArray(node.prefixItems)) {
    for (const item of node.prefixItems as JsonSchemaNode[]) walkSchemaProperties(item, visit, `${prefix}[]`);
  }
  for (const child of children(node)) walkSchemaProperties(child, visit, prefix);
}
