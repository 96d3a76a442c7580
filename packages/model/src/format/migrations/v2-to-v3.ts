import type { FormatMigration } from './types.ts';

/**
 * Version 2 → 3. Two lists are new: `shares` (a record of each time a copy of the map was shared:
 * recipient, redaction profile, lawful basis, consent, who, when and what the redaction removed) and
 * `fieldSources` (who recorded an accepted fact, when and from which source, for the family portal).
 * A version 2 document has neither, so both start empty; nothing else changes. A document that
 * already holds either list (written by hand, say) keeps it as it is, for validation to report.
 */
export const v2ToV3: FormatMigration = {
  from: 2,
  to: 3,
  description:
    'shares (share records) and fieldSources (who recorded a fact, and from where) added, both empty',
  migrate: (document) => ({
    ...document,
    shares: document.shares ?? [],
    fieldSources: document.fieldSources ?? [],
  }),
};
