#!/usr/bin/env node
// The `kinmap` command: hands over to main() from the built package (dist/main.js). Inside the Kinmap
// repository, where Node runs with the "@kinmap/source" condition (.npmrc), `#main` is the TypeScript
// source instead, run through tsx (tsconfig.run.json: React's JSX for the chart's sources).
const entry = import.meta.resolve('#main');
if (entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: new URL('../tsconfig.run.json', import.meta.url).pathname });
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
