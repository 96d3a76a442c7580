import * as z from 'zod/mini';
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
  date: z.optional(PartialDateSchema),
  estimated: z._default(z.boolean(), false),
});
export type PartnershipEvent = z.infer<typeof PartnershipEventSchema>;

/**
 * Two partners and the dated events of their relationship. The order of `partners` is a layout hint
 * only; the current status is derived from the events as at a date (`partnershipStatusAt`).
 */
export const PartnershipSchema = z.strictObject({
  id: PartnershipIdSchema,
  partners: z.tuple([PersonIdSchema, PersonIdSchema]),
  kind: z._default(PartnershipKind, 'unknown'),
  kindOther: z.optional(ShortText),
  events: z._default(z.array(PartnershipEventSchema), []),
  consanguinity: z.optional(z.strictObject({ degree: z.optional(ShortText) })),
  secret: z._default(z.boolean(), false),
  provenance: z.optional(ProvenanceSchema),
  notes: z.optional(LongText),
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
  partnership: z.optional(PartnershipIdSchema),
  kind: z._default(ParentChildKind, 'birth'),
  kindOther: z.optional(ShortText),
  parentalResponsibility: z._default(ParentalResponsibility, 'not_asked'),
  legalBasis: z.optional(
    z.strictObject({ order: ShortText, date: z.optional(PartialDateSchema), court: z.optional(ShortText) }),
  ),
  from: z.optional(PartialDateSchema),
  to: z.optional(PartialDateSchema),
  confidence: z._default(LinkConfidence, 'reported'),
  provenance: z.optional(ProvenanceSchema),
  notes: z.optional(LongText),
});
export type ParentChildLink = z.infer<typeof ParentChildLinkSchema>;

/** Twins, triplets and other multiple births, drawn from one point; identical (mz) get a bar. */
export const MultipleBirthSchema = z.strictObject({
  id: MultipleBirthIdSchema,
  members: z.array(PersonIdSchema).check(z.minLength(2, { error: 'must list at least two people' })),
  zygosity: z._default(Zygosity, 'unknown'),
});
export type MultipleBirth = z.infer<typeof MultipleBirthSchema>;
