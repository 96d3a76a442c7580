import type { z } from 'zod';
import { ModelError, type ModelIssue } from '../../changes/ModelError.ts';

/** Writes a zod issue path as `names.other[0].given`, prefixed with `prefix` when given. */
export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text;
}

/** The issues zod reports for `value`, with paths under `prefix`; empty when it is valid. */
export function issuesOf(
  schema: z.ZodType,
  value: unknown,
  prefix: string,
): { issues: ModelIssue[]; data?: unknown } {
  const result = schema.safeParse(value);
  if (result.success) return { issues: [], data: result.data };
  return {
    issues: result.error.issues.map((issue) => ({
      path: formatPath(prefix, issue.path),
      message: issue.message,
    })),
  };
}

/** Parses `value` with `schema`, or throws a `ModelError` for `operation` naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(
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
