/**
 * @kinmap/model: a pure TypeScript model of a family and its household for UK social-care practice.
 * Schemas (zod) are the source of truth; types are inferred from them. Every export is listed by name.
 * @packageDocumentation
 */

// ── Ids ──────────────────────────────────────────────────────────────────────
export {
  ID_PREFIXES,
  createId,
  idKindOf,
  FamilyIdSchema,
  PersonIdSchema,
  PartnershipIdSchema,
  LinkIdSchema,
  MultipleBirthIdSchema,
  HouseholdIdSchema,
  EmotionalIdSchema,
  AgencyIdSchema,
  InvolvementIdSchema,
  CaringRoleIdSchema,
} from './ids.ts';
export type {
  IdKind,
  IdTypes,
  FamilyId,
  PersonId,
  PartnershipId,
  LinkId,
  MultipleBirthId,
  HouseholdId,
  EmotionalId,
  AgencyId,
  InvolvementId,
  CaringRoleId,
} from './ids.ts';

// ── Schemas and types ────────────────────────────────────────────────────────
export { FamilySchema, FORMAT_VERSION, PreparedWithFamilySchema } from './schema/family.ts';
export type { Family, FamilyInput } from './schema/family.ts';
export { PersonSchema, NamesSchema } from './schema/person.ts';
export type { Person, PersonInput, Names } from './schema/person.ts';
export {
  PartnershipSchema,
  ParentChildLinkSchema,
  MultipleBirthSchema,
  PartnershipEventSchema,
} from './schema/relationships.ts';
export type {
  Partnership,
  ParentChildLink,
  MultipleBirth,
  PartnershipEvent,
} from './schema/relationships.ts';
export { HouseholdSchema, HouseholdMemberSchema } from './schema/household.ts';
export type { Household, HouseholdMember } from './schema/household.ts';
export { EmotionalRelationshipSchema } from './schema/emotional.ts';
export type { EmotionalRelationship } from './schema/emotional.ts';
export { AgencySchema, InvolvementSchema, InvolvementTargetSchema } from './schema/agency.ts';
export type { Agency, Involvement, InvolvementTarget } from './schema/agency.ts';
export { CaringRoleSchema } from './schema/caring.ts';
export type { CaringRole } from './schema/caring.ts';
export { IdentitySetSchema } from './schema/identity.ts';
export type { IdentitySet } from './schema/identity.ts';
export { ImmigrationSchema } from './schema/immigration.ts';
export type { Immigration } from './schema/immigration.ts';
export { StatusSchema, SafeguardingCheckSchema } from './schema/statuses.ts';
export type { Status, SafeguardingCheck } from './schema/statuses.ts';
export { PartialDateSchema, MAX_TEXT, MAX_SHORT_TEXT } from './schema/common.ts';
export type {
  PartialDate,
  ApproxDate,
  Provenance,
  Discrepancy,
  Reporter,
  DatedStatement,
} from './schema/common.ts';
export { enums } from './schema/enumValues.ts';
export type {
  PersonKind,
  GenderIdentity,
  SexAtBirth,
  Nrpf,
  ImmigrationStatus,
  StatusType,
  PartnershipKind,
  PartnershipEventType,
  ParentChildKind,
  Membership,
  EmotionalType,
  EvidenceBasis,
  AgencyCategory,
  AgencyRole,
  CaringRoleType,
  NotationProfile,
  SensitivityClass,
  Zygosity,
  InvolvementStatus,
} from './schema/enumValues.ts';

// ── Format: parse, serialise, JSON Schema, migrations (format/) ──────────────
// (owned by the format work; add exports here)

// ── Operations, changes and history (ops/, changes/) ─────────────────────────
// (owned by the operations work; add exports here)

// ── Queries (queries/) ───────────────────────────────────────────────────────
// (owned by the queries work; add exports here)

// ── Checks against the minimum standard (checks/) ────────────────────────────
// (owned by the checks work; add exports here)
