import { z } from 'zod';
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
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
  cpCategory: CpCategory.optional(),
  lookedAfterBasis: LookedAfterBasis.optional(),
  careLeaverCategory: CareLeaverCategory.optional(),
  /** Free detail such as the MHA section ("s3") or the decision capacity was assessed for. */
  detail: ShortText.optional(),
  responsibleAuthority: ShortText.optional(),
  note: LongText.optional(),
});
export type Status = z.infer<typeof StatusSchema>;

/** A check of previous safeguarding history with one agency ("think wider family"). */
export const SafeguardingCheckSchema = z.strictObject({
  agency: AgencyIdSchema.optional(),
  agencyLabel: ShortText.optional(),
  date: PartialDateSchema.optional(),
  result: SafeguardingCheckResult,
  summary: LongText.optional(),
});
export type SafeguardingCheck = z.infer<typeof SafeguardingCheckSchema>;
