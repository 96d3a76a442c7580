import * as z from 'zod/mini';
import { FamilySchema, FORMAT_VERSION } from '../schema/family.ts';

/** A JSON Schema node, as plain JSON. */
export type JsonSchemaNode = { readonly [key: string]: unknown };

let cached: JsonSchemaNode | undefined;

/** The generated schema, built once and shared read-only inside the package. */
export function familyJsonSchemaShared(): JsonSchemaNode {
  cached ??= {
    ...z.toJSONSchema(FamilySchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    title: `Kinmap family document, format version ${FORMAT_VERSION}`,
    description:
      'A family map for UK social-care practice: people, relationships, households, agencies and involvements. ' +
      'Generated from the zod schemas of @kinmap/model. Some rules (real calendar dates, references between ids) ' +
      'are checked by parseFamily but cannot be expressed here.',
  };
  return cached;
}

/**
 * The JSON Schema (draft 2020-12) of Kinmap's family document, generated from the same zod schemas
 * `parseFamily` uses. It describes what a document may contain *before* defaults are filled in, so
 * optional fields with defaults are not required. Published as docs/format/family.v1.schema.json.
 * `parseFamily` checks more than the schema can say: real calendar dates and that every id refers to
 * something in the document. Each call returns a fresh copy you may modify.
 *
 * @example
 * const schema = familyJsonSchema();
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
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
