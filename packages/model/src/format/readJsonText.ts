import type { FormatIssue } from './issue.ts';
import { jsonSyntaxError } from './jsonSyntaxError.ts';
import { FORMAT_LIMITS } from './limits.ts';
import { depthLimitMessage, textLimitMessage } from './limitsCheck.ts';

export type ReadResult = { ok: true; value: unknown } | { ok: false; issues: FormatIssue[] };

/**
 * Finds how deeply the JSON text nests objects and arrays, without parsing it, stopping as soon as
 * `max` is exceeded. Runs in one pass, so a hostile "[[[[…" text is refused before `JSON.parse`.
 */
function exceedsDepth(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > max) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return false;
}

/** Parses JSON text within the size limits. Never throws. */
export function readJsonText(text: string): ReadResult {
  if (text.length > FORMAT_LIMITS.maxTextLength) {
    return { ok: false, issues: [{ path: '', message: textLimitMessage(text.length) }] };
  }
  if (text.trim() === '') return fail('is empty: expected a Kinmap family document (JSON)');
  if (exceedsDepth(text, FORMAT_LIMITS.maxDepth)) {
    return { ok: false, issues: [{ path: '', message: `The document ${depthLimitMessage()}` }] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail(jsonSyntaxError(text));
  }
}

function fail(message: string): ReadResult {
  return { ok: false, issues: [{ path: '', message: `The document ${message}` }] };
}
