/**
 * One step of the format's history: turns a document of version `from` into a document of version
 * `from + 1`. It receives a private copy (plain JSON data, never the caller's object) and returns the
 * upgraded document, including its new `formatVersion`.
 */
export interface FormatMigration {
  readonly from: number;
  readonly to: number;
  /** What changed, in one sentence, for the migration notes in docs/format/. */
  readonly description: string;
  readonly migrate: (document: Record<string, unknown>) => Record<string, unknown>;
}
