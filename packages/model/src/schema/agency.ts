import * as z from 'zod/mini';
import { AgencyIdSchema, HouseholdIdSchema, InvolvementIdSchema, PersonIdSchema } from '../ids.ts';
import { LongText, PartialDateSchema, ShortText } from './common.ts';
import {
  AgencyCategory,
  AgencyRole,
  EcomapFlow,
  EcomapImpact,
  EcomapQuality,
  EcomapStrength,
  InvolvementStatus,
  YesNoUnknown,
} from './enums.ts';

/** An agency or resource on the ecomap. Contact is by role, never a personal number. */
export const AgencySchema = z.strictObject({
  id: AgencyIdSchema,
  category: AgencyCategory,
  categoryOther: z.optional(ShortText),
  name: ShortText,
  team: z.optional(ShortText),
  contactByRole: z.optional(ShortText),
  notes: z.optional(LongText),
});
export type Agency = z.infer<typeof AgencySchema>;

/** Whom an involvement is with: one person, one household, or the whole family. */
export const InvolvementTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), person: PersonIdSchema }),
  z.strictObject({ kind: z.literal('household'), household: HouseholdIdSchema }),
  z.strictObject({ kind: z.literal('family') }),
]);
export type InvolvementTarget = z.infer<typeof InvolvementTargetSchema>;

/** An agency's involvement with the family, with its roles, status and ecomap line. */
export const InvolvementSchema = z.strictObject({
  id: InvolvementIdSchema,
  agency: AgencyIdSchema,
  with: InvolvementTargetSchema,
  roles: z._default(z.array(AgencyRole), []),
  status: z._default(InvolvementStatus, 'unknown'),
  from: z.optional(PartialDateSchema),
  to: z.optional(PartialDateSchema),
  strength: z.optional(EcomapStrength),
  impact: z.optional(EcomapImpact),
  quality: z.optional(EcomapQuality),
  flow: z.optional(EcomapFlow),
  invitedToMeetings: z._default(YesNoUnknown, 'not_asked'),
  notes: z.optional(LongText),
});
export type Involvement = z.infer<typeof InvolvementSchema>;
