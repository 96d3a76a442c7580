/**
 * Shortens a line of text until `fits` accepts it: first by initialising the middle and last words
 * ("Amelia Fitzwilliam-Montgomery" → "Amelia F.") unless `initials` is false, then by cutting with
 * an ellipsis.
 */
export function shorten(text: string, fits: (line: string) => boolean, initials = true): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (fits(clean)) return clean;
  const words = clean.split(' ');
  if (initials && words.length > 1) {
    const initialled = `${words[0]} ${words
      .slice(1)
      .map((w) => `${w[0] ?? ''}.`)
      .join(' ')}`;
    if (fits(initialled)) return initialled;
  }
  for (let keep = clean.length - 1; keep > 1; keep--) {
    const cut = `${clean.slice(0, keep)}…`;
    if (fits(cut)) return cut;
  }
  return `${clean.slice(0, 1)}…`;
}
