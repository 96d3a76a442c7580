/**
 * One problem found in a family document: where (`people[3].immigration.nrpf`, or `""` for the
 * document as a whole) and what, in plain English.
 *
 * @example
 * const issue: FormatIssue = { path: 'people[3].immigration.nrpf', message: 'is required' };
 * const line = `${issue.path} ${issue.message}`;
 */
export interface FormatIssue {
  readonly path: string;
  readonly message: string;
}

/** Formats a path such as `['people', 3, 'immigration', 'nrpf']` as `people[3].immigration.nrpf`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const text = String(key);
      if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text)) out += out === '' ? text : `.${text}`;
      else out += `[${JSON.stringify(text)}]`;
    }
  }
  return out;
}

/** Caps a list of issues at `max`, replacing the rest by one issue that counts them. */
export function capIssues(issues: readonly FormatIssue[], max: number): FormatIssue[] {
  if (issues.length <= max) return [...issues];
  const rest = issues.length - max;
  return [
    ...issues.slice(0, max),
    { path: '', message: `and ${formatCount(rest)} more ${rest === 1 ? 'problem' : 'problems'} not listed` },
  ];
}

/** Writes a whole number with thousands separators: 100000 → "100,000". */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
