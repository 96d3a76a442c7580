// pnpm pack:check — packs every published library as a registry would get it and installs the tarballs
// into a scratch app outside the repository, then checks that a developer can use them:
//   tarball   package.json has no workspace: ranges; exports, types and bin point at files in the
//             tarball (dist/); README, LICENSE and CHANGELOG are there
//   vite      a Vite build of a small app that renders <Genogram> from a family read by parseFamily
//   ssr       renderToString of that app, and toSvgString, from plain Node ESM
//   tsc       `tsc --noEmit` of a file using every library, with moduleResolution bundler and node16
//   require   require() of each library (and subpath) from a .cjs file
//   assets    @kinmap/react/styles.css and font.css (and the font files it imports),
//             @kinmap/element's one-file bundle and @kinmap/model/family.schema.json resolve (a warning, not a
//             failure, while a package does not ship the file yet)
//   bin       the installed `kinmap --help`
// Packing uses `pnpm pack` (which runs each package's prepack build and turns `workspace:^` into a real
// range); `npm pack` would leave `workspace:^` in the tarball. The app installs with npm, preferring
// its offline cache, at the versions of react, vite and typescript this repository's lockfile uses.
// Prints a table of pass/fail and exits non-zero on any failure. Options: --keep (leave the scratch
// directory for a look), --no-pack DIR (reuse the tarballs in DIR).
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LIBRARIES = ['model', 'layout', 'react', 'report', 'cli', 'element'];
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const reuse = args.includes('--no-pack') ? args[args.indexOf('--no-pack') + 1] : undefined;

// The scratch app must see the packages as a user would: no "@kinmap/source" condition (.npmrc sets it
// for this repository through NODE_OPTIONS) and none of pnpm's npm_config_* settings.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== 'NODE_OPTIONS' && !/^npm_/i.test(key)),
);

const results = [];
const started = Date.now();
function record(check, target, ok, detail = '') {
  results.push({ check, target, status: ok === 'warn' ? 'WARN' : ok ? 'pass' : 'FAIL', detail });
  console.log(
    `${ok === 'warn' ? 'WARN' : ok ? 'pass' : 'FAIL'}  ${check}  ${target}${detail ? `  ${detail}` : ''}`,
  );
}
function run(command, argv, options = {}) {
  return execFileSync(command, argv, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
}
function attempt(check, target, fn) {
  try {
    const detail = fn();
    record(
      check,
      target,
      detail === 'warn' ? 'warn' : true,
      typeof detail === 'string' && detail !== 'warn' ? detail : '',
    );
  } catch (error) {
    const output = [error.stdout, error.stderr, error.message].filter(Boolean).join('\n').trim();
    record(check, target, false, output.split('\n').slice(0, 12).join('\n      '));
  }
}

// 1. Pack each library (in dependency order, so each prepack build finds its dependencies' dist).
const work = mkdtempSync(join(tmpdir(), 'kinmap-pack-check-'));
const tarballDir = reuse ? resolve(reuse) : join(work, 'tarballs');
mkdirSync(tarballDir, { recursive: true });
const tarballs = {};
for (const name of LIBRARIES) {
  const dir = join(ROOT, 'packages', name);
  if (!reuse) {
    attempt('pack', `@kinmap/${name}`, () => {
      run('pnpm', ['pack', '--pack-destination', tarballDir], { cwd: dir });
      return '';
    });
  }
  const file = readdirSync(tarballDir).find((f) => f.startsWith(`kinmap-${name}-`) && f.endsWith('.tgz'));
  if (file) tarballs[name] = join(tarballDir, file);
}
if (Object.keys(tarballs).length !== LIBRARIES.length) finish('not every library packed');

// 2. Look inside each tarball.
const unpacked = join(work, 'unpacked');
const shipped = {};
for (const name of LIBRARIES) {
  const into = join(unpacked, name);
  mkdirSync(into, { recursive: true });
  run('tar', ['-xzf', tarballs[name], '-C', into]);
  const pkgDir = join(into, 'package');
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  shipped[name] = { dir: pkgDir, pkg };
  attempt('tarball', `@kinmap/${name}`, () => {
    const problems = [];
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [dep, range] of Object.entries(pkg[field] ?? {})) {
        if (String(range).startsWith('workspace:')) problems.push(`${field}.${dep} is ${range}`);
      }
    }
    const targets = [];
    const walk = (value, path) => {
      if (typeof value === 'string') targets.push([path, value]);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(pkg.exports, 'exports');
    walk(pkg.bin, 'bin');
    for (const field of ['main', 'types']) if (pkg[field]) targets.push([field, pkg[field]]);
    for (const [path, target] of targets) {
      if (path.includes('@kinmap/source')) continue; // the repository's own condition
      if (!existsSync(join(pkgDir, target))) {
        if (/styles\.css$|family\.schema\.json$/.test(target)) continue; // checked under "assets"
        problems.push(`${path} → ${target} is not in the tarball`);
      } else if (path.startsWith('exports') && target.includes('/src/')) {
        problems.push(`${path} → ${target} points at the sources`);
      }
    }
    for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md']) {
      if (!existsSync(join(pkgDir, file))) problems.push(`no ${file}`);
    }
    for (const field of ['repository', 'engines', 'license']) if (!pkg[field]) problems.push(`no ${field}`);
    if (problems.length) throw new Error(problems.join('; '));
    const dist = readdirSync(join(pkgDir, 'dist'), { recursive: true });
    const maps = dist.filter((f) => String(f).endsWith('.map')).length;
    return `${dist.filter((f) => String(f).endsWith('.js')).length} .js, ${maps} maps`;
  });
}

// 3. The scratch app, outside the repository, with the versions this repository uses.
const rootPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const pin = (name) => String(rootPkg.devDependencies[name] ?? 'latest').replace(/^[\^~]/, '');
const app = join(work, 'app');
mkdirSync(join(app, 'src'), { recursive: true });
const kinmapDeps = Object.fromEntries(LIBRARIES.map((name) => [`@kinmap/${name}`, `file:${tarballs[name]}`]));
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify(
    {
      name: 'kinmap-pack-check-app',
      private: true,
      type: 'module',
      dependencies: {
        ...kinmapDeps,
        react: pin('react'),
        'react-dom': pin('react-dom'),
      },
      devDependencies: {
        '@types/node': pin('@types/node'),
        '@types/react': pin('@types/react'),
        '@types/react-dom': pin('@types/react-dom'),
        '@vitejs/plugin-react': pin('@vitejs/plugin-react'),
        typescript: pin('typescript'),
        vite: pin('vite'),
      },
      // The libraries depend on each other by version range: use the packed ones, never a registry copy.
      overrides: Object.fromEntries(LIBRARIES.map((name) => [`@kinmap/${name}`, `$@kinmap/${name}`])),
    },
    null,
    2,
  ),
);
writeFileSync(join(app, 'family.json'), readFileSync(join(ROOT, 'tests/fixtures/families/leo.json')));
const hasStyles = existsSync(join(shipped.react.dir, 'styles.css'));
const hasSchema = existsSync(join(shipped.model.dir, 'family.schema.json'));
const hasServer = Boolean(shipped.react.pkg.exports?.['./server']);

writeFileSync(
  join(app, 'src/App.tsx'),
  `import { parseFamily } from '@kinmap/model';
import { Genogram } from '@kinmap/react';

export function App({ json }: { json: unknown }) {
  const parsed = parseFamily(json);
  if (!parsed.ok) return <p role="alert">{parsed.issues[0]?.message}</p>;
  return <Genogram family={parsed.family} width={800} height={600} />;
}
`,
);
writeFileSync(
  join(app, 'src/main.tsx'),
  `${hasStyles ? "import '@kinmap/react/styles.css';\n" : ''}import { createRoot } from 'react-dom/client';
import family from '../family.json';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(<App json={family} />);
`,
);
writeFileSync(
  join(app, 'index.html'),
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Kinmap pack check</title></head>
<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>
`,
);
writeFileSync(
  join(app, 'vite.config.mjs'),
  `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({ plugins: [react()], logLevel: 'warn' });
`,
);
// Every library from TypeScript: types resolve through each package's exports.
writeFileSync(
  join(app, 'src/types.ts'),
  `import { parseFamily, type Family } from '@kinmap/model';
import { layoutFamily, type FamilyLayout } from '@kinmap/layout';
import { toSvgString, Genogram, type GenogramProps } from '@kinmap/react';
import { toReportPdf } from '@kinmap/report';
import { reportBanner } from '@kinmap/report/banner';
import { main } from '@kinmap/cli';
${hasServer ? "import { toSvgString as serverSvg } from '@kinmap/react/server';\n" : ''}
export function check(json: string): string {
  const parsed = parseFamily(json);
  if (!parsed.ok) return parsed.issues.map((issue) => issue.message).join('\\n');
  const family: Family = parsed.family;
  const layout: FamilyLayout = layoutFamily(family);
  const props: Partial<GenogramProps> = { family };
  const pdf: Promise<Uint8Array> = toReportPdf(family, { profile: 'partner_agency' });
  void [Genogram, props, pdf, reportBanner, main${hasServer ? ', serverSvg' : ''}];
  return toSvgString(family) + String(layout.nodes.length);
}
`,
);
const tsconfig = (moduleResolution, module) => ({
  compilerOptions: {
    target: 'ES2022',
    module,
    moduleResolution,
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    types: ['node'],
  },
  include: ['src'],
});
writeFileSync(join(app, 'tsconfig.bundler.json'), JSON.stringify(tsconfig('bundler', 'ESNext'), null, 2));
writeFileSync(join(app, 'tsconfig.node16.json'), JSON.stringify(tsconfig('node16', 'node16'), null, 2));

writeFileSync(
  join(app, 'ssr.mjs'),
  `import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { parseFamily } from '@kinmap/model';
import { Genogram, toSvgString } from '@kinmap/react';

const parsed = parseFamily(readFileSync(new URL('./family.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('parseFamily: ' + parsed.issues[0].message);
const html = renderToString(createElement(Genogram, { family: parsed.family, width: 800, height: 600 }));
if (!html.includes('<svg') || !html.includes('Leo')) throw new Error('renderToString drew no chart: ' + html.slice(0, 200));
const svg = toSvgString(parsed.family);
if (!svg.startsWith('<svg') && !svg.startsWith('<?xml')) throw new Error('toSvgString: ' + svg.slice(0, 200));
if (!svg.includes('Leo')) throw new Error('toSvgString drew no Leo');
${
  hasServer
    ? `const server = await import('@kinmap/react/server');
if (!server.toSvgString(parsed.family).includes('Leo')) throw new Error('@kinmap/react/server toSvgString drew no Leo');
`
    : ''
}console.log(\`renderToString \${html.length} chars, toSvgString \${svg.length} chars\`);
`,
);
const requireTargets = [
  ['@kinmap/model', 'parseFamily'],
  ['@kinmap/layout', 'layoutFamily'],
  ['@kinmap/react', 'toSvgString'],
  ...(hasServer ? [['@kinmap/react/server', 'toSvgString']] : []),
  ['@kinmap/report', 'toReportPdf'],
  ['@kinmap/report/banner', 'reportBanner'],
  ['@kinmap/cli', 'main'],
];
writeFileSync(
  join(app, 'require.cjs'),
  `const targets = ${JSON.stringify(requireTargets)};
const failed = [];
for (const [id, name] of targets) {
  try {
    const loaded = require(id);
    if (typeof loaded[name] !== 'function') failed.push(id + ': no function ' + name);
  } catch (error) {
    failed.push(id + ': ' + String(error.message).split('\\n')[0]);
  }
}
const parsed = require('@kinmap/model').parseFamily(require('./family.json'));
if (!parsed.ok) failed.push('parseFamily through require: ' + parsed.issues[0].message);
if (failed.length) { console.error(failed.join('\\n')); process.exit(1); }
`,
);
writeFileSync(
  join(app, 'assets.mjs'),
  `import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const which = process.argv[2];
if (which === 'styles') {
  const file = fileURLToPath(import.meta.resolve('@kinmap/react/styles.css'));
  if (!existsSync(file)) throw new Error('@kinmap/react/styles.css resolves to a missing ' + file);
  console.log(readFileSync(file, 'utf8').length + ' bytes of CSS');
} else if (which === 'font') {
  // font.css @imports the font's files from @fontsource, which @kinmap/react depends on.
  const file = fileURLToPath(import.meta.resolve('@kinmap/react/font.css'));
  const imports = [...readFileSync(file, 'utf8').matchAll(/@import '([^']+)'/g)].map((m) => m[1]);
  if (imports.length === 0) throw new Error('font.css imports no font files');
  for (const id of imports) if (!existsSync(fileURLToPath(import.meta.resolve(id)))) throw new Error('missing ' + id);
  console.log(imports.length + ' font faces');
} else if (which === 'element') {
  const file = fileURLToPath(import.meta.resolve('@kinmap/element/kinmap-element.js'));
  const text = readFileSync(file, 'utf8');
  if (!text.includes('kinmap-genogram-editor')) throw new Error('kinmap-element.js defines no <kinmap-genogram-editor>');
  console.log(Math.round(text.length / 1024) + ' KiB, one ES module');
} else {
  const file = fileURLToPath(import.meta.resolve('@kinmap/model/family.schema.json'));
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  if (!schema.$id) throw new Error('family.schema.json has no $id');
  console.log(schema.$id);
}
`,
);

const npm = (argv, options = {}) => run('npm', argv, { cwd: app, env: cleanEnv, ...options });
let installed = false;
attempt('install', 'npm install (tarballs + react, vite, typescript)', () => {
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  installed = true;
  return `react ${pin('react')}, vite ${pin('vite')}, typescript ${pin('typescript')}`;
});
if (!installed) finish('the scratch app did not install');

const bin = (name) => join(app, 'node_modules/.bin', name);
attempt('vite', 'vite build of <Genogram> from parseFamily', () => {
  run(bin('vite'), ['build'], { cwd: app, env: cleanEnv });
  const assets = readdirSync(join(app, 'dist/assets'));
  if (!assets.some((f) => f.endsWith('.js'))) throw new Error('no JavaScript in dist/assets');
  if (hasStyles && !assets.some((f) => f.endsWith('.css'))) throw new Error('styles.css not in the build');
  return assets.join(', ');
});
attempt('ssr', 'node ESM: renderToString and toSvgString', () =>
  run(process.execPath, ['ssr.mjs'], { cwd: app, env: cleanEnv }).trim(),
);
for (const resolution of ['bundler', 'node16']) {
  attempt('tsc', `moduleResolution ${resolution} (skipLibCheck false)`, () => {
    run(
      process.execPath,
      [join(app, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${resolution}.json`],
      {
        cwd: app,
        env: cleanEnv,
      },
    );
    return '';
  });
}
attempt('require', requireTargets.map(([id]) => id).join(', '), () => {
  run(process.execPath, ['require.cjs'], { cwd: app, env: cleanEnv });
  return '';
});
attempt('assets', '@kinmap/react/styles.css', () => {
  if (!hasStyles) {
    console.warn('warning: @kinmap/react does not ship styles.css yet; export kept, check skipped');
    return 'warn';
  }
  return run(process.execPath, ['assets.mjs', 'styles'], { cwd: app, env: cleanEnv }).trim();
});
attempt('assets', '@kinmap/model/family.schema.json', () => {
  if (!hasSchema) {
    console.warn('warning: @kinmap/model does not ship family.schema.json yet; export kept, check skipped');
    return 'warn';
  }
  return run(process.execPath, ['assets.mjs', 'schema'], { cwd: app, env: cleanEnv }).trim();
});
attempt('assets', '@kinmap/react/font.css', () =>
  run(process.execPath, ['assets.mjs', 'font'], { cwd: app, env: cleanEnv }).trim(),
);
attempt('assets', '@kinmap/element/kinmap-element.js', () =>
  run(process.execPath, ['assets.mjs', 'element'], { cwd: app, env: cleanEnv }).trim(),
);
attempt('bin', 'kinmap --help', () => {
  const out = run(bin('kinmap'), ['--help'], { cwd: app, env: cleanEnv });
  if (!out.includes('Usage: kinmap render')) throw new Error(out.slice(0, 300));
  return '';
});
finish();

function finish(fatal) {
  const width = (key) => Math.max(key.length, ...results.map((r) => r[key].length));
  const w = { check: width('check'), target: width('target') };
  console.log(
    `\nPack check (${Math.round((Date.now() - started) / 1000)} s; scratch ${work}${keep ? ', kept' : ''})`,
  );
  console.log(`${'check'.padEnd(w.check)}  ${'target'.padEnd(w.target)}  result`);
  console.log(`${'-'.repeat(w.check)}  ${'-'.repeat(w.target)}  ------`);
  for (const r of results)
    console.log(`${r.check.padEnd(w.check)}  ${r.target.padEnd(w.target)}  ${r.status}`);
  const failed = results.filter((r) => r.status === 'FAIL').length;
  const passed = results.filter((r) => r.status === 'pass').length;
  const warned = results.filter((r) => r.status === 'WARN').length;
  if (fatal) console.log(`\nstopped: ${fatal}`);
  console.log(`\n${passed} passed, ${failed} failed${warned ? `, ${warned} skipped` : ''}`);
  if (!keep) rmSync(work, { recursive: true, force: true });
  process.exit(failed || fatal ? 1 : 0);
}
