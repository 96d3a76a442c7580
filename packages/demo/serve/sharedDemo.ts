// Serves the built demo and the family portal from one origin, so the portal's session cookie is
// same-site: the portal (embedded PGlite with the demo accounts, or DATABASE_URL) listens on a
// loopback port of its own, and Vite's preview server serves the demo's files and passes /api to it.
// Used by `npm start` (serve/serve.ts) and the browser journeys. The demo's app code talks HTTP only.
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { createPortal, openDatabase, seedDemo } from '@kinmap/portal';

const demoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Where to serve, and whether to build the demo first. */
export interface SharedDemoOptions {
  /** The port for the demo and the API (0: any free port). Default 4173. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Build the demo first (default true); the journeys reuse the build their setup made. */
  build?: boolean;
  /** A PostgreSQL server for the portal; embedded PGlite (in memory, seeded) without it. */
  databaseUrl?: string;
}

/** The running demo and portal. */
export interface SharedDemo {
  /** The demo's address, such as `http://127.0.0.1:4173/`; the API is under `api/`. */
  url: string;
  /** The portal's own loopback address (tests may call it directly). */
  portalUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the portal and serves the built demo beside it, on one origin.
 *
 * @example
 * const demo = await startSharedDemo({ port: 0, build: false });
 * // open demo.url + '#/shared' in a browser
 * await demo.close();
 */
export async function startSharedDemo(options: SharedDemoOptions = {}): Promise<SharedDemo> {
  const host = options.host ?? '127.0.0.1';
  const databaseUrl = options.databaseUrl;
  const database = await openDatabase(databaseUrl ? { url: databaseUrl } : {});
  const portal = await createPortal({ database });
  if (!databaseUrl || process.env['KINMAP_SEED_DEMO'] === '1') await seedDemo(database);
  await portal.listen({ port: 0, host: '127.0.0.1' });
  const address = portal.server.address();
  if (!address || typeof address === 'string') throw new Error('The portal did not report its port');
  const portalUrl = `http://127.0.0.1:${address.port}`;

  const configFile = `${demoRoot}/vite.config.ts`;
  if (options.build ?? true) {
    await build({ configFile, root: demoRoot, logLevel: 'warn', mode: 'production' });
  }
  const server = await preview({
    configFile,
    root: demoRoot,
    logLevel: 'error',
    preview: {
      port: options.port ?? 4173,
      strictPort: true,
      host,
      open: false,
      // The API and its live stream (server-sent events) go to the portal, cookies and all.
      proxy: { '/api': { target: portalUrl, changeOrigin: false, ws: false } },
    },
  });
  const served = server.httpServer.address();
  if (!served || typeof served === 'string') throw new Error('The demo server did not report its port');
  return {
    url: `http://${host}:${served.port}/`,
    portalUrl,
    async close() {
      await server.close();
      await portal.close();
      await database.close();
    },
  };
}
