import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Migration } from './migrate.ts';

/** The folder of the portal's migrations: one node-pg-migrate SQL file each, `0001_name.sql`, … */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

const FILE_NAME = /^(\d{4})_([a-z0-9-]+)\.sql$/;

/**
 * The portal's schema, one migration at a time, read from the SQL files in `migrations/`. Never edit
 * a migration that has shipped: add a file. A file `0004_inbox-flags.sql` is migration 4, named
 * `inbox flags`.
 *
 * @example
 * MIGRATIONS.map((m) => m.name); // ['portal foundation', …, 'map versions']
 */
export const MIGRATIONS: readonly Migration[] = readdirSync(MIGRATIONS_DIR)
  .filter((file) => file.endsWith('.sql'))
  .sort()
  .map((file) => {
    const match = FILE_NAME.exec(file);
    if (!match) throw new Error(`migration file names look like 0004_inbox-flags.sql (got "${file}")`);
    return {
      version: Number(match[1]),
      name: match[2]!.replaceAll('-', ' '),
      sql: readFileSync(new URL(`./migrations/${file}`, import.meta.url), 'utf8'),
    };
  });
