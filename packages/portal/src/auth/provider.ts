import type { Database } from '../db/database.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

/** A signed-in practitioner and the agency they work for. */
export interface PortalUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly agencyId: string;
  readonly agencyName: string;
  /** Whether the agency may lead maps (children's or adults' social care). */
  readonly agencyCanLead: boolean;
}

/**
 * A way of signing in with credentials. The portal ships a local provider (email and password,
 * Argon2id hashes). Signing in through a council's identity provider is a redirect, not credentials:
 * see `OidcSignIn` in `oidc.ts`, which gives the same `PortalUser` and the same session.
 *
 * @example
 * const provider = createLocalProvider(database);
 * const user = await provider.signIn({ email: 'lead@example.org', password: '…' });
 */
export interface SignInProvider {
  /** A short name for the audit log, such as `local`. */
  readonly name: string;
  /** The user these credentials belong to, or `null` when they are wrong (never says which part). */
  signIn(credentials: { email: string; password: string }): Promise<PortalUser | null>;
}

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  agency_id: string;
  agency_name: string;
  can_lead: boolean;
  password_hash: string | null;
}

/** Selects a user with their agency; append a WHERE clause. */
export const USER_SELECT = `SELECT u.id, u.email, u.display_name, u.agency_id, a.name AS agency_name,
  a.can_lead, u.password_hash
  FROM users u JOIN agencies a ON a.id = u.agency_id`;

/** Turns a row of `USER_SELECT` into a user. */
export function toPortalUser(row: UserRow): PortalUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    agencyCanLead: row.can_lead,
  };
}

let dummyHash: Promise<string> | undefined;

/**
 * Signs in with an email address and password checked against the Argon2id hash in `users`.
 * An unknown email still costs one hash check, so timing does not tell whether an account exists.
 *
 * @example
 * const provider = createLocalProvider(database);
 */
export function createLocalProvider(database: Database): SignInProvider {
  return {
    name: 'local',
    async signIn({ email, password }) {
      const rows = await database.query<UserRow>(
        `${USER_SELECT} WHERE lower(u.email) = lower($1) AND NOT u.disabled`,
        [email],
      );
      const row = rows[0];
      if (!row || !row.password_hash) {
        dummyHash ??= hashPassword('no such user');
        await verifyPassword(await dummyHash, password);
        return null;
      }
      return (await verifyPassword(row.password_hash, password)) ? toPortalUser(row) : null;
    },
  };
}
