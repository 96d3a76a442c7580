import * as z from 'zod/mini';
import { PersonIdSchema } from '../ids.ts';
import { LongText, PartialDateSchema, ShortText } from './common.ts';
import {
  ImmigrationStatus,
  LimitedLeaveType,
  Nrpf,
  NrpfEvidence,
  SupportUnder,
  YesNoUnknown,
} from './enums.ts';

/**
 * Immigration status and No Recourse to Public Funds, recorded separately (NRPF alone says nothing
 * about the status). Kinmap records; it never advises: there is no "eligible for" field.
 */
export const ImmigrationSchema = z.strictObject({
  status: z._default(ImmigrationStatus, 'not_asked'),
  statusOther: z.optional(ShortText),
  limitedLeaveType: z.optional(LimitedLeaveType),
  nrpf: z._default(Nrpf, 'not_asked'),
  nrpfLiftedOn: z.optional(PartialDateSchema),
  evidence: z.optional(NrpfEvidence),
  checkedOn: z.optional(PartialDateSchema),
  checkedBy: z.optional(ShortText),
  leaveExpiry: z.optional(PartialDateSchema),
  sponsor: z.optional(PersonIdSchema),
  supportUnder: z.optional(SupportUnder),
  referredForImmigrationAdvice: z.optional(
    z.strictObject({
      referred: YesNoUnknown,
      date: z.optional(PartialDateSchema),
      organisation: z.optional(ShortText),
    }),
  ),
  notes: z.optional(LongText),
});
export type Immigration = z.infer<typeof ImmigrationSchema>;
