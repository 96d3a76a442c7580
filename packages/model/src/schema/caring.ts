import { z } from 'zod';
import { CaringRoleIdSchema, PersonIdSchema } from '../ids.ts';
import { LongText, PartialDateSchema, ProvenanceSchema } from './common.ts';
import { CareAppropriate, CareKind, CarerAssessment, CaringRoleType } from './enums.ts';

/** One person caring for another: who, what kind of care, how much, since when, and whether assessed. */
export const CaringRoleSchema = z.strictObject({
  id: CaringRoleIdSchema,
  carer: PersonIdSchema,
  caredFor: PersonIdSchema,
  role: CaringRoleType,
  careKinds: z.array(CareKind).default([]),
  hoursPerWeek: z
    .strictObject({ min: z.number().min(0).max(168), max: z.number().min(0).max(168).optional() })
    .optional(),
  since: PartialDateSchema.optional(),
  assessment: CarerAssessment.default('unknown'),
  appropriate: CareAppropriate.default('unknown'),
  impact: LongText.optional(),
  provenance: ProvenanceSchema.optional(),
});
export type CaringRole = z.infer<typeof CaringRoleSchema>;
