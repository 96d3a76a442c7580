import { z } from 'zod';
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
  status: ImmigrationStatus.default('not_asked'),
  statusOther: ShortText.optional(),
  limitedLeaveType: LimitedLeaveType.optional(),
  nrpf: Nrpf.default('not_asked'),
  nrpfLiftedOn: PartialDateSchema.optional(),
  evidence: NrpfEvidence.optional(),
  checkedOn: PartialDateSchema.optional(),
  checkedBy: ShortText.optional(),
  leaveExpiry: PartialDateSchema.optional(),
  sponsor: PersonIdSchema.optional(),
  supportUnder: SupportUnder.optional(),
  referredForImmigrationAdvice: z
    .strictObject({
      referred: YesNoUnknown,
      date: PartialDateSchema.optional(),
      organisation: ShortText.optional(),
    })
    .optional(),
  notes: LongText.optional(),
});
export type Immigration = z.infer<typeof ImmigrationSchema>;
