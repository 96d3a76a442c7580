import * as z from 'zod/mini';
import { EmotionalIdSchema, PersonIdSchema } from '../ids.ts';
import { LongText, PartialDateSchema, ReporterSchema, ShortText } from './common.ts';
import { EmotionalDirection, EmotionalType, EvidenceBasis } from './enums.ts';

/**
 * An emotional or interactional relationship drawn over the family structure. Abuse lines are
 * allegations, findings or convictions, so every one records its `basis` and who reported it.
 */
export const EmotionalRelationshipSchema = z.strictObject({
  id: EmotionalIdSchema,
  from: PersonIdSchema,
  to: PersonIdSchema,
  type: EmotionalType,
  /** Required in practice for `type: "other"` (checked as MS-25); shown as text, never HTML. */
  label: z.optional(ShortText),
  direction: z._default(EmotionalDirection, 'mutual'),
  intensity: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3))),
  basis: z._default(EvidenceBasis, 'unknown'),
  reportedBy: z.optional(ReporterSchema),
  since: z.optional(PartialDateSchema),
  until: z.optional(PartialDateSchema),
  notes: z.optional(LongText),
});
export type EmotionalRelationship = z.infer<typeof EmotionalRelationshipSchema>;
