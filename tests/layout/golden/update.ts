// Rewrites tests/layout/golden/*.json from the current layout (formatted with the repo's Prettier
// settings). Run after an intended layout change and review the diff:
//   pnpm exec tsx tests/layout/golden/update.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { FIXTURE_NAMES } from '../../support/fixtures.ts';
import { goldenLayout, goldenPath } from './golden.ts';

for (const name of FIXTURE_NAMES) {
  const file = fileURLToPath(goldenPath(name));
  const config = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(JSON.stringify(goldenLayout(name)), { ...config, filepath: file }));
  console.log(`wrote ${name}.json`);
}
