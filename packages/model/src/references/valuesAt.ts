/** Splits `people[].identity.otherIdentifiers[].value` into `['people', '[]', 'identity', …]`. */
export function patternTokens(pattern: string): string[] {
  return pattern.split('.').flatMap((part) => {
    const name = part.replace(/(\[\])+$/, '');
    const lists = (part.length - name.length) / 2;
    return [name, ...Array.from({ length: lists }, () => '[]')].filter((t) => t !== '');
  });
}

/**
 * Every value found at a pattern path in a document, with its concrete path:
 * `people[].immigration.sponsor` → `[['people[2].immigration.sponsor', 'person:dad']]`.
 */
export function valuesAt(root: unknown, pattern: string): [path: string, value: unknown][] {
  let current: [string, unknown][] = [['', root]];
  for (const token of patternTokens(pattern)) {
    const next: [string, unknown][] = [];
    for (const [path, value] of current) {
      if (token === '[]') {
        if (Array.isArray(value)) value.forEach((item, i) => next.push([`${path}[${i}]`, item]));
      } else if (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.hasOwn(value, token)
      ) {
        next.push([path === '' ? token : `${path}.${token}`, (value as Record<string, unknown>)[token]]);
      }
    }
    current = next;
  }
  return current.filter(([, value]) => value !== undefined);
}
