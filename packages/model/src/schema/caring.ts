import * as z from 'zod/mini';
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
  caredFor: z.optional(PersonIdSchema),
  role: CaringRoleType,
  careKinds: z._default(z.array(CareKind), []),
  hoursPerWeek: z.optional(
    z.strictObject({
      min: z.number().check(z.gte(0), z.lte(168)),
      max: z.optional(z.number().check(z.gte(0), z.lte(168))),
    }),
  ),
  since: z.optional(PartialDateSchema),
  /** When the caring stopped, if it has. */
  to: z.optional(PartialDateSchema),
  assessment: z._default(CarerAssessment, 'unknown'),
  appropriate: z._default(CareAppropriate, 'unknown'),
  impact: z.optional(LongText),
  notes: z.optional(LongText),
  provenance: z.optional(ProvenanceSchema),
});
export type CaringRole = z.infer<typeof CaringRoleSchema>;
