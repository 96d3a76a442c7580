import type { FastifyInstance, FastifyReply } from 'fastify';
import { createSession, endSession, SESSION_COOKIE, SESSION_HOURS } from '../auth/sessions.ts';
import {
  OIDC_TRANSACTION_SECONDS,
  OidcUnreachableError,
  type OidcRefusal,
  type OidcSignIn,
} from '../auth/oidc.ts';
import { audit } from '../audit.ts';
import { HttpError, validate } from '../errors.ts';
import type { RouteContext } from './context.ts';
import { requireUser } from './access.ts';
import { SignInSchema } from './schemas.ts';

function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

/** The cookie holding an OpenID Connect sign-in in progress (state, nonce, PKCE verifier; encrypted). */
export const OIDC_COOKIE = 'kinmap_oidc';
const OIDC_PATH = '/api/session/oidc';

/** What a person is told when their council's sign-in is refused (never which account exists). */
const REFUSALS: Record<OidcRefusal, { status: number; message: string }> = {
  provider_error: { status: 401, message: "Your council's sign-in service did not sign you in" },
  bad_response: {
    status: 401,
    message: "The answer from your council's sign-in service could not be checked",
  },
  no_email: { status: 401, message: "Your council's sign-in service did not give an email address" },
  email_not_verified: {
    status: 401,
    message: "Your council's sign-in service has not verified your email address",
  },
  unknown_user: {
    status: 403,
    message: 'There is no portal account for your email address in an agency that signs in this way',
  },
};

/**
 * Signing in, checking the session and signing out; with `oidc`, also signing in through a council's
 * identity provider (`GET /api/session/oidc/start` and `/callback`), which otherwise answer 404.
 */
export function registerSessionRoutes(app: FastifyInstance, context: RouteContext, oidc?: OidcSignIn): void {
  const { database, provider, secureCookies: secure } = context;
  app.post('/api/session', async (request, reply) => {
    const body = validate(SignInSchema, request.body, 'sign-in');
    const user = await provider.signIn(body);
    if (!user) {
      await audit(database, {
        user: null,
        action: 'session.sign_in_refused',
        detail: { email: body.email, provider: provider.name },
      });
      throw new HttpError(401, 'That email address and password were not recognised');
    }
    if (request.portalSession) await endSession(database, request.portalSession.tokenHash);
    const session = await createSession(database, user.id);
    await audit(database, { user, action: 'session.sign_in', detail: { provider: provider.name } });
    setSessionCookie(reply, session.token, secure);
    return reply.status(200).send({ user, csrfToken: session.csrfToken, expiresAt: session.expiresAt });
  });

  app.get('/api/session', async (request) => {
    const user = requireUser(request);
    return { user, csrfToken: request.portalSession!.csrfToken };
  });

  app.delete('/api/session', async (request, reply) => {
    const user = requireUser(request);
    await endSession(database, request.portalSession!.tokenHash);
    await audit(database, { user, action: 'session.sign_out' });
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure, sameSite: 'strict' });
    return reply.status(204).send();
  });

  if (oidc) registerOidcRoutes(app, context, oidc);
}

function registerOidcRoutes(app: FastifyInstance, context: RouteContext, oidc: OidcSignIn): void {
  const { database, secureCookies: secure } = context;
  // SameSite=Lax: the identity provider sends the browser back with a top-level GET from its own site.
  const transactionCookie = { httpOnly: true, secure, sameSite: 'lax', path: OIDC_PATH } as const;

  app.get(`${OIDC_PATH}/start`, async (_request, reply) => {
    let started;
    try {
      started = await oidc.start();
    } catch (error) {
      if (!(error instanceof OidcUnreachableError)) throw error;
      throw new HttpError(502, "Your council's sign-in service could not be reached; try again shortly");
    }
    reply.setCookie(OIDC_COOKIE, started.transaction, {
      ...transactionCookie,
      maxAge: OIDC_TRANSACTION_SECONDS,
    });
    return reply.redirect(started.url.href, 302);
  });

  app.get(`${OIDC_PATH}/callback`, async (request, reply) => {
    const query = new URLSearchParams(request.url.split('?')[1] ?? '');
    const transaction = oidc.openTransaction(request.cookies[OIDC_COOKIE], query.get('state'));
    reply.clearCookie(OIDC_COOKIE, transactionCookie);
    if (!transaction) {
      await audit(database, {
        user: null,
        action: 'session.sign_in_refused',
        detail: { provider: oidc.name, reason: 'bad_state' },
      });
      throw new HttpError(
        400,
        'This sign-in had expired, was started in another browser, or did not match; start signing in again',
      );
    }
    let result;
    try {
      result = await oidc.finish(query, transaction);
    } catch (error) {
      if (!(error instanceof OidcUnreachableError)) throw error;
      throw new HttpError(502, "Your council's sign-in service could not be reached; try again shortly");
    }
    if (!result.ok) {
      await audit(database, {
        user: null,
        action: 'session.sign_in_refused',
        detail: {
          provider: oidc.name,
          reason: result.reason,
          ...(result.email ? { email: result.email } : {}),
          ...(result.providerError ? { error: result.providerError } : {}),
        },
      });
      const refusal = REFUSALS[result.reason];
      throw new HttpError(refusal.status, refusal.message, undefined, { reason: result.reason });
    }
    if (request.portalSession) await endSession(database, request.portalSession.tokenHash);
    const session = await createSession(database, result.user.id);
    await audit(database, {
      user: result.user,
      action: 'session.sign_in',
      detail: { provider: oidc.name, issuer: oidc.settings.issuer, subject: result.subject },
    });
    setSessionCookie(reply, session.token, secure);
    return reply.redirect(oidc.settings.afterSignInUrl ?? '/', 303);
  });
}
