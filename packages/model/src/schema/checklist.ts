import * as z from 'zod/mini';
import { FullDateSchema } from './common.ts';

/** The keys of the eight minimum-standard items, as stored in a checklist record. */
export const StandardItemKeySchema = z.enum([
  'household',
  'significantPeople',
  'agencies',
  'nrpf',
  'identity',
  'caringRoles',
  'safeguardingHistory',
  'preparedWithFamily',
]);

/** Where a minimum-standard item stood: not started, not met, met with warnings, or met. */
export const StandardItemStateSchema = z.enum(['not_started', 'not_met', 'met_with_warnings', 'met']);

/** Most checklist records kept with one map: a year of daily saves. The oldest go first past this. */
export const MAX_CHECKLIST_RECORDS = 366;

const Count = z.number().check(z.int(), z.gte(0), z.lte(1000000));

/**
 * The checklist as it stood on one day, saved with the map so "5 of 8 met on 7 Dec" is a record,
 * not a moment: the summary counts and each item's state and warnings. Written by `recordChecklist`.
 */
export const ChecklistRecordSchema = z.strictObject({
  date: FullDateSchema,
  met: Count,
  total: Count,
  warnings: Count,
  notStarted: Count,
  items: z
    .array(
      z.strictObject({
        key: StandardItemKeySchema,
        state: StandardItemStateSchema,
        warnings: Count,
      }),
    )
    .check(z.maxLength(8, { error: 'must list at most the 8 items of the standard' })),
});
export type ChecklistRecord = z.infer<typeof ChecklistRecordSchema>;
