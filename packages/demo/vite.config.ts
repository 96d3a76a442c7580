import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The built app may only talk to its own origin: no analytics, fonts or APIs elsewhere, so a family's
 * details cannot leave the device. Added to the build only (the dev server needs inline scripts).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kinmap-demo-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Emits the service worker (sw.js) with the list of every built file, so the whole app is kept for
 * offline use on the first visit, in a cache named after the build.
 */
function serviceWorker(): Plugin {
  return {
    name: 'kinmap-demo-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = ['./', ...Object.keys(bundle).map((name) => `./${name}`), './icon.svg'];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source:
          `self.__KINMAP_PRECACHE__ = ${JSON.stringify(files)};\n` +
          `self.__KINMAP_VERSION__ = ${JSON.stringify(version)};\n${source}`,
      });
    },
  };
}

// A static site with relative paths, so the build can be hosted from any folder (GitHub Pages, a
// shared drive, a local file server). The example families are bundled from tests/fixtures/families.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  // The @kinmap/* packages' TypeScript sources (their "@kinmap/source" export condition), not their dist/.
  resolve: { conditions: ['@kinmap/source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
  server: { fs: { allow: [repoRoot] } },
});
