import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import SlowestReporter from './tests/setup/slowestReporter.ts';

const setupFiles = ['./tests/setup/failOnConsole.ts'];
// Rendering in jsdom is the slowest thing most tests do; on a loaded two-core machine one render can
// take several seconds, so the jsdom projects allow 30 s a test (issue 11: tests measure code, not
// machines). Property tests and heavy cases set their own timeouts.
const domTestTimeout = 30_000;

// The @kinmap/* packages export their TypeScript sources under this condition and their built dist/
// otherwise: tests run on the sources (Vite's resolver here; Node's, through NODE_OPTIONS, in forked
// workers and in the processes tests start, such as the kinmap command and the portal). .npmrc sets
// the same for `pnpm exec vitest`; this covers running vitest without pnpm.
const SOURCE_CONDITION = '@kinmap/source';
if (!(process.env.NODE_OPTIONS ?? '').includes(`--conditions=${SOURCE_CONDITION}`)) {
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --conditions=${SOURCE_CONDITION}`.trim();
}

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: {
    resolve: {
      conditions: [SOURCE_CONDITION, ...defaultServerConditions],
      externalConditions: [SOURCE_CONDITION],
    },
  },
  test: {
    // The default reporter (and GitHub's annotations on Actions, as Vitest adds by default), then the
    // ten slowest tests.
    reporters: [
      'default',
      ...(process.env.GITHUB_ACTIONS === 'true' ? ['github-actions'] : []),
      new SlowestReporter(),
    ],
    projects: [
      {
        extends: true,
        test: { name: 'model', include: ['tests/model/**/*.test.ts'], environment: 'node', setupFiles },
      },
      {
        extends: true,
        test: { name: 'layout', include: ['tests/layout/**/*.test.ts'], environment: 'node', setupFiles },
      },
      {
        extends: true,
        test: {
          name: 'react',
          include: ['tests/react/**/*.test.{ts,tsx}'],
          exclude: ['tests/react/**/*.node.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: [...setupFiles, './tests/setup/dom.ts'],
          testTimeout: domTestTimeout,
        },
      },
      {
        extends: true,
        test: {
          name: 'react-node',
          include: ['tests/react/**/*.node.test.{ts,tsx}'],
          environment: 'node',
          setupFiles,
        },
      },
      {
        extends: true,
        test: {
          name: 'stories',
          include: ['tests/stories/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: [...setupFiles, './tests/setup/dom.ts'],
          testTimeout: domTestTimeout,
        },
      },
      {
        extends: true,
        // Seeded fuzz run of save → edit → layout → SVG → reopen (the long run is `pnpm fuzz`).
        test: { name: 'fuzz', include: ['tests/fuzz/**/*.test.ts'], environment: 'node', setupFiles },
      },
      {
        extends: true,
        test: { name: 'demo', include: ['tests/demo/**/*.test.ts'], environment: 'node', setupFiles },
      },
      {
        extends: true,
        // The family portal's API on PGlite (or on PostgreSQL when DATABASE_URL is set). Starting an
        // embedded database takes several seconds on a loaded machine, so hooks get a generous limit.
        test: {
          name: 'portal',
          include: ['tests/portal/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        // The report (PDF) and the command line (issue 14): PDFs take seconds each on a loaded machine,
        // and the leak property test makes dozens, so these get generous limits.
        test: {
          name: 'report',
          include: ['tests/report/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          testTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          globalSetup: ['./tests/e2e/support/demoServer.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
