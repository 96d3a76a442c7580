// `pnpm styles`: writes packages/react/styles.css (`@kinmap/react/styles.css`) from `kinmapStyles`, the one source of
// the rules. tests/react/styles.node.test.ts fails when the committed file is not current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kinmapStylesheetFile } from '../packages/react/src/theme/stylesheetFile.ts';

const target = join(import.meta.dirname, '..', 'packages', 'react', 'styles.css');
writeFileSync(target, kinmapStylesheetFile());
console.log(`wrote ${target}`);
