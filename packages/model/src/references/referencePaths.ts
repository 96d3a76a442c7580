import { ID_PREFIXES, type IdKind } from '../ids.ts';
import { familyJsonSchemaShared, walkSchemaProperties } from '../format/jsonSchema.ts';

/** A place in the document that holds an id referring to another entity. */
export interface ReferencePath {
  /** Pattern path, `[]` standing for any list index: `people[].immigration.sponsor`. */
  readonly path: string;
  readonly kind: IdKind;
}

const KIND_BY_PREFIX = new Map<string, IdKind>(
  (Object.entries(ID_PREFIXES) as [IdKind, string][]).map(([kind, prefix]) => [prefix, kind]),
);

let cached: readonly ReferencePath[] | undefined;

/**
 * Every reference position in the format, found in the generated JSON Schema: each string property
 * whose pattern is an id pattern (`^person:…`), other than an entity's own `id`. Deriving the list
 * from the schema means a new reference field is checked as soon as it is added to a zod schema.
 */
export function referencePaths(): readonly ReferencePath[] {
  if (cached !== undefined) return cached;
  const found = new Map<string, ReferencePath>();
  walkSchemaProperties(familyJsonSchemaShared(), (path, node) => {
    if (path === 'id' || path.endsWith('[].id')) return;
    const target =
      node.type === 'array' && typeof node.items === 'object' ? (node.items as typeof node) : node;
    const prefixes = Array.isArray(target.prefixItems) ? (target.prefixItems as (typeof node)[]) : [target];
    for (const item of prefixes) {
      const pattern = item.pattern;
      if (typeof pattern !== 'string') continue;
      const match = /^\^([a-z]+):/.exec(pattern);
      const kind = match?.[1] === undefined ? undefined : KIND_BY_PREFIX.get(match[1]);
      if (kind === undefined) continue;
      const full = item === node ? path : `${path}[]`;
      found.set(full, { path: full, kind });
    }
  });
  cached = [...found.values()];
  return cached;
}
