import { z } from 'zod';
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
  categoryOther: ShortText.optional(),
  name: ShortText,
  team: ShortText.optional(),
  contactByRole: ShortText.optional(),
  notes: LongText.optional(),
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
  roles: z.array(AgencyRole).default([]),
  status: InvolvementStatus.default('unknown'),
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
  strength: EcomapStrength.optional(),
  impact: EcomapImpact.optional(),
  quality: EcomapQuality.optional(),
  flow: EcomapFlow.optional(),
  invitedToMeetings: YesNoUnknown.default('not_asked'),
  notes: LongText.optional(),
});
export type Involvement = z.infer<typeof InvolvementSchema>;
