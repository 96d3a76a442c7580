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

/**
 * Refuses a value nested deeper than `maxDepth` (objects and arrays), before anything walks it: a
 * hostile body a few thousand levels deep gets a 400 naming where, not a stack overflow.
 */
export function checkDepth(value: unknown, maxDepth: number, what: string): void {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= maxDepth) {
      throw new HttpError(
        400,
        `The ${what} is nested too deeply (more than ${maxDepth} levels at ${item.path || what})`,
        [{ path: item.path, message: `is nested more than ${maxDepth} levels deep` }],
      );
    }
    for (const [key, child] of Object.entries(item.value)) {
      const path = Array.isArray(item.value)
        ? `${item.path}[${key}]`
        : item.path
          ? `${item.path}.${key}`
          : key;
      stack.push({ value: child, depth: item.depth + 1, path });
    }
  }
}
