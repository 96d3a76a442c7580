import type { FormatMigration } from './types.ts';

/**
 * Every migration step, oldest first. Version 1 is the first released format, so there is nothing to
 * migrate yet. When version 2 arrives: add `v1-to-v2.ts` in this folder exporting a `FormatMigration`
 * with `from: 1, to: 2`, list it here, raise `FORMAT_VERSION`, and freeze a v2 example under
 * tests/fixtures/format/v2/ (see docs/format/migrations.md).
 */
export const MIGRATIONS: readonly FormatMigration[] = [];
