import { z } from 'zod';
import { HouseholdIdSchema, PersonIdSchema } from '../ids.ts';
import { LongText, PartialDateSchema, ReporterSchema, ShortText } from './common.ts';
import { ConfirmationMethod, Membership, MembersConfirmed } from './enums.ts';

export const HouseholdMemberSchema = z.strictObject({
  person: PersonIdSchema,
  membership: Membership.default('resident'),
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
  /** How often a visitor or part-time member is there ("most weekends"). */
  frequency: ShortText.optional(),
  reportedBy: ReporterSchema.optional(),
});
export type HouseholdMember = z.infer<typeof HouseholdMemberSchema>;

/** Who lives in the house, over time. Members may be residents, part-time, visitors or temporary. */
export const HouseholdSchema = z.strictObject({
  id: HouseholdIdSchema,
  label: ShortText,
  address: z
    .strictObject({
      text: ShortText.optional(),
      postcode: ShortText.optional(),
      /** Refuge, placement or adopters' address: never shown outside the case record. */
      confidential: z.boolean().default(false),
    })
    .optional(),
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
  members: z.array(HouseholdMemberSchema).default([]),
  membersConfirmed: z
    .strictObject({
      confirmed: MembersConfirmed,
      date: PartialDateSchema.optional(),
      method: ConfirmationMethod.optional(),
      note: LongText.optional(),
    })
    .optional(),
  notes: LongText.optional(),
});
export type Household = z.infer<typeof HouseholdSchema>;
