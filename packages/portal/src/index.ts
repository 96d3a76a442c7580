/**
 * @kinmap/portal: the family portal server. Agencies sign in, see a shared family map through their
 * profile, contribute what they know (with provenance) and the lead agency accepts or rejects each
 * contribution. Every read, contribution, decision and export is in an append-only audit log.
 * @packageDocumentation
 */
export { createPortal } from './app.ts';
export type { PortalOptions } from './app.ts';
export { openDatabase } from './db/database.ts';
export type { Database, DatabaseOptions, Queryable } from './db/database.ts';
export { migrate } from './db/migrate.ts';
export type { Migration, MigrateResult } from './db/migrate.ts';
export { MIGRATIONS } from './db/migrations.ts';
export { createLocalProvider } from './auth/provider.ts';
export type { PortalUser, SignInProvider } from './auth/provider.ts';
export { oidcSettingsFromEnv, checkOidcSettings, OIDC_ENV } from './auth/oidc.ts';
export type { OidcSettings } from './auth/oidc.ts';
export { hashPassword, verifyPassword } from './auth/passwords.ts';
export { SESSION_COOKIE, CSRF_HEADER } from './auth/sessions.ts';
export { mergeContribution } from './contributions/merge.ts';
export type { Conflict, MergeResult } from './contributions/merge.ts';
export { ContributionInputSchema, ChangePayloadSchema, SOURCES } from './contributions/changePayload.ts';
export { familyForProfile, translateIds } from './share/view.ts';
export type { ViewProfile, ProfileView } from './share/view.ts';
export { seedDemo, DEMO_AGENCIES, DEMO_USERS, DEMO_PASSWORD, DEMO_MAP_ID } from './seed.ts';
export { notify } from './inbox/notifications.ts';
export type { NewNotification, NotificationKind, NotificationJson } from './inbox/notifications.ts';
export { startInboxHub, inboxChannel } from './inbox/hub.ts';
export type { InboxHub, InboxSubscriber } from './inbox/hub.ts';
export {
  findIdentityDisagreements,
  recordIdentityInModel,
  IDENTITY_FIELDS,
} from './contributions/identity.ts';
export type { IdentityDisagreement, IdentityField } from './contributions/identity.ts';
