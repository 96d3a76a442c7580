import { z } from 'zod';
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
  given: ShortText.optional(),
  family: ShortText.optional(),
  note: ShortText.optional(),
});

/** Legal names, the name a person is known by, and every other name agencies may hold. */
export const NamesSchema = z.strictObject({
  given: ShortText.optional(),
  family: ShortText.optional(),
  knownAs: ShortText.optional(),
  other: z.array(OtherNameSchema).default([]),
});
export type Names = z.infer<typeof NamesSchema>;

export const DeathSchema = z.strictObject({
  date: PartialDateSchema.optional(),
  estimated: z.boolean().default(false),
  cause: LongText.optional(),
});

export const PregnancySchema = z.strictObject({
  edd: PartialDateSchema.optional(),
  gestationWeeks: z.number().int().min(0).max(45).optional(),
});

export const LossSchema = z.strictObject({
  outcome: LossOutcome,
  date: PartialDateSchema.optional(),
  gestationWeeks: z.number().int().min(0).max(45).optional(),
  sex: SexAtBirth.optional(),
});

export const PlaceholderSchema = z.strictObject({
  reasonUnknown: ReasonUnknown,
  note: ShortText.optional(),
});

/**
 * A member of the family map: a person, an ongoing pregnancy, a pregnancy loss, a placeholder for an
 * unknown parent, or a pet. Gender identity draws the symbol; sex at birth is a separate field.
 */
export const PersonSchema = z.strictObject({
  id: PersonIdSchema,
  kind: PersonKind.default('person'),
  names: NamesSchema.default({ other: [] }),
  sexAtBirth: SexAtBirth.default('not_asked'),
  genderIdentity: GenderIdentity.default('not_asked'),
  genderSelfDescribed: ShortText.optional(),
  pronouns: ShortText.optional(),
  birth: ApproxDateSchema.optional(),
  vitalStatus: VitalStatus.default('living'),
  death: DeathSchema.optional(),
  pregnancy: PregnancySchema.optional(),
  loss: LossSchema.optional(),
  placeholder: PlaceholderSchema.optional(),
  petSpecies: ShortText.optional(),
  /** For a symbol standing for several people ("3 siblings abroad"); 0 means "number not known". */
  count: z.number().int().min(0).max(99).optional(),
  significance: Significance.default('family'),
  /** How a significant other matters to the family ("neighbour who collects the children"). */
  role: ShortText.optional(),
  identity: IdentitySetSchema.optional(),
  immigration: ImmigrationSchema.optional(),
  statuses: z.array(StatusSchema).default([]),
  safeguardingChecks: z.array(SafeguardingCheckSchema).default([]),
  caringAsked: CaringAsked.default('not_asked'),
  provenance: ProvenanceSchema.optional(),
  /** Per-field sensitivity overrides, keyed by field name (e.g. `"names"` for a person in hiding). */
  sensitivity: z.record(z.string(), SensitivityClass).optional(),
  notes: LongText.optional(),
});
export type Person = z.infer<typeof PersonSchema>;
export type PersonInput = z.input<typeof PersonSchema>;
