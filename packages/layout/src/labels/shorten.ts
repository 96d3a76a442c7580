/**
 * Shortens a line of text to at most `max` characters: first by initialising the middle and last
 * words ("Amelia Fitzwilliam-Montgomery" → "Amelia F."), then by cutting with an ellipsis.
 */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const words = clean.split(' ');
  if (words.length > 1) {
    const initialled = `${words[0]} ${words
      .slice(1)
      .map((w) => `${w[0] ?? ''}.`)
      .join(' ')}`;
    if (initialled.length <= max) return initialled;
  }
  return `${clean.slice(0, Math.max(1, max - 1))}…`;
}
