import type { z } from 'zod';

/** One problem with a request: the field at fault (`change.people.added[0].value.birth.date`) and what. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * An error the portal answers with a status and a plain message (and, for bad input, every field at
 * fault). Anything else is a 500 with a generic message.
 *
 * @example
 * throw new HttpError(404, 'There is no such map');
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: readonly FieldIssue[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Checks a value with a zod schema; a failure is a 400 naming every field at fault. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 50).map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  const first = issues[0];
  const summary = first ? `${first.path || what}: ${first.message}` : 'is not valid';
  throw new HttpError(400, `The ${what} is not valid (${summary})`, issues);
}
