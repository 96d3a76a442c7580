import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';
import type { Database } from '../db/database.ts';
import { toPortalUser, USER_SELECT, type PortalUser } from './provider.ts';

/**
 * How the portal signs people in with a council's identity provider (OpenID Connect, authorization
 * code flow with PKCE, state and nonce). Read from the environment by {@link oidcSettingsFromEnv}.
 *
 * @example
 * const oidc: OidcSettings = {
 *   issuer: 'https://login.microsoftonline.com/<tenant-id>/v2.0',
 *   clientId: '<application-id>',
 *   clientSecret: '<client-secret>',
 *   redirectUrl: 'https://portal.example.gov.uk/api/session/oidc/callback',
 *   agencyIds: ['csc-northshire'],
 * };
 * const app = await createPortal({ database, oidc });
 */
export interface OidcSettings {
  /** The identity provider's issuer URL (its discovery document is at `/.well-known/openid-configuration`). */
  readonly issuer: string;
  /** The portal's client (application) id at the identity provider. */
  readonly clientId: string;
  /** The portal's client secret at the identity provider. */
  readonly clientSecret: string;
  /** This portal's callback address, as registered at the identity provider (ends `/api/session/oidc/callback`). */
  readonly redirectUrl: string;
  /** Only users of these agencies (ids in `agencies`) may sign in through this identity provider. */
  readonly agencyIds: readonly string[];
  /**
   * Whether the token must say the email address is verified (`email_verified: true`). Default true.
   * Turn off only for an issuer whose addresses are set by the council's own administrators and
   * that does not send `email_verified` (such as a single-tenant Microsoft Entra ID).
   */
  readonly requireVerifiedEmail?: boolean;
  /** Where the browser goes after signing in (default `/`, the demo). */
  readonly afterSignInUrl?: string;
}

/** The environment variables {@link oidcSettingsFromEnv} reads. */
export const OIDC_ENV = {
  issuer: 'KINMAP_OIDC_ISSUER',
  clientId: 'KINMAP_OIDC_CLIENT_ID',
  clientSecret: 'KINMAP_OIDC_CLIENT_SECRET',
  redirectUrl: 'KINMAP_OIDC_REDIRECT_URL',
  agencyIds: 'KINMAP_OIDC_AGENCIES',
  requireVerifiedEmail: 'KINMAP_OIDC_REQUIRE_VERIFIED_EMAIL',
  afterSignInUrl: 'KINMAP_OIDC_AFTER_SIGN_IN_URL',
} as const;

function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function checkUrl(value: string, field: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${field} is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw new Error(`${field} must be an https:// address (http:// is allowed on this machine only)`);
  }
  return url;
}

/**
 * Checks settings: every field present, addresses https:// (or http:// on loopback), at least one
 * agency. Throws an error naming the field at fault.
 *
 * @example
 * checkOidcSettings(settings); // throws "KINMAP_OIDC_AGENCIES needs at least one agency id"
 */
export function checkOidcSettings(settings: OidcSettings): void {
  for (const key of ['issuer', 'clientId', 'clientSecret', 'redirectUrl'] as const) {
    if (typeof settings[key] !== 'string' || settings[key].trim() === '') {
      throw new Error(`${OIDC_ENV[key]} is missing (OpenID Connect sign-in needs it)`);
    }
  }
  checkUrl(settings.issuer, OIDC_ENV.issuer);
  checkUrl(settings.redirectUrl, OIDC_ENV.redirectUrl);
  if (settings.agencyIds.length === 0 || settings.agencyIds.some((id) => id.trim() === '')) {
    throw new Error(`${OIDC_ENV.agencyIds} needs at least one agency id (comma-separated)`);
  }
  const after = settings.afterSignInUrl ?? '/';
  if (!after.startsWith('/') || after.startsWith('//')) {
    throw new Error(`${OIDC_ENV.afterSignInUrl} must be a path on this site, such as /`);
  }
}

/**
 * OpenID Connect settings from the environment, or `undefined` when `KINMAP_OIDC_ISSUER` is not set
 * (then the OpenID Connect routes answer 404). Throws naming the variable when one is missing or wrong.
 *
 * @example
 * const oidc = oidcSettingsFromEnv(process.env);
 * const app = await createPortal({ database, ...(oidc ? { oidc } : {}) });
 */
export function oidcSettingsFromEnv(env: Record<string, string | undefined>): OidcSettings | undefined {
  const issuer = env[OIDC_ENV.issuer]?.trim();
  if (!issuer) return undefined;
  const verified = env[OIDC_ENV.requireVerifiedEmail]?.trim();
  if (verified !== undefined && verified !== '' && verified !== '0' && verified !== '1') {
    throw new Error(`${OIDC_ENV.requireVerifiedEmail} must be 1 or 0`);
  }
  const settings: OidcSettings = {
    issuer,
    clientId: env[OIDC_ENV.clientId]?.trim() ?? '',
    clientSecret: env[OIDC_ENV.clientSecret] ?? '',
    redirectUrl: env[OIDC_ENV.redirectUrl]?.trim() ?? '',
    agencyIds: (env[OIDC_ENV.agencyIds] ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
    requireVerifiedEmail: verified !== '0',
    afterSignInUrl: env[OIDC_ENV.afterSignInUrl]?.trim() || '/',
  };
  checkOidcSettings(settings);
  return settings;
}

/** Why a sign-in through the identity provider was refused (recorded in the audit log). */
export type OidcRefusal =
  'provider_error' | 'bad_response' | 'no_email' | 'email_not_verified' | 'unknown_user';

/** The outcome of a callback: a user, or a refusal with the email address the token gave (if any). */
export type OidcResult =
  | { readonly ok: true; readonly user: PortalUser; readonly subject: string }
  | {
      readonly ok: false;
      readonly reason: OidcRefusal;
      readonly email?: string;
      readonly providerError?: string;
    };

/** The identity provider's discovery document could not be fetched (the provider is down or misnamed). */
export class OidcUnreachableError extends Error {
  constructor(cause: unknown) {
    super("The identity provider's discovery document could not be fetched", { cause });
    this.name = 'OidcUnreachableError';
  }
}

/** What the browser keeps (encrypted, in a short-lived cookie) between start and callback. */
export interface OidcTransaction {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
  readonly expires: number;
}

/** How long a sign-in may take at the identity provider (10 minutes). */
export const OIDC_TRANSACTION_SECONDS = 600;

/**
 * Sign-in through a council's identity provider: the redirect counterpart of a `SignInProvider`.
 * `start` gives the address to send the browser to and a sealed transaction for a cookie;
 * `finish` checks the answer and matches the person to a portal user by email address.
 */
export interface OidcSignIn {
  /** `oidc`, for the audit log. */
  readonly name: 'oidc';
  readonly settings: OidcSettings;
  start(): Promise<{ url: URL; transaction: string }>;
  /** `null` when the transaction is missing, expired, tampered with, or its state does not match. */
  openTransaction(sealed: string | undefined, state: unknown): OidcTransaction | null;
  finish(query: URLSearchParams, transaction: OidcTransaction): Promise<OidcResult>;
}

/**
 * Builds OpenID Connect sign-in. The identity provider's discovery document is fetched on first use
 * (and again after a failure), so the portal starts even when the provider is down.
 *
 * @example
 * const oidc = createOidcSignIn(database, settings);
 * const { url, transaction } = await oidc.start();
 */
export function createOidcSignIn(database: Database, settings: OidcSettings): OidcSignIn {
  checkOidcSettings(settings);
  const issuerUrl = new URL(settings.issuer);
  const key = Buffer.from(hkdfSync('sha256', settings.clientSecret, 'kinmap-oidc', 'transaction cookie', 32));
  let configuration: Promise<client.Configuration> | undefined;

  function configure(): Promise<client.Configuration> {
    configuration ??= client
      .discovery(
        issuerUrl,
        settings.clientId,
        settings.clientSecret,
        undefined,
        isLoopback(issuerUrl) && issuerUrl.protocol === 'http:'
          ? { execute: [client.allowInsecureRequests] }
          : undefined,
      )
      .then((config) => {
        // Check every ID token's signature against the provider's published keys (JWKS), not only TLS.
        client.enableNonRepudiationChecks(config);
        return config;
      })
      .catch((error: unknown) => {
        configuration = undefined;
        throw new OidcUnreachableError(error);
      });
    return configuration;
  }

  function seal(transaction: OidcTransaction): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(transaction), 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
  }

  function unseal(sealed: string): OidcTransaction | null {
    try {
      const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
      if (!iv || !tag || !body) return null;
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      const text = Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      return JSON.parse(text) as OidcTransaction;
    } catch {
      return null;
    }
  }

  async function findUser(email: string): Promise<PortalUser | null> {
    const rows = await database.query<Parameters<typeof toPortalUser>[0]>(
      `${USER_SELECT} WHERE lower(u.email) = lower($1) AND NOT u.disabled AND u.agency_id = ANY($2::text[])`,
      [email, [...settings.agencyIds]],
    );
    return rows[0] ? toPortalUser(rows[0]) : null;
  }

  return {
    name: 'oidc',
    settings,
    async start() {
      const config = await configure();
      const verifier = client.randomPKCECodeVerifier();
      const transaction: OidcTransaction = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier,
        expires: Date.now() + OIDC_TRANSACTION_SECONDS * 1000,
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUrl,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: transaction.state,
        nonce: transaction.nonce,
      });
      return { url, transaction: seal(transaction) };
    },
    openTransaction(sealed, state) {
      if (!sealed || sealed.length > 2000 || typeof state !== 'string') return null;
      const transaction = unseal(sealed);
      if (!transaction || transaction.expires < Date.now()) return null;
      const a = Buffer.from(transaction.state);
      const b = Buffer.from(state);
      return a.length === b.length && timingSafeEqual(a, b) ? transaction : null;
    },
    async finish(query, transaction) {
      const providerError = query.get('error');
      if (providerError)
        return { ok: false, reason: 'provider_error', providerError: providerError.slice(0, 100) };
      const config = await configure();
      const currentUrl = new URL(settings.redirectUrl);
      currentUrl.search = query.toString();
      let claims: client.IDToken | undefined;
      try {
        const tokens = await client.authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: transaction.verifier,
          expectedState: transaction.state,
          expectedNonce: transaction.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims();
      } catch {
        return { ok: false, reason: 'bad_response' };
      }
      if (!claims) return { ok: false, reason: 'bad_response' };
      const email = typeof claims['email'] === 'string' ? claims['email'] : undefined;
      if (!email) return { ok: false, reason: 'no_email' };
      if ((settings.requireVerifiedEmail ?? true) && claims['email_verified'] !== true) {
        return { ok: false, reason: 'email_not_verified', email };
      }
      const user = await findUser(email);
      return user ? { ok: true, user, subject: claims.sub } : { ok: false, reason: 'unknown_user', email };
    },
  };
}
