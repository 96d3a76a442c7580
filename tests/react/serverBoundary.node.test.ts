// Which modules of @kinmap/react are client modules, read from the source as an RSC bundler reads it.
// A module that uses state, effects, refs or context, handles events, or calls a hook of such a module
// must start with 'use client' (else a React Server Component importing it fails); the server entry
// must reach none of them, nor React DOM. A new component that forgets the directive fails here.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'packages', 'react', 'src');

// What `react` lacks under the `react-server` condition (React's server build).
const CLIENT_ONLY_REACT = new Set([
  'useState',
  'useEffect',
  'useLayoutEffect',
  'useInsertionEffect',
  'useRef',
  'useContext',
  'createContext',
  'useReducer',
  'useSyncExternalStore',
  'useImperativeHandle',
  'useTransition',
  'useDeferredValue',
  'useOptimistic',
  'useActionState',
  'useEffectEvent',
  'Component',
  'PureComponent',
]);

interface Module {
  file: string;
  text: string;
  directive: boolean;
  /** Value imports (not `import type`) of local modules, resolved to files, with the names imported. */
  locals: { file: string; names: string[] }[];
  packages: string[];
  reactNames: string[];
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function read(file: string): Module {
  const text = readFileSync(file, 'utf8');
  const code = stripComments(text);
  const locals: Module['locals'] = [];
  const packages: string[] = [];
  const reactNames: string[] = [];
  const statement = /(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)'/g;
  for (const m of code.matchAll(statement)) {
    const [, , typeOnly, clause = '', from = ''] = m;
    if (typeOnly) continue;
    const names = [...clause.matchAll(/(?:^|[{,\s])(?!type\s)(\w+)(?:\s+as\s+\w+)?\s*(?=[,}])/g)].map(
      (n) => n[1]!,
    );
    if (from.startsWith('.')) locals.push({ file: resolve(dirname(file), from), names });
    else {
      packages.push(from);
      if (from === 'react') reactNames.push(...names);
    }
  }
  // `React.x` through a namespace counts unless the module checks for it first (`typeof React.x`), as
  // theme/kinmapContext.ts does to run under React's server build.
  for (const m of code.matchAll(/\bReact\.(\w+)/g))
    if (!code.includes(`typeof React.${m[1]}`)) reactNames.push(m[1]!);
  return {
    file,
    text: code,
    directive: /^\s*(?:\/\/.*\n|\s)*'use client';/.test(text),
    locals,
    packages,
    reactNames,
  };
}

function graph(entry: string): Map<string, Module> {
  const seen = new Map<string, Module>();
  const queue = [join(src, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const module = read(file);
    seen.set(file, module);
    for (const local of module.locals) queue.push(local.file);
  }
  return seen;
}

/** The modules that must be client modules, and why. */
function clientModules(modules: Map<string, Module>): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const m of modules.values()) {
    const hook = m.reactNames.find((n) => CLIENT_ONLY_REACT.has(n));
    if (hook) reasons.set(m.file, `uses ${hook} from react`);
    else if (/\son[A-Z]\w*=\{/.test(m.text)) reasons.set(m.file, 'handles events');
  }
  // A module calling a hook (use…) that a client module exports is a client module too.
  for (let changed = true; changed;) {
    changed = false;
    for (const m of modules.values()) {
      if (reasons.has(m.file)) continue;
      for (const local of m.locals) {
        const hook = local.names.find(
          (n) => /^use[A-Z]/.test(n) && new RegExp(`\\b${n}\\s*(?:<[^()]*?>)?\\s*\\(`).test(m.text),
        );
        if (hook && reasons.has(local.file)) {
          reasons.set(m.file, `calls ${hook}`);
          changed = true;
          break;
        }
      }
    }
  }
  return reasons;
}

const name = (file: string) => file.slice(src.length + 1);

describe("'use client' in @kinmap/react", () => {
  const modules = graph('index.ts');
  const client = clientModules(modules);

  it('finds the modules that use hooks and events (the scan works)', () => {
    expect(client.get(join(src, 'interaction', 'InteractiveGenogram.tsx'))).toBeDefined();
    expect(client.get(join(src, 'Genogram', 'Genogram.tsx'))).toBeDefined();
    expect(client.get(join(src, 'hooks', 'useControllableState.ts'))).toMatch(/use(State|Ref)/);
    // A hook called with type arguments (`useControllableState<Selection>(…)`) counts too.
    expect(client.get(join(src, 'interaction', 'useSelection.ts'))).toMatch(/useControllableState/);
    expect(client.has(join(src, 'symbols', 'SymbolGlyph.tsx'))).toBe(false);
  });

  it('every module reachable from index.ts that uses state, effects, refs, context or events says so', () => {
    const missing = [...client]
      .filter(([file]) => !modules.get(file)!.directive)
      .map(([f, why]) => `${name(f)} (${why})`);
    expect(missing).toEqual([]);
  });

  it('the directive is the first statement, where bundlers look for it', () => {
    for (const m of modules.values()) {
      if (!m.text.includes("'use client'")) continue;
      expect(m.directive, name(m.file)).toBe(true);
    }
  });
});

describe('the server entry, @kinmap/react/server', () => {
  const modules = graph('server.ts');
  const client = clientModules(modules);

  it('reaches no client module, no React DOM and no client-only React API', () => {
    const problems = [...modules.values()].flatMap((m) => [
      ...(m.directive ? [`${name(m.file)} is a client module`] : []),
      ...(client.has(m.file) ? [`${name(m.file)} ${client.get(m.file)}`] : []),
      ...m.packages.filter((p) => p.startsWith('react-dom')).map((p) => `${name(m.file)} imports ${p}`),
    ]);
    expect(problems).toEqual([]);
  });

  it('reaches the drawing itself (the scan follows imports)', () => {
    expect(modules.has(join(src, 'symbols', 'SymbolGlyph.tsx'))).toBe(true);
    expect(modules.has(join(src, 'labels', 'LabelsContext.ts'))).toBe(true);
  });
});
