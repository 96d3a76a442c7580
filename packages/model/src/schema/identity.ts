import * as z from 'zod/mini';
import { DiscrepancySchema, LongText, PartialDateSchema, ProvenanceSchema, ShortText } from './common.ts';
import { EthnicCategory, IdentifierType, NhsNumberTrace, YesNoUnknown } from './enums.ts';

const provenanced = {
  provenance: z.optional(ProvenanceSchema),
  discrepancies: z._default(z.array(DiscrepancySchema), []),
};

/** An NHS number: ten digits. The Modulus 11 check digit is checked by `checkFamily` (MS-12), not here. */
export const NhsNumberSchema = z.strictObject({
  value: z.string().check(z.regex(/^\d{10}$/, { error: 'must be ten digits with no spaces' })),
  trace: z._default(NhsNumberTrace, 'not_checked'),
  ...provenanced,
});

export const IdentifierSchema = z.strictObject({
  type: IdentifierType,
  label: z.optional(ShortText),
  value: ShortText,
  issuer: z.optional(ShortText),
  ...provenanced,
});

export const EthnicitySchema = z.strictObject({ code: EthnicCategory, ...provenanced });

export const LanguagesSchema = z.strictObject({
  first: z.optional(ShortText),
  preferred: z.optional(ShortText),
  interpreterNeeded: z._default(YesNoUnknown, 'not_asked'),
  communicationNeeds: z.optional(LongText),
  ...provenanced,
});

/**
 * The "identity set": the identifying details partner agencies use to match a person. Each item
 * records its source and verification, and any differing value another agency reported.
 */
export const IdentitySetSchema = z.strictObject({
  nhsNumber: z.optional(NhsNumberSchema),
  nhsNumberNotRecordedReason: z.optional(ShortText),
  otherIdentifiers: z._default(z.array(IdentifierSchema), []),
  ethnicity: z.optional(EthnicitySchema),
  languages: z.optional(LanguagesSchema),
  religion: z.optional(ShortText),
  nationality: z._default(z.array(ShortText), []),
  gpPractice: z.optional(ShortText),
  schoolOrSetting: z.optional(ShortText),
  nameProvenance: z.optional(ProvenanceSchema),
  nameDiscrepancies: z._default(z.array(DiscrepancySchema), []),
  birthDateProvenance: z.optional(ProvenanceSchema),
  birthDateDiscrepancies: z._default(z.array(DiscrepancySchema), []),
  checkedBetweenAgenciesOn: z.optional(PartialDateSchema),
});
export type IdentitySet = z.infer<typeof IdentitySetSchema>;
