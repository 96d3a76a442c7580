import type { Database } from '../db/database.ts';
import type { SignInProvider } from '../auth/provider.ts';

/** What every group of routes needs from `createPortal`. */
export interface RouteContext {
  /** Where the data lives. */
  readonly database: Database;
  /** How people sign in. */
  readonly provider: SignInProvider;
  /** Whether the session cookie is marked `Secure`. */
  readonly secureCookies: boolean;
}
