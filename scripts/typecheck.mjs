// Typechecks every package with its own settings (model and layout without DOM types or JSX),
// then the tests, stories and benchmarks with the root tsconfig.
import { execFileSync } from 'node:child_process';

const projects = [
  'packages/model/tsconfig.json',
  'packages/layout/tsconfig.json',
  'packages/react/tsconfig.json',
  'packages/element/tsconfig.json',
  'packages/demo/tsconfig.json',
  'packages/portal/tsconfig.json',
  'packages/report/tsconfig.json',
  'packages/cli/tsconfig.json',
  'tsconfig.json',
];
let failed = false;
for (const project of projects) {
  try {
    execFileSync('node_modules/.bin/tsc', ['-p', project, '--noEmit'], { stdio: 'inherit' });
    console.log(`typecheck ok: ${project}`);
  } catch {
    failed = true;
    console.error(`typecheck failed: ${project}`);
  }
}
process.exit(failed ? 1 : 0);
