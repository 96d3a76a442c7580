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
  ShareIdSchema,
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
  ShareId,
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
export {
  ChecklistRecordSchema,
  MAX_CHECKLIST_RECORDS,
  StandardItemKeySchema,
  StandardItemStateSchema,
} from './schema/checklist.ts';
export type { ChecklistRecord } from './schema/checklist.ts';
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
export { parseFamily } from './format/parseFamily.ts';
export type { ParseFamilyResult } from './format/parseFamily.ts';
export { serializeFamily } from './format/serializeFamily.ts';
export type { FormatIssue } from './format/issue.ts';
export { FORMAT_LIMITS } from './format/limits.ts';
export { familyJsonSchema } from './format/jsonSchema.ts';
export { migrateFamilyDocument } from './format/migrate.ts';
export type { MigrationResult } from './format/migrate.ts';
export type { FormatMigration } from './format/migrations/types.ts';
export { findReferenceIssues } from './references/findReferenceIssues.ts';
export { fieldSensitivity } from './sensitivity/fieldSensitivity.ts';
export { sensitivityOf, emotionalTypeSensitivity } from './sensitivity/sensitivityOf.ts';

// ── Operations, changes and history (ops/, changes/) ─────────────────────────
export { ModelError } from './changes/ModelError.ts';
export type { ModelIssue } from './changes/ModelError.ts';
export { COLLECTIONS, DOCUMENT_FIELDS } from './changes/types.ts';
export type {
  Change,
  CollectionChange,
  CollectionName,
  DocumentChange,
  DocumentField,
  EntityOf,
  EntityUpdate,
  FieldChange,
  PlacedEntity,
} from './changes/types.ts';
export { applyChange } from './changes/applyChange.ts';
export { invertChange } from './changes/invertChange.ts';
export { composeChanges } from './changes/composeChanges.ts';
export { diffFamilies } from './changes/diffFamilies.ts';
export { isEmptyChange } from './changes/isEmptyChange.ts';
export { createHistory, canUndo, canRedo } from './history/history.ts';
export type { History, HistoryEntry } from './history/history.ts';
export { recordChange, endGroup } from './history/recordChange.ts';
export { undo, redo } from './history/undoRedo.ts';
export type { HistoryStep } from './history/undoRedo.ts';
export type { OperationResult, AddResult } from './ops/internal/commit.ts';
export type { DeepPatch } from './ops/internal/mergePatch.ts';
export { addPerson, updatePerson } from './ops/people.ts';
export type { NewPerson, UpdatePersonInput } from './ops/people.ts';
export { removePerson } from './ops/removePerson.ts';
export { addRelative } from './ops/addRelative.ts';
export type {
  AddRelativeInput,
  Relation,
  RelativeLinkFields,
  RelativePartnershipFields,
} from './ops/relatives/context.ts';
export {
  addPartnership,
  updatePartnership,
  addPartnershipEvent,
  removePartnership,
} from './ops/partnerships.ts';
export type { AddPartnershipInput } from './ops/partnerships.ts';
export { linkParentChild, updateLink, unlinkParentChild } from './ops/links.ts';
export type { LinkParentChildInput, UnlinkParentChildInput } from './ops/links.ts';
export { addHousehold, updateHousehold, removeHousehold } from './ops/households.ts';
export type { AddHouseholdInput } from './ops/households.ts';
export { moveIntoHousehold, moveOutOfHousehold } from './ops/householdMoves.ts';
export type { MoveIntoHouseholdInput, MoveOutOfHouseholdInput } from './ops/householdMoves.ts';
export { addAgency, updateAgency, removeAgency } from './ops/agencies.ts';
export type { AddAgencyInput } from './ops/agencies.ts';
export { addInvolvement, updateInvolvement, removeInvolvement } from './ops/involvements.ts';
export type { AddInvolvementInput } from './ops/involvements.ts';
export { addCaringRole, updateCaringRole, removeCaringRole } from './ops/caringRoles.ts';
export type { AddCaringRoleInput } from './ops/caringRoles.ts';
export {
  addEmotionalRelationship,
  updateEmotionalRelationship,
  removeEmotionalRelationship,
} from './ops/emotionalRelationships.ts';
export type { AddEmotionalRelationshipInput } from './ops/emotionalRelationships.ts';
export { addMultipleBirth, updateMultipleBirth, removeMultipleBirth } from './ops/multipleBirths.ts';
export { updateFamilyDetails, setSubjects } from './ops/familyDetails.ts';
export { recordChecklist, checklistRecordOf } from './ops/recordChecklist.ts';
export type { RecordChecklistOptions } from './ops/recordChecklist.ts';
export type { FamilyDetails } from './ops/familyDetails.ts';

// ── Queries (queries/) ───────────────────────────────────────────────────────
// (owned by the queries work; add exports here)
export {
  comparePartialDates,
  partialDateBounds,
  parsePartialDate,
  precisionOf,
  isLeapYear,
  daysInMonth,
} from './dates/partialDate.ts';
export type { DatePrecision, DateParts } from './dates/partialDate.ts';
export { isWithin } from './dates/isWithin.ts';
export type { DateRange } from './dates/isWithin.ts';
export { todayIsoDate, KINMAP_TIME_ZONE } from './dates/today.ts';
export { ageAt } from './dates/ageAt.ts';
export { birthFromAgeAsTold, formatAge } from './dates/ageAsTold.ts';
export type { Age, DeathDate } from './dates/ageAt.ts';
export { formatPartialDate } from './dates/format.ts';
export { indexFamily } from './queries/indexFamily.ts';
export type { FamilyIndex, HouseholdEntry } from './queries/indexFamily.ts';
export { getPerson, displayName, legalName } from './queries/people.ts';
export {
  parentsOf,
  childrenOf,
  birthParentsOf,
  birthChildrenOf,
  partnersOf,
  FAMILY_TREE_LINK_KINDS,
  BIRTH_LINK_KINDS,
} from './queries/relatives.ts';
export type { LinkedRelative, PartnerEntry, LinkQueryOptions } from './queries/relatives.ts';
export { siblingsOf } from './queries/siblings.ts';
export type { SiblingGroups } from './queries/siblings.ts';
export {
  partnershipStatusAt,
  isOngoingPartnershipStatus,
  isLegallyPartneredAt,
  everLegallyPartneredBy,
  PARTNERSHIP_STATUSES,
} from './queries/partnershipStatus.ts';
export type { PartnershipStatus } from './queries/partnershipStatus.ts';
export { householdMembersAt, householdsOf, currentHouseholds } from './queries/households.ts';
export type { HouseholdMemberEntry } from './queries/households.ts';
export { isAdult, ADULT_AGE } from './queries/isAdult.ts';
export { multipleBirthOf } from './queries/multipleBirth.ts';
export type { MultipleBirthEntry } from './queries/multipleBirth.ts';
export { kinshipTerm, kinshipTermsFrom } from './queries/kinship/kinshipTerm.ts';
export type { KinshipOptions } from './queries/kinship/kinshipTerm.ts';

// ── Checks against the minimum standard (checks/) ────────────────────────────
// (owned by the checks work; add exports here)
export { checkFamily } from './checks/checkFamily.ts';
export { isValidNhsNumber } from './checks/isValidNhsNumber.ts';
export { chartFlags } from './checks/chartFlags.ts';
export type { ChartFlags, ChartFlagsOptions } from './checks/chartFlags.ts';
export { STANDARD_ITEMS } from './checks/summary.ts';
export { DEFAULT_DISCREPANCY_AGE_DAYS, DEFAULT_STALE_AFTER_DAYS } from './checks/context.ts';
export type {
  CheckOptions,
  CheckResult,
  Finding,
  FindingSubject,
  FindingSubjectKind,
  Severity,
  StandardItem,
  StandardItemKey,
  StandardItemStart,
  StandardItemState,
  StandardSummary,
} from './checks/types.ts';

// ── Sharing: redaction profiles (share/) ─────────────────────────────────────
export { redactFamily } from './share/redactFamily.ts';
export { REDACTION_PROFILES, redactionOptIns } from './share/profiles.ts';
export type { RedactionProfile } from './share/profiles.ts';
export type {
  RedactOptions,
  RedactionInclude,
  RedactionDecision,
  RedactionResult,
  RedactionSummary,
} from './share/types.ts';
export { preShareFindings } from './share/preShareFindings.ts';
export type { PreShareRecord } from './share/preShareFindings.ts';

// ── Sharing: share records and field sources (format 3) ──────────────────────
export {
  ShareRecordSchema,
  ShareRecipientSchema,
  ShareConsentSchema,
  ShareSummarySchema,
  ShareFormatSchema,
  ConsentStateSchema,
  LawfulBasisSchema,
  SharingConditionSchema,
  DateTimeSchema,
  FieldSourceSchema,
  FieldSourceEntitySchema,
  FieldSourceKindSchema,
  MAX_SHARE_RECORDS,
  MAX_FIELD_SOURCES,
} from './schema/share.ts';
export type {
  ShareRecord,
  ShareRecipient,
  ShareConsent,
  ShareSummary,
  ShareFormat,
  ConsentState,
  LawfulBasis,
  SharingCondition,
  FieldSource,
  FieldSourceEntity,
  FieldSourceKind,
} from './schema/share.ts';
export { recordShare, recordFieldSource, shareSummaryOf } from './ops/shares.ts';
export type { ShareRecordInput, FieldSourceInput } from './ops/shares.ts';
