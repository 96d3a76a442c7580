import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { MIGRATIONS } from './db/migrations.ts';
import { createLocalProvider, type SignInProvider } from './auth/provider.ts';
import { createOidcSignIn, type OidcSettings } from './auth/oidc.ts';
import {
  csrfMatches,
  CSRF_HEADER,
  findSession,
  SESSION_COOKIE,
  type ActiveSession,
} from './auth/sessions.ts';
import { HttpError } from './errors.ts';
import type { RouteContext } from './routes/context.ts';
import { registerSessionRoutes } from './routes/session.ts';
import { registerMapRoutes } from './routes/maps.ts';
import { registerInvitationRoutes } from './routes/invitations.ts';
import { registerContributionRoutes } from './routes/contributions.ts';
import { registerDecisionRoutes } from './routes/decisions.ts';
import { registerAuditRoutes } from './routes/audit.ts';
import { registerDiscrepancyRoutes } from './routes/discrepancies.ts';
import { registerOutcomeRoutes } from './routes/outcomes.ts';
import { registerInboxRoutes } from './routes/inbox.ts';
import { startInboxHub } from './inbox/hub.ts';

declare module 'fastify' {
  interface FastifyRequest {
    portalSession: ActiveSession | null;
  }
}

/** How to build a portal server. */
export interface PortalOptions {
  /** Where the data lives (see `openDatabase`). The caller opens and closes it. */
  database: Database;
  /** How people sign in; the local email-and-password provider by default. */
  provider?: SignInProvider;
  /** Signing in through a council's identity provider (OpenID Connect); off (404) without it. */
  oidc?: OidcSettings;
  /** Mark the session cookie `Secure` (default true; browsers accept it on http://localhost too). */
  secureCookies?: boolean;
  /** Fastify's request log (default off). */
  logger?: boolean;
}

/** Largest request body (a whole family document on "create map"). */
const BODY_LIMIT = 5 * 1024 * 1024;

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Builds the portal's HTTP server (Fastify) on a database: brings the schema up to date, then
 * registers the routes. Nothing listens until you call `listen`; tests use `inject`.
 *
 * @example
 * const database = await openDatabase({ url: process.env.DATABASE_URL });
 * const app = await createPortal({ database });
 * const response = await app.inject({ method: 'GET', url: '/api/session' }); // 401
 * await app.listen({ port: 3000, host: '127.0.0.1' });
 */
export async function createPortal(options: PortalOptions): Promise<FastifyInstance> {
  const { database } = options;
  const provider = options.provider ?? createLocalProvider(database);
  const secure = options.secureCookies ?? true;
  await migrate(database, MIGRATIONS);
  // One LISTEN per server process: notifications written by any process reach this one's streams.
  const hub = await startInboxHub(database);

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT });
  // Open inbox streams end first, so closing the server does not wait for them; then stop listening.
  app.addHook('preClose', async () => {
    await hub.close();
  });
  // JSON only: a cross-site HTML form can send text/plain without asking first, but not JSON.
  app.removeContentTypeParser('text/plain');
  await app.register(cookie);
  app.decorateRequest('portalSession', null);

  app.addHook('onRequest', async (request) => {
    request.portalSession = await findSession(database, request.cookies[SESSION_COOKIE]);
    if (
      request.portalSession &&
      UNSAFE_METHODS.has(request.method) &&
      // Signing in needs no token (there is no session to forge yet; it takes JSON only).
      !(request.method === 'POST' && request.routeOptions.url === '/api/session')
    ) {
      if (!csrfMatches(request.portalSession.csrfToken, request.headers[CSRF_HEADER])) {
        throw new HttpError(403, `This change needs the session's CSRF token in the ${CSRF_HEADER} header`);
      }
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HttpError) {
      return reply.status(error.status).send({
        error: error.message,
        ...(error.issues ? { issues: error.issues } : {}),
        ...error.extra,
      });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return reply.status(status).send({ error: (error as Error).message });
    }
    request.log.error(error);
    return reply.status(500).send({ error: 'Something went wrong on the server; nothing was changed' });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ error: 'There is nothing at this address' }),
  );

  const context: RouteContext = { database, provider, secureCookies: secure };
  registerSessionRoutes(app, context, options.oidc ? createOidcSignIn(database, options.oidc) : undefined);
  registerMapRoutes(app, context);
  registerInvitationRoutes(app, context);
  registerContributionRoutes(app, context);
  registerDecisionRoutes(app, context);
  registerAuditRoutes(app, context);
  registerDiscrepancyRoutes(app, context);
  registerOutcomeRoutes(app, context);
  registerInboxRoutes(app, context, hub);

  return app;
}
