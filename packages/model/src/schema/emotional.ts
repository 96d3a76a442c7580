import { z } from 'zod';
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
  label: ShortText.optional(),
  direction: EmotionalDirection.default('mutual'),
  intensity: z.number().int().min(1).max(3).optional(),
  basis: EvidenceBasis.default('unknown'),
  reportedBy: ReporterSchema.optional(),
  since: PartialDateSchema.optional(),
  until: PartialDateSchema.optional(),
  notes: LongText.optional(),
});
export type EmotionalRelationship = z.infer<typeof EmotionalRelationshipSchema>;
