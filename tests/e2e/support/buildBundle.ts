import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Builds a Vite library bundle (an example page's app, or @kinmap/element) from the Vite config in
 * `root` into a fresh temporary directory, as a production build, and returns that directory.
 * Vitest sets NODE_ENV=test; the configs define it as production themselves, as users get it.
 */
export async function buildBundle(root: string, prefix: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  await build({
    configFile: join(root, 'vite.config.ts'),
    root,
    logLevel: 'error',
    mode: 'production',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
