import * as z from 'zod/mini';
import { PersonIdSchema } from '../ids.ts';
import { ApproxDateSchema, LongText, PartialDateSchema, ProvenanceSchema, ShortText } from './common.ts';
import {
  CaringAsked,
  GenderIdentity,
  LossOutcome,
  PersonKind,
  ReasonUnknown,
  SensitivityClass,
  SexAtBirth,
  Significance,
  VitalStatus,
} from './enums.ts';
import { IdentitySetSchema } from './identity.ts';
import { ImmigrationSchema } from './immigration.ts';
import { SafeguardingCheckSchema, StatusSchema } from './statuses.ts';

export const OtherNameSchema = z.strictObject({
  type: z.enum(['birth', 'previous', 'married', 'alias', 'spelling', 'transliteration', 'other']),
  given: z.optional(ShortText),
  family: z.optional(ShortText),
  note: z.optional(ShortText),
});

/** Legal names, the name a person is known by, and every other name agencies may hold. */
export const NamesSchema = z.strictObject({
  given: z.optional(ShortText),
  family: z.optional(ShortText),
  knownAs: z.optional(ShortText),
  other: z._default(z.array(OtherNameSchema), []),
});
export type Names = z.infer<typeof NamesSchema>;

export const DeathSchema = z.strictObject({
  date: z.optional(PartialDateSchema),
  estimated: z._default(z.boolean(), false),
  cause: z.optional(LongText),
});

export const PregnancySchema = z.strictObject({
  edd: z.optional(PartialDateSchema),
  gestationWeeks: z.optional(z.number().check(z.int(), z.gte(0), z.lte(45))),
});

export const LossSchema = z.strictObject({
  outcome: LossOutcome,
  date: z.optional(PartialDateSchema),
  gestationWeeks: z.optional(z.number().check(z.int(), z.gte(0), z.lte(45))),
  sex: z.optional(SexAtBirth),
});

export const PlaceholderSchema = z.strictObject({
  reasonUnknown: ReasonUnknown,
  note: z.optional(ShortText),
});

/**
 * A member of the family map: a person, an ongoing pregnancy, a pregnancy loss, a placeholder for an
 * unknown parent, or a pet. Gender identity draws the symbol; sex at birth is a separate field.
 */
export const PersonSchema = z.strictObject({
  id: PersonIdSchema,
  kind: z._default(PersonKind, 'person'),
  names: z._default(NamesSchema, { other: [] }),
  sexAtBirth: z._default(SexAtBirth, 'not_asked'),
  genderIdentity: z._default(GenderIdentity, 'not_asked'),
  genderSelfDescribed: z.optional(ShortText),
  pronouns: z.optional(ShortText),
  birth: z.optional(ApproxDateSchema),
  vitalStatus: z._default(VitalStatus, 'living'),
  death: z.optional(DeathSchema),
  pregnancy: z.optional(PregnancySchema),
  loss: z.optional(LossSchema),
  placeholder: z.optional(PlaceholderSchema),
  petSpecies: z.optional(ShortText),
  /** For a symbol standing for several people ("3 siblings abroad"); 0 means "number not known". */
  count: z.optional(z.number().check(z.int(), z.gte(0), z.lte(99))),
  significance: z._default(Significance, 'family'),
  /** How a significant other matters to the family ("neighbour who collects the children"). */
  role: z.optional(ShortText),
  identity: z.optional(IdentitySetSchema),
  immigration: z.optional(ImmigrationSchema),
  statuses: z._default(z.array(StatusSchema), []),
  safeguardingChecks: z._default(z.array(SafeguardingCheckSchema), []),
  caringAsked: z._default(CaringAsked, 'not_asked'),
  provenance: z.optional(ProvenanceSchema),
  /** Per-field sensitivity overrides, keyed by field name (e.g. `"names"` for a person in hiding). */
  sensitivity: z.optional(z.record(z.string(), SensitivityClass)),
  notes: z.optional(LongText),
});
export type Person = z.infer<typeof PersonSchema>;
export type PersonInput = z.input<typeof PersonSchema>;
