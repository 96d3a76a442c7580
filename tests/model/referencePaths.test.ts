import { describe, expect, it } from 'vitest';
import { ID_PREFIXES, familyJsonSchema, type IdKind } from '@kinmap/model';
// The list of reference positions is internal to parseFamily; this test compares it with the public
// JSON Schema, so it reads two internals directly.
// eslint-disable-next-line no-restricted-imports -- see above
import { walkSchemaProperties, type JsonSchemaNode } from '../../packages/model/src/format/jsonSchema.ts';
// eslint-disable-next-line no-restricted-imports -- see above
import { referencePaths } from '../../packages/model/src/references/referencePaths.ts';

/** The reference positions as the published JSON Schema shows them: every id pattern but an own `id`. */
function fromJsonSchema(): Map<string, IdKind> {
  const byPrefix = new Map((Object.entries(ID_PREFIXES) as [IdKind, string][]).map(([k, p]) => [p, k]));
  const found = new Map<string, IdKind>();
  walkSchemaProperties(familyJsonSchema(), (path, node) => {
    if (path === 'id' || path.endsWith('[].id')) return;
    const target =
      node.type === 'array' && typeof node.items === 'object' ? (node.items as JsonSchemaNode) : node;
    const items = Array.isArray(target.prefixItems) ? (target.prefixItems as JsonSchemaNode[]) : [target];
    for (const item of items) {
      const kind = byPrefix.get(/^\^([a-z]+):/.exec(String(item.pattern))?.[1] ?? '');
      if (kind !== undefined) found.set(item === node ? path : `${path}[]`, kind);
    }
  });
  return found;
}

describe('reference positions checked by parseFamily', () => {
  it('are exactly the id fields the JSON Schema shows, with the same kinds', () => {
    const fromZod = new Map(referencePaths().map((r) => [r.path, r.kind]));
    expect([...fromZod.entries()]).toEqual([...fromJsonSchema().entries()]);
  });

  it('include the ones a practitioner relies on', () => {
    const paths = new Map(referencePaths().map((r) => [r.path, r.kind]));
    expect(paths.get('partnerships[].partners[]')).toBe('person');
    expect(paths.get('parentChildLinks[].partnership')).toBe('partnership');
    expect(paths.get('households[].members[].person')).toBe('person');
    expect(paths.get('involvements[].agency')).toBe('agency');
    expect(paths.has('people[].id')).toBe(false);
  });
});
