import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, parseFamily, serializeFamily } from '@kinmap/model';

const dir = fileURLToPath(new URL('../../fixtures/families/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('fixture families', () => {
  it.each(files)('%s is a valid current-version document that survives a round trip', (file) => {
    const result = parseFamily(readFileSync(dir + file, 'utf8'));
    if (!result.ok) expect(result.issues).toEqual([]);
    if (!result.ok) return;
    expect(result.family.formatVersion).toBe(FORMAT_VERSION);
    expect(parseFamily(serializeFamily(result.family))).toEqual({ ok: true, family: result.family });
  });
});
