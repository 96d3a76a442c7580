// The example families are the project's shared fixture families (tests/fixtures/families/*.json),
// bundled into the app as data only. Opening one makes a fresh copy saved in this browser.
const files = import.meta.glob<string>('../../../../tests/fixtures/families/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

export interface Example {
  key: string;
  title: string;
  text: string;
}

function titleOf(text: string, fallback: string): string {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && 'title' in value && typeof value.title === 'string')
      return value.title;
  } catch {
    // An unreadable example is listed by its file name; opening it shows the problem.
  }
  return fallback;
}

/** The bundled example families, sorted by title. */
export const EXAMPLES: readonly Example[] = Object.entries(files)
  .map(([path, text]) => {
    const key = path.replace(/^.*\//, '').replace(/\.json$/, '');
    return { key, title: titleOf(text, key), text };
  })
  .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
