/**
 * One problem with an operation's input or a change: where (a field path) and what is wrong.
 *
 * @example
 * error.issues; // [{ path: 'person.birth.date', message: 'is not a real calendar date' }]
 */
export interface ModelIssue {
  /** Dotted path of the field at fault, such as `person.birth.date` or `of`. */
  path: string;
  /** Plain-English description of the problem. */
  message: string;
}

/**
 * Thrown by operations and by `applyChange` when the input cannot be applied: an unknown id, an id of
 * the wrong kind, a value the schema rejects, or a change that does not fit the family. The message
 * names the operation, the field and the problem; `issues` lists every problem found.
 *
 * @example
 * try {
 *   updatePerson(family, { id: 'person:nobody', patch: { names: { given: 'Amy' } } });
 * } catch (error) {
 *   if (error instanceof ModelError) console.log(error.issues[0]);
 *   // { path: 'id', message: 'there is no person "person:nobody" in this family' }
 * }
 */
export class ModelError extends Error {
  /** Every problem found, each naming its field. */
  readonly issues: ModelIssue[];

  constructor(operation: string, issues: ModelIssue[]) {
    const detail = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
    super(`${operation}: ${detail.join('; ')}`);
    this.name = 'ModelError';
    this.issues = issues;
  }
}
