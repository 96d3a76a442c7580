// Builds example.tsx, React included, into dist/csp-example.js (one ES module, no inline script):
// `pnpm exec vite build -c docs/examples/csp/vite.config.ts`. tests/e2e/csp.test.ts builds it the same way.
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  oxc: { jsx: { runtime: 'automatic', development: false } },
  // The @kinmap/* packages' TypeScript sources, not their dist/.
  resolve: { conditions: ['@kinmap/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: fileURLToPath(new URL('example.tsx', import.meta.url)),
      formats: ['es'],
      fileName: () => 'csp-example.js',
    },
    rollupOptions: {
      output: { minify: true },
      onwarn(warning, warn) {
        // 'use client' marks modules for React Server Components; a browser bundle has no use for it.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
