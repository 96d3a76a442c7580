import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { familyJsonSchema, FORMAT_VERSION } from '@kinmap/model';
import { SCHEMA_FILE, schemaText } from '../../../scripts/generate-json-schema.ts';

describe('published JSON Schema', () => {
  it('matches the zod schemas (regenerate with `pnpm schema` if this fails)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== schemaText()) {
      expect.fail(
        'packages/model/family.schema.json is out of date with the zod schemas. Run `pnpm schema` and commit the file.',
      );
    }
  });

  it('describes the document as it is written, before defaults are filled in', () => {
    const schema = familyJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://kinmap.dev/schema/family.v${FORMAT_VERSION}.json`);
    expect(schema.required).toEqual(['formatVersion', 'id', 'title']);
    expect(schema.additionalProperties).toBe(false);
    const people = (schema.properties as Record<string, { items: { properties: Record<string, unknown> } }>)
      .people;
    expect(people?.items.properties.sexAtBirth).toMatchObject({ default: 'not_asked' });
  });

  it('is the file the package exports as @kinmap/model/family.schema.json', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../../packages/model/package.json', import.meta.url), 'utf8'),
    ) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.exports['./family.schema.json']).toBe('./family.schema.json');
    expect(pkg.files).toContain('family.schema.json');
    expect(SCHEMA_FILE.replace(/\\/g, '/')).toMatch(/packages\/model\/family\.schema\.json$/);
  });

  it('returns a fresh copy each time', () => {
    const a = familyJsonSchema();
    a.title = 'changed';
    expect(familyJsonSchema().title).not.toBe('changed');
  });
});
