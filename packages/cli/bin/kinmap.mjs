#!/usr/bin/env node
// The `kinmap` command. Kinmap's packages ship TypeScript sources, so this runs them through tsx
// (tsconfig.run.json: React's JSX for the chart's sources), then hands over to src/main.ts.
import { register } from 'tsx/esm/api';

register({ tsconfig: new URL('../tsconfig.run.json', import.meta.url).pathname });
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
