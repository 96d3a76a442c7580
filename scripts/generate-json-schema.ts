// Writes the JSON Schema of Kinmap's family document (generated from the zod schemas of
// @kinmap/model) to packages/model/family.schema.json, which the package ships as
// `@kinmap/model/family.schema.json`. Run with `pnpm schema`.
// tests/model/format/jsonSchema.test.ts fails when the committed file is out of date.
// Older format versions keep their frozen schemas in docs/format/family.v<n>.schema.json.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { familyJsonSchema } from '@kinmap/model';

export const SCHEMA_FILE = fileURLToPath(new URL('../packages/model/family.schema.json', import.meta.url));

/** The file's exact text: the schema with two-space indent and a final newline. */
export function schemaText(): string {
  return `${JSON.stringify(familyJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, schemaText());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
