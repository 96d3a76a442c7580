// The long fuzz run (issue 11, item 6): `pnpm fuzz` (10,000 families) or
//   pnpm fuzz --cases 2000 --from 1 --timeout 30000 --workers 2
// Each seeded family is saved, reopened, edited, laid out, drawn as SVG, parsed as XML and saved
// again (tests/fuzz/fuzzCase.ts). Cases run in worker processes; a case that has not finished within
// --timeout ms is counted as a hang and its worker is replaced (the only timer, and only here: the
// test suite holds the layout to its own step count). Prints the counts, and writes each failing
// seed's family, shrunk where possible, to tests/fixtures/fuzz/ (or --out) as a regression case.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { fork, type ChildProcess } from 'node:child_process';
import { serializeFamily } from '@kinmap/model';
import { prepareFuzzCase, runFuzzCase, shrinkFamily, type ProblemKind } from '../tests/fuzz/fuzzCase.ts';

interface Reply {
  seed: number;
  people: number;
  refused: number;
  problems: { kind: ProblemKind; detail: string }[];
}

if (process.env.KINMAP_FUZZ_WORKER === '1') {
  process.on('message', (seed: number) => {
    const result = runFuzzCase(seed);
    const reply: Reply = {
      seed,
      people: result.people,
      refused: result.operations.filter((o) => o.endsWith('(refused)')).length,
      problems: result.problems,
    };
    process.send?.(reply);
  });
} else {
  await main();
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
}

async function main(): Promise<void> {
  const cases = option('cases', 10_000);
  const from = option('from', 1);
  const timeout = option('timeout', 30_000);
  const workers = Math.max(1, option('workers', Math.min(2, availableParallelism())));
  const outAt = process.argv.indexOf('--out');
  const outDir =
    outAt >= 0
      ? (process.argv[outAt + 1] as string)
      : fileURLToPath(new URL('../tests/fixtures/fuzz/', import.meta.url));
  // Workers load TypeScript and JSX as this process does (tsx, with the React package's settings).
  process.env.TSX_TSCONFIG_PATH ??= fileURLToPath(
    new URL('../packages/react/tsconfig.json', import.meta.url),
  );

  const counts: Record<ProblemKind | 'hang', number> = {
    hang: 0,
    throw: 0,
    'over-step-budget': 0,
    'child-not-below-parent': 0,
    'malformed-svg': 0,
    'unopenable-save': 0,
    'round-trip-loss': 0,
  };
  const failing = new Map<number, { kinds: Set<string>; detail: string }>();
  let done = 0;
  let people = 0;
  let refused = 0;
  let next = from;
  const last = from + cases - 1;
  const started = performance.now();

  const note = (seed: number, kind: ProblemKind | 'hang', detail: string) => {
    const entry = failing.get(seed) ?? { kinds: new Set<string>(), detail };
    if (!entry.kinds.has(kind)) counts[kind] += 1;
    entry.kinds.add(kind);
    failing.set(seed, entry);
  };

  await new Promise<void>((resolve) => {
    let running = 0;
    const start = () => {
      if (next > last) {
        if (running === 0) resolve();
        return;
      }
      running += 1;
      const worker: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, KINMAP_FUZZ_WORKER: '1' },
      });
      let seed = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const give = () => {
        if (next > last) {
          worker.kill();
          running -= 1;
          if (running === 0) resolve();
          return;
        }
        seed = next;
        next += 1;
        timer = setTimeout(() => {
          note(seed, 'hang', `no result within ${timeout} ms`);
          done += 1;
          worker.kill();
          running -= 1;
          start();
        }, timeout);
        worker.send(seed);
      };
      worker.on('message', (reply: Reply) => {
        clearTimeout(timer);
        done += 1;
        people += reply.people;
        refused += reply.refused;
        for (const p of reply.problems) note(reply.seed, p.kind, p.detail);
        if (done % 500 === 0) {
          const seconds = ((performance.now() - started) / 1000).toFixed(0);
          console.log(`… ${done} of ${cases} families (${seconds} s), ${failing.size} failing`);
        }
        give();
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        note(seed, 'throw', `worker: ${error.message}`);
        done += 1;
        running -= 1;
        start();
      });
      give();
    };
    for (let i = 0; i < workers; i += 1) start();
  });

  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nFuzz run: seeds ${from}–${last}, ${workers} workers, ${timeout} ms a case, ${seconds.toFixed(0)} s`,
  );
  console.log(
    `families:                 ${done} (${people} people in all; ${refused} edits refused by the model)`,
  );
  console.log(`hangs:                    ${counts.hang}`);
  console.log(`throws:                   ${counts.throw}`);
  console.log(`over the step budget:     ${counts['over-step-budget']}`);
  console.log(
    `children above a parent:  ${counts['child-not-below-parent']} (families with a child not strictly below a parent)`,
  );
  console.log(`malformed SVG:            ${counts['malformed-svg']}`);
  console.log(`unopenable saves:         ${counts['unopenable-save']}`);
  console.log(`round-trip losses:        ${counts['round-trip-loss']}`);

  if (failing.size === 0) return;
  mkdirSync(outDir, { recursive: true });
  console.log(`\nFailing seeds (families written to ${outDir}):`);
  for (const [seed, { kinds, detail }] of [...failing].sort((a, b) => a[0] - b[0]).slice(0, 50)) {
    const { family } = prepareFuzzCase(seed);
    const kind = [...kinds][0] as ProblemKind | 'hang';
    // Shrink in-process only when the case finished (a hang would hang here too).
    const small = kind === 'hang' ? family : shrinkFamily(family, kind);
    writeFileSync(`${outDir}/seed-${seed}.json`, serializeFamily(small));
    console.log(`  seed ${seed}: ${[...kinds].join(', ')}; ${small.people.length} people — ${detail}`);
  }
  process.exitCode = 1;
}
