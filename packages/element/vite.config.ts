// The web component as one ES module with React included, so a plain page needs one
// <script type="module" src=".../kinmap-element.js">. `pnpm --filter @kinmap/element build`.
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Library mode does not replace process.env.NODE_ENV: without this, React's development build
  // (and a reference to `process`, which browsers do not have) would be bundled.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Production JSX whatever NODE_ENV the build runs under (Vitest sets "test", which would ask for
  // React's jsxDEV, absent from the production runtime bundled above).
  oxc: { jsx: { runtime: 'automatic', development: false } },
  // The @kinmap/* packages' TypeScript sources (their "@kinmap/source" export condition), not their dist/.
  resolve: { conditions: ['@kinmap/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: {
      entry: fileURLToPath(new URL('src/index.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'kinmap-element.js',
    },
    rollupOptions: {
      // Library mode keeps whitespace in ES output; this bundle is for browsers, so minify it fully.
      output: { minify: true },
      onwarn(warning, warn) {
        // "use client" marks the React components for React Server Components; a bundle has no use for it.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
