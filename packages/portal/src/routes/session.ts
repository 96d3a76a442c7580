import type { FastifyInstance, FastifyReply } from 'fastify';
import { createSession, endSession, SESSION_COOKIE, SESSION_HOURS } from '../auth/sessions.ts';
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

/** Signing in, checking the session and signing out. */
export function registerSessionRoutes(app: FastifyInstance, context: RouteContext): void {
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
}
