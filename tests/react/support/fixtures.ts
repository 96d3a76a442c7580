// Loads fixture families in the jsdom environment too. tests/support/fixtures.ts resolves its folder
// with `new URL(…, import.meta.url)`, which jsdom's URL global turns into an http: URL; this reads
// the same files by path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFamily } from '@kinmap/model';
import type { Family } from '@kinmap/model';
import { FIXTURE_NAMES } from '../../support/fixtures.ts';
import type { FixtureName } from '../../support/fixtures.ts';

export { FIXTURE_NAMES };
export type { FixtureName };

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'families');

/** A fixture family, parsed; throws listing the issues if the fixture is not valid. */
export function loadFixture(name: FixtureName): Family {
  const result = parseFamily(readFileSync(join(dir, `${name}.json`), 'utf8'));
  if (!result.ok) {
    throw new Error(`Fixture "${name}": ${result.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
  }
  return result.family;
}
