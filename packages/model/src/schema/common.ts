import * as z from 'zod/mini';
import { AgencyIdSchema, PersonIdSchema } from '../ids.ts';
import { Verification } from './enums.ts';

/** Longest free text accepted in one field (characters). Documented in docs/model.md. */
export const MAX_TEXT = 10_000;
/** Longest short text (names, labels, identifiers) accepted (characters). */
export const MAX_SHORT_TEXT = 500;

export const ShortText = z
  .string()
  .check(z.maxLength(MAX_SHORT_TEXT, { error: `must be at most ${MAX_SHORT_TEXT} characters` }));
export const LongText = z
  .string()
  .check(z.maxLength(MAX_TEXT, { error: `must be at most ${MAX_TEXT} characters` }));

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealPartialDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined || y === undefined) return true;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = m === 2 && !leap ? 28 : (DAYS_IN_MONTH[m - 1] ?? 31);
  return d >= 1 && d <= max;
}

/**
 * A date known to a year, a month or a day: `"2019"`, `"2019-03"` or `"2019-03-14"` (ISO 8601 order).
 */
export const PartialDateSchema = z
  .string({ error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD' })
  .check(
    z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD' }),
  )
  .check(z.refine(isRealPartialDate, { error: 'is not a real calendar date' }));
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** A full calendar date, `YYYY-MM-DD`. */
export const FullDateSchema = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD' }))
  .check(z.refine(isRealPartialDate, { error: 'is not a real calendar date' }));

/** A partial date that may be an estimate ("about 1980"), with the basis of the estimate. */
export const ApproxDateSchema = z.strictObject({
  date: PartialDateSchema,
  estimated: z._default(z.boolean(), false),
  basis: z.optional(ShortText),
});
export type ApproxDate = z.infer<typeof ApproxDateSchema>;

/** Who supplied a piece of information and how far it has been checked. */
export const ProvenanceSchema = z.strictObject({
  sourceAgency: z.optional(AgencyIdSchema),
  sourceLabel: z.optional(ShortText),
  enteredBy: z.optional(ShortText),
  recordedAt: z.optional(PartialDateSchema),
  verification: z._default(Verification, 'unverified'),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** A value another agency holds that differs from ours. Kept side by side, never overwritten. */
export const DiscrepancySchema = z.strictObject({
  value: ShortText,
  reportedByAgency: z.optional(AgencyIdSchema),
  reportedByLabel: z.optional(ShortText),
  reportedAt: z.optional(PartialDateSchema),
  notifiedAgencies: z._default(z.array(AgencyIdSchema), []),
  resolved: z._default(z.boolean(), false),
  resolution: z.optional(LongText),
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;

/** Who reported something: a person in the family, an agency, or a named practitioner role. */
export const ReporterSchema = z.strictObject({
  person: z.optional(PersonIdSchema),
  agency: z.optional(AgencyIdSchema),
  label: z.optional(ShortText),
});
export type Reporter = z.infer<typeof ReporterSchema>;

/** A dated explicit statement, such as "no other agencies involved". */
export const DatedStatementSchema = z.strictObject({
  date: PartialDateSchema,
  by: z.optional(ShortText),
  note: z.optional(LongText),
});
export type DatedStatement = z.infer<typeof DatedStatementSchema>;
