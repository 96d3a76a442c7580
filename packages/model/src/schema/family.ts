import { ChecklistRecordSchema, MAX_CHECKLIST_RECORDS } from './checklist.ts';
import { z } from 'zod';
import { FamilyIdSchema, PersonIdSchema } from '../ids.ts';
import { AgencySchema, InvolvementSchema } from './agency.ts';
import { CaringRoleSchema } from './caring.ts';
import { DatedStatementSchema, FullDateSchema, LongText, PartialDateSchema, ShortText } from './common.ts';
import { EmotionalRelationshipSchema } from './emotional.ts';
import { NotationProfile, PreparedWithFamily } from './enums.ts';
import { HouseholdSchema } from './household.ts';
import { PersonSchema } from './person.ts';
import { MultipleBirthSchema, ParentChildLinkSchema, PartnershipSchema } from './relationships.ts';
import { FieldSourcesSchema, SharesSchema } from './share.ts';

/** The JSON format version this build of @kinmap/model writes. */
export const FORMAT_VERSION = 3;

export const PreparedWithFamilySchema = z.strictObject({
  value: PreparedWithFamily,
  date: PartialDateSchema.optional(),
  present: ShortText.optional(),
  /** Why not, when `value` is `no` or `not_yet`. */
  reason: LongText.optional(),
});

/**
 * A family document: the people, their relationships and households, the agencies involved, and
 * the statements the minimum standard asks for. This is the unit of Kinmap's JSON format.
 */
export const FamilySchema = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION, { error: `must be ${FORMAT_VERSION} (this version of Kinmap)` }),
  id: FamilyIdSchema,
  title: ShortText,
  asAt: FullDateSchema.optional(),
  subjects: z.array(PersonIdSchema).default([]),
  preparedWithFamily: PreparedWithFamilySchema.optional(),
  statements: z
    .strictObject({
      noOtherAgencies: DatedStatementSchema.optional(),
      noSignificantOthers: DatedStatementSchema.optional(),
    })
    .default({}),
  notationProfile: NotationProfile.default('mcgoldrick'),
  people: z.array(PersonSchema).default([]),
  partnerships: z.array(PartnershipSchema).default([]),
  parentChildLinks: z.array(ParentChildLinkSchema).default([]),
  multipleBirths: z.array(MultipleBirthSchema).default([]),
  households: z.array(HouseholdSchema).default([]),
  emotionalRelationships: z.array(EmotionalRelationshipSchema).default([]),
  agencies: z.array(AgencySchema).default([]),
  involvements: z.array(InvolvementSchema).default([]),
  caringRoles: z.array(CaringRoleSchema).default([]),
  /** The checklist summary saved on each day the map was recorded, oldest first (`recordChecklist`). */
  checklistRecords: z
    .array(ChecklistRecordSchema)
    .max(MAX_CHECKLIST_RECORDS, { error: `must hold at most ${MAX_CHECKLIST_RECORDS} records` })
    .default([]),
  /** Each time a copy of the map was shared, oldest first (`recordShare`). Format 3. */
  shares: SharesSchema.default([]),
  /** Who recorded accepted facts, when and from which source (`recordFieldSource`). Format 3. */
  fieldSources: FieldSourcesSchema.default([]),
  updatedAt: z.string().max(40).optional(),
  notes: LongText.optional(),
});

/** A parsed, valid family document. Treat it as immutable: operations return new objects. */
export type Family = z.infer<typeof FamilySchema>;
/** What `FamilySchema` accepts before defaults are filled in. */
export type FamilyInput = z.input<typeof FamilySchema>;
