/**
 * One step of the format's history: turns a document of version `from` into a document of version
 * `from + 1`. It receives a private copy (plain JSON data, never the caller's object) and returns the
 * upgraded document; `formatVersion` is set to `to` for it.
 *
 * @example
 * export const v1ToV2: FormatMigration = {
 *   from: 1,
 *   to: 2,
 *   description: 'households[].label became households[].name',
 *   migrate: (doc) => ({ ...doc, households: (doc.households as object[] ?? []).map(renameLabel) }),
 * };
 */
export interface FormatMigration {
  readonly from: number;
  readonly to: number;
  /** What changed, in one sentence, for the migration notes in docs/format/. */
  readonly description: string;
  readonly migrate: (document: Record<string, unknown>) => Record<string, unknown>;
}
