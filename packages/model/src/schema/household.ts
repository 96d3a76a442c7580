import * as z from 'zod/mini';
import { HouseholdIdSchema, PersonIdSchema } from '../ids.ts';
import { LongText, PartialDateSchema, ReporterSchema, ShortText } from './common.ts';
import { ConfirmationMethod, Membership, MembersConfirmed } from './enums.ts';

export const HouseholdMemberSchema = z.strictObject({
  person: PersonIdSchema,
  membership: z._default(Membership, 'resident'),
  from: z.optional(PartialDateSchema),
  to: z.optional(PartialDateSchema),
  /** How often a visitor or part-time member is there ("most weekends"). */
  frequency: z.optional(ShortText),
  reportedBy: z.optional(ReporterSchema),
});
export type HouseholdMember = z.infer<typeof HouseholdMemberSchema>;

/** Who lives in the house, over time. Members may be residents, part-time, visitors or temporary. */
export const HouseholdSchema = z.strictObject({
  id: HouseholdIdSchema,
  label: ShortText,
  address: z.optional(
    z.strictObject({
      text: z.optional(ShortText),
      postcode: z.optional(ShortText),
      /** Refuge, placement or adopters' address: never shown outside the case record. */
      confidential: z._default(z.boolean(), false),
    }),
  ),
  from: z.optional(PartialDateSchema),
  to: z.optional(PartialDateSchema),
  members: z._default(z.array(HouseholdMemberSchema), []),
  membersConfirmed: z.optional(
    z.strictObject({
      confirmed: MembersConfirmed,
      date: z.optional(PartialDateSchema),
      method: z.optional(ConfirmationMethod),
      note: z.optional(LongText),
    }),
  ),
  notes: z.optional(LongText),
});
export type Household = z.infer<typeof HouseholdSchema>;
