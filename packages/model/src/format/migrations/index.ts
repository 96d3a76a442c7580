import type { FormatMigration } from './types.ts';
import { v1ToV2 } from './v1-to-v2.ts';
import { v2ToV3 } from './v2-to-v3.ts';

/**
 * Every migration step, oldest first. To add version n+1: add `v<n>-to-v<n+1>.ts` in this folder
 * exporting a `FormatMigration` with `from: n, to: n + 1`, list it here, raise `FORMAT_VERSION`, and
 * freeze an example under tests/fixtures/format/ (see docs/format/migrations.md).
 */
export const MIGRATIONS: readonly FormatMigration[] = [v1ToV2, v2ToV3];
