import { ChecklistRecordSchema, MAX_CHECKLIST_RECORDS } from './checklist.ts';
import * as z from 'zod/mini';
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
  date: z.optional(PartialDateSchema),
  present: z.optional(ShortText),
  /** Why not, when `value` is `no` or `not_yet`. */
  reason: z.optional(LongText),
});

/**
 * A family document: the people, their relationships and households, the agencies involved, and
 * the statements the minimum standard asks for. This is the unit of Kinmap's JSON format.
 */
export const FamilySchema = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION, { error: `must be ${FORMAT_VERSION} (this version of Kinmap)` }),
  id: FamilyIdSchema,
  title: ShortText,
  asAt: z.optional(FullDateSchema),
  subjects: z._default(z.array(PersonIdSchema), []),
  preparedWithFamily: z.optional(PreparedWithFamilySchema),
  statements: z._default(
    z.strictObject({
      noOtherAgencies: z.optional(DatedStatementSchema),
      noSignificantOthers: z.optional(DatedStatementSchema),
    }),
    {},
  ),
  notationProfile: z._default(NotationProfile, 'mcgoldrick'),
  people: z._default(z.array(PersonSchema), []),
  partnerships: z._default(z.array(PartnershipSchema), []),
  parentChildLinks: z._default(z.array(ParentChildLinkSchema), []),
  multipleBirths: z._default(z.array(MultipleBirthSchema), []),
  households: z._default(z.array(HouseholdSchema), []),
  emotionalRelationships: z._default(z.array(EmotionalRelationshipSchema), []),
  agencies: z._default(z.array(AgencySchema), []),
  involvements: z._default(z.array(InvolvementSchema), []),
  caringRoles: z._default(z.array(CaringRoleSchema), []),
  /** The checklist summary saved on each day the map was recorded, oldest first (`recordChecklist`). */
  checklistRecords: z._default(
    z
      .array(ChecklistRecordSchema)
      .check(
        z.maxLength(MAX_CHECKLIST_RECORDS, { error: `must hold at most ${MAX_CHECKLIST_RECORDS} records` }),
      ),
    [],
  ),
  /** Each time a copy of the map was shared, oldest first (`recordShare`). Format 3. */
  shares: z._default(SharesSchema, []),
  /** Who recorded accepted facts, when and from which source (`recordFieldSource`). Format 3. */
  fieldSources: z._default(FieldSourcesSchema, []),
  updatedAt: z.optional(z.string().check(z.maxLength(40))),
  notes: z.optional(LongText),
});

/** A parsed, valid family document. Treat it as immutable: operations return new objects. */
export type Family = z.infer<typeof FamilySchema>;
/** What `FamilySchema` accepts before defaults are filled in. */
export type FamilyInput = z.input<typeof FamilySchema>;
