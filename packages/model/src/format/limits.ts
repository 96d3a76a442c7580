/**
 * Size limits Kinmap enforces before validating a family document, so that an oversized or hostile
 * document gets one clear issue quickly instead of a long wait or a crash. A real family map has tens
 * of people, rarely a few hundred; these limits leave ample room. Documented in docs/model.md.
 *
 * The same limits hold on write: every operation refuses, with a `ModelError` naming the field and the
 * limit, a change that would make the saved map exceed them (see `limitsCheck.ts`), so a map saved with
 * `serializeFamily` always reopens with `parseFamily`.
 *
 * @example
 * if (text.length > FORMAT_LIMITS.maxTextLength) showError('This file is too large for Kinmap.');
 */
export const FORMAT_LIMITS = {
  /** Longest JSON text accepted, in characters (about 20 MB of plain text). */
  maxTextLength: 20_000_000,
  /** Most people (including pregnancies, placeholders and pets) in one family: the layout engine is benchmarked to 5,000. */
  maxPeople: 10_000,
  /** Most entries in any other list (partnerships, links, households, members, notes lists...). */
  maxListLength: 50_000,
  /** Deepest nesting of objects and arrays. The format itself needs 8. */
  maxDepth: 32,
  /** Most values (objects, arrays, strings, numbers...) in the whole document. */
  maxValues: 5_000_000,
  /** Most issues listed for one document; the rest are counted in a final issue. */
  maxIssues: 200,
} as const;

/** Keys refused anywhere in a document, because JavaScript gives them special meaning. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
