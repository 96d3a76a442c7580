import type * as z from 'zod/mini';
import { ModelError, type ModelIssue } from '../../changes/ModelError.ts';
import { kinmapErrorMap, toFormatIssues } from '../../format/messages.ts';

/** Writes a path as `names.other[0].given`, prefixed with `prefix` when given. */
export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text;
}

/** Joins a prefix and a formatted path: `person` + `names.given` → `person.names.given`. */
function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/**
 * The issues zod reports for `value`, in Kinmap's wording (the same as `parseFamily` gives), with paths
 * under `prefix`; empty when it is valid.
 */
export function issuesOf(
  schema: z.ZodMiniType,
  value: unknown,
  prefix: string,
): { issues: ModelIssue[]; data?: unknown } {
  const result = schema.safeParse(value, { error: kinmapErrorMap, reportInput: true });
  if (result.success) return { issues: [], data: result.data };
  return {
    issues: toFormatIssues(result.error.issues).map((issue) => ({
      path: joinPath(prefix, issue.path),
      message: issue.message,
    })),
  };
}

/** Parses `value` with `schema`, or throws a `ModelError` for `operation` naming every bad field. */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  operation: string,
  prefix: string,
): z.output<S> {
  const { issues, data } = issuesOf(schema, value, prefix);
  if (issues.length > 0) throw new ModelError(operation, issues);
  return data as z.output<S>;
}

/** Throws a `ModelError` with one issue. */
export function fail(operation: string, path: string, message: string): never {
  throw new ModelError(operation, [{ path, message }]);
}
