import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { toPortalUser, type PortalUser } from './provider.ts';

/** The session cookie's name. */
export const SESSION_COOKIE = 'kinmap_session';
/** The header every cookie-authenticated write must carry, holding the session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';
/** How long a session lasts (8 hours: one working day). */
export const SESSION_HOURS = 8;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new session: the cookie value (never stored as such) and its CSRF token. */
export interface NewSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/**
 * Starts a session for a user. Only a SHA-256 hash of the token is stored, so a copy of the
 * database cannot be used to sign in.
 *
 * @example
 * const { token, csrfToken } = await createSession(database, user.id);
 */
export async function createSession(database: Database, userId: string): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  await database.query(
    'INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)',
    [hashToken(token), userId, csrfToken, expiresAt.toISOString()],
  );
  return { token, csrfToken, expiresAt };
}

/** A live session and its user. */
export interface ActiveSession {
  readonly user: PortalUser;
  readonly csrfToken: string;
  readonly tokenHash: string;
}

/**
 * The session a cookie value belongs to, or `null` when it is unknown, expired or its user disabled.
 *
 * @example
 * const session = await findSession(database, request.cookies.kinmap_session);
 */
export async function findSession(
  database: Database,
  token: string | undefined,
): Promise<ActiveSession | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const rows = await database.query<Parameters<typeof toPortalUser>[0] & { csrf_token: string }>(
    `SELECT u.id, u.email, u.display_name, u.agency_id, a.name AS agency_name, a.can_lead,
       NULL AS password_hash, s.csrf_token
     FROM sessions s JOIN users u ON u.id = s.user_id JOIN agencies a ON a.id = u.agency_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled`,
    [tokenHash],
  );
  const row = rows[0];
  return row ? { user: toPortalUser(row), csrfToken: row.csrf_token, tokenHash } : null;
}

/** Ends a session. */
export async function endSession(database: Database, tokenHash: string): Promise<void> {
  await database.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** Whether a CSRF header matches the session's token (compared in constant time). */
export function csrfMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
