import { z } from 'zod';
import { DiscrepancySchema, LongText, PartialDateSchema, ProvenanceSchema, ShortText } from './common.ts';
import { EthnicCategory, IdentifierType, NhsNumberTrace, YesNoUnknown } from './enums.ts';

const provenanced = {
  provenance: ProvenanceSchema.optional(),
  discrepancies: z.array(DiscrepancySchema).default([]),
};

/** An NHS number: ten digits. The Modulus 11 check digit is checked by `checkFamily` (MS-12), not here. */
export const NhsNumberSchema = z.strictObject({
  value: z.string().regex(/^\d{10}$/, { error: 'must be ten digits with no spaces' }),
  trace: NhsNumberTrace.default('not_checked'),
  ...provenanced,
});

export const IdentifierSchema = z.strictObject({
  type: IdentifierType,
  label: ShortText.optional(),
  value: ShortText,
  issuer: ShortText.optional(),
  ...provenanced,
});

export const EthnicitySchema = z.strictObject({ code: EthnicCategory, ...provenanced });

export const LanguagesSchema = z.strictObject({
  first: ShortText.optional(),
  preferred: ShortText.optional(),
  interpreterNeeded: YesNoUnknown.default('not_asked'),
  communicationNeeds: LongText.optional(),
  ...provenanced,
});

/**
 * The "identity set": the identifying details partner agencies use to match a person. Each item
 * records its source and verification, and any differing value another agency reported.
 */
export const IdentitySetSchema = z.strictObject({
  nhsNumber: NhsNumberSchema.optional(),
  nhsNumberNotRecordedReason: ShortText.optional(),
  otherIdentifiers: z.array(IdentifierSchema).default([]),
  ethnicity: EthnicitySchema.optional(),
  languages: LanguagesSchema.optional(),
  religion: ShortText.optional(),
  nationality: z.array(ShortText).default([]),
  gpPractice: ShortText.optional(),
  schoolOrSetting: ShortText.optional(),
  nameProvenance: ProvenanceSchema.optional(),
  nameDiscrepancies: z.array(DiscrepancySchema).default([]),
  birthDateProvenance: ProvenanceSchema.optional(),
  birthDateDiscrepancies: z.array(DiscrepancySchema).default([]),
  checkedBetweenAgenciesOn: PartialDateSchema.optional(),
});
export type IdentitySet = z.infer<typeof IdentitySetSchema>;
