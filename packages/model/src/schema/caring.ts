import { z } from 'zod';
import { CaringRoleIdSchema, PersonIdSchema } from '../ids.ts';
import { LongText, PartialDateSchema, ProvenanceSchema } from './common.ts';
import { CareAppropriate, CareKind, CarerAssessment, CaringRoleType } from './enums.ts';

/**
 * One person caring for another: who, what kind of care, how much, since when, and whether assessed.
 * The one place a caring role is recorded (a young carer too: format v2 has no `young_carer` status).
 * `caredFor` may be left out while the family has not said whom the person cares for; `checkFamily`
 * then asks for it (MS-14).
 */
export const CaringRoleSchema = z.strictObject({
  id: CaringRoleIdSchema,
  carer: PersonIdSchema,
  caredFor: PersonIdSchema.optional(),
  role: CaringRoleType,
  careKinds: z.array(CareKind).default([]),
  hoursPerWeek: z
    .strictObject({ min: z.number().min(0).max(168), max: z.number().min(0).max(168).optional() })
    .optional(),
  since: PartialDateSchema.optional(),
  /** When the caring stopped, if it has. */
  to: PartialDateSchema.optional(),
  assessment: CarerAssessment.default('unknown'),
  appropriate: CareAppropriate.default('unknown'),
  impact: LongText.optional(),
  notes: LongText.optional(),
  provenance: ProvenanceSchema.optional(),
});
export type CaringRole = z.infer<typeof CaringRoleSchema>;
