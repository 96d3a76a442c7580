/** Advance widths in em of a common sans-serif (Arial / Helvetica metrics) for the characters labels use. */
const WIDE: Record<string, number> = { m: 0.833, w: 0.722, M: 0.833, W: 0.944, ' ': 0.278, '.': 0.278 };

/**
 * An estimate of how wide `text` is when set at `fontSize` in a sans-serif: digits and most letters
 * 0.556 em, capitals 0.667 em, a few wide and narrow characters from the table. Errs a little wide.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) {
    const wide = WIDE[c];
    if (wide !== undefined) em += wide;
    else if (/[ijlIf't()/,:;]/.test(c)) em += 0.3;
    else if (/[A-Z]/.test(c)) em += 0.667;
    else em += 0.556;
  }
  return em * fontSize;
}
