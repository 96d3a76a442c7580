import * as z from 'zod/mini';
import { AgencyIdSchema } from '../ids.ts';
import { LongText, PartialDateSchema, ShortText } from './common.ts';
import {
  CareLeaverCategory,
  CpCategory,
  LookedAfterBasis,
  SafeguardingCheckResult,
  StatusType,
} from './enums.ts';

/**
 * A dated safeguarding or legal status: a child's CIN or CP plan, looked-after status with its legal
 * basis; an adult's s42 enquiry, DoLS, s117 aftercare and so on. A person may have several at once.
 */
export const StatusSchema = z.strictObject({
  type: StatusType,
  from: z.optional(PartialDateSchema),
  to: z.optional(PartialDateSchema),
  cpCategory: z.optional(CpCategory),
  lookedAfterBasis: z.optional(LookedAfterBasis),
  careLeaverCategory: z.optional(CareLeaverCategory),
  /** Free detail such as the MHA section ("s3") or the decision capacity was assessed for. */
  detail: z.optional(ShortText),
  responsibleAuthority: z.optional(ShortText),
  note: z.optional(LongText),
});
export type Status = z.infer<typeof StatusSchema>;

/** A check of previous safeguarding history with one agency ("think wider family"). */
export const SafeguardingCheckSchema = z.strictObject({
  agency: z.optional(AgencyIdSchema),
  agencyLabel: z.optional(ShortText),
  date: z.optional(PartialDateSchema),
  result: SafeguardingCheckResult,
  summary: z.optional(LongText),
});
export type SafeguardingCheck = z.infer<typeof SafeguardingCheckSchema>;
