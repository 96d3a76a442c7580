// Bundle size of Kinmap's libraries, as an app that installs them would pay for them.
// Run from the repository root with `pnpm bench:size`.
//
// Each entry is bundled with esbuild (ESM, minified, tree-shaken, for the browser) with React and
// React DOM left out (the app has them already), then gzipped at level 9. "An embedding app" is
// what an app pays to load a family document and draw the chart: `parseFamily` + `Genogram`.
// Every export of every package together is larger (our own code alone is about 124 KiB gzip);
// nobody imports all of it, so the target is set on what an app uses.
import { build, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Entry {
  name: string;
  code: string;
  /** Target in KiB, min+gzip. */
  target?: number;
}

export const ENTRIES: Entry[] = [
  { name: '@kinmap/model (every export)', code: `export * from '@kinmap/model';` },
  { name: '@kinmap/layout (every export)', code: `export * from '@kinmap/layout';` },
  { name: '@kinmap/react (every export)', code: `export * from '@kinmap/react';` },
  {
    name: 'parseFamily alone',
    code: `export { parseFamily } from '@kinmap/model';`,
    target: 35,
  },
  { name: 'Genogram alone', code: `export { Genogram } from '@kinmap/react';` },
  {
    name: 'an embedding app: parseFamily + Genogram',
    code: `export { parseFamily } from '@kinmap/model';\nexport { Genogram } from '@kinmap/react';`,
    target: 60,
  },
  { name: 'toSvgString alone', code: `export { toSvgString } from '@kinmap/react';` },
  // Not a target: what the chart's layout engine (with dagre and the model code it reads) weighs by
  // itself, so the gap between the embedding app and its target can be read off.
  { name: 'layoutFamily alone', code: `export { layoutFamily } from '@kinmap/layout';` },
];

export interface SizeResult {
  name: string;
  minBytes: number;
  gzipBytes: number;
  target?: number;
  /** Minified bytes by group (package or source folder), largest first. */
  inputs: { group: string; bytes: number }[];
}

/** Which group an input file counts under: a package and its first source folder, or a dependency. */
export function groupOf(path: string): string {
  const p = path.replace(/\\/g, '/');
  const nm = p.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = p.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? p);
    // zod: say which part (locales, classic, mini, core) so the cost is visible.
    if (pkg === 'zod') {
      const v4 = rest.indexOf('v4');
      const part = v4 >= 0 ? rest[v4 + 1] : undefined;
      return part !== undefined && !part.includes('.') ? `zod/${part}` : 'zod';
    }
    return pkg;
  }
  const m = /packages\/([^/]+)\/src\/(.*)$/.exec(p);
  if (m) {
    const [, pkg, rest] = m;
    const parts = (rest ?? '').split('/');
    const folder = parts.length > 1 ? `${parts[0]}/` : (parts[0] ?? '');
    return `@kinmap/${pkg} ${folder}`;
  }
  return p;
}

function topInputs(meta: Metafile): { group: string; bytes: number }[] {
  const byGroup = new Map<string, number>();
  for (const out of Object.values(meta.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(out.inputs)) {
      const g = groupOf(path);
      byGroup.set(g, (byGroup.get(g) ?? 0) + bytesInOutput);
    }
  }
  return [...byGroup.entries()].map(([group, bytes]) => ({ group, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** Bundles one entry and measures it. */
export async function measure(entry: Entry): Promise<SizeResult> {
  const result = await build({
    stdin: { contents: entry.code, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    // Measure the source as it is now, not a dist/ that may be stale (packages export their
    // source under this condition).
    conditions: ['@kinmap/source'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error(`esbuild wrote nothing for ${entry.name}`);
  const min = file.contents;
  const res: SizeResult = {
    name: entry.name,
    minBytes: min.byteLength,
    gzipBytes: gzipSync(min, { level: 9 }).byteLength,
    inputs: topInputs(result.metafile),
  };
  if (entry.target !== undefined) res.target = entry.target;
  return res;
}

const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  console.log('Bundle size: esbuild --bundle --minify --format=esm, React and React DOM left out, gzip -9.');
  console.log(
    'Target "an embedding app" = parseFamily + Genogram, tree-shaken (what an app pays for the chart).\n',
  );
  const rows: SizeResult[] = [];
  for (const e of ENTRIES) rows.push(await measure(e));

  const w = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'entry'.padEnd(w)}  ${'min'.padStart(10)}  ${'min+gzip'.padStart(10)}  target`);
  for (const r of rows) {
    const t =
      r.target === undefined ? '' : `≤ ${r.target} KiB: ${r.gzipBytes <= r.target * 1024 ? 'met' : 'MISSED'}`;
    console.log(
      `${r.name.padEnd(w)}  ${kib(r.minBytes).padStart(10)}  ${kib(r.gzipBytes).padStart(10)}  ${t}`,
    );
  }
  for (const r of rows) {
    console.log(`\n${r.name}: top inputs (minified bytes, before gzip)`);
    for (const i of r.inputs.slice(0, 8)) {
      const share = ((i.bytes / r.minBytes) * 100).toFixed(0).padStart(3);
      console.log(`  ${kib(i.bytes).padStart(10)} ${share}%  ${i.group}`);
    }
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
