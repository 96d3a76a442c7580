import { z } from 'zod';
import { LinkIdSchema, MultipleBirthIdSchema, PartnershipIdSchema, PersonIdSchema } from '../ids.ts';
import { LongText, PartialDateSchema, ProvenanceSchema, ShortText } from './common.ts';
import {
  LinkConfidence,
  ParentalResponsibility,
  ParentChildKind,
  PartnershipEventType,
  PartnershipKind,
  Zygosity,
} from './enums.ts';

export const PartnershipEventSchema = z.strictObject({
  type: PartnershipEventType,
  date: PartialDateSchema.optional(),
  estimated: z.boolean().default(false),
});
export type PartnershipEvent = z.infer<typeof PartnershipEventSchema>;

/**
 * Two partners and the dated events of their relationship. The order of `partners` is a layout hint
 * only; the current status is derived from the events as at a date (`partnershipStatusAt`).
 */
export const PartnershipSchema = z.strictObject({
  id: PartnershipIdSchema,
  partners: z.tuple([PersonIdSchema, PersonIdSchema]),
  kind: PartnershipKind.default('unknown'),
  kindOther: ShortText.optional(),
  events: z.array(PartnershipEventSchema).default([]),
  consanguinity: z.strictObject({ degree: ShortText.optional() }).optional(),
  secret: z.boolean().default(false),
  provenance: ProvenanceSchema.optional(),
  notes: LongText.optional(),
});
export type Partnership = z.infer<typeof PartnershipSchema>;

/**
 * One parent's link to one child. `partnership` says which couple the child descends from when both
 * parents are on the map (needed to place half-siblings under the right couple).
 */
export const ParentChildLinkSchema = z.strictObject({
  id: LinkIdSchema,
  parent: PersonIdSchema,
  child: PersonIdSchema,
  partnership: PartnershipIdSchema.optional(),
  kind: ParentChildKind.default('birth'),
  kindOther: ShortText.optional(),
  parentalResponsibility: ParentalResponsibility.default('not_asked'),
  legalBasis: z
    .strictObject({ order: ShortText, date: PartialDateSchema.optional(), court: ShortText.optional() })
    .optional(),
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
  confidence: LinkConfidence.default('reported'),
  provenance: ProvenanceSchema.optional(),
  notes: LongText.optional(),
});
export type ParentChildLink = z.infer<typeof ParentChildLinkSchema>;

/** Twins, triplets and other multiple births, drawn from one point; identical (mz) get a bar. */
export const MultipleBirthSchema = z.strictObject({
  id: MultipleBirthIdSchema,
  members: z.array(PersonIdSchema).min(2, { error: 'must list at least two people' }),
  zygosity: Zygosity.default('unknown'),
});
export type MultipleBirth = z.infer<typeof MultipleBirthSchema>;
