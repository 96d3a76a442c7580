import { parseFamily, type Family } from '@kinmap/model';
import { describePath } from './describePath.ts';

/** One problem with an imported file, in words: where, and what is wrong. */
export interface FileProblem {
  where: string;
  message: string;
}

export type ReadFileResult = { ok: true; family: Family } | { ok: false; problems: FileProblem[] };

/**
 * Reads the text of a Kinmap JSON file. A file the model does not accept gives its issues in plain
 * English, and no family, so nothing is imported.
 */
export function readFamilyText(text: string): ReadFileResult {
  const result = parseFamily(text);
  if (result.ok) return { ok: true, family: result.family };
  return {
    ok: false,
    problems: result.issues.map((issue) => ({ where: describePath(issue.path), message: issue.message })),
  };
}
