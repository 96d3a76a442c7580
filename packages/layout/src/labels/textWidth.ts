/** Advance widths in em of a common sans-serif (Arial / Helvetica metrics) for the characters labels use. */
const WIDE: Record<string, number> = { m: 0.833, w: 0.722, M: 0.833, W: 0.944, ' ': 0.278, '.': 0.278 };
const NARROW = "ijlIf't()/,:;";

/** The advance of each ASCII character in em, from the rules below (read once). */
const ASCII = new Float64Array(128);
for (let code = 0; code < 128; code += 1) {
  const c = String.fromCharCode(code);
  const wide = WIDE[c];
  ASCII[code] = wide !== undefined ? wide : NARROW.includes(c) ? 0.3 : c >= 'A' && c <= 'Z' ? 0.667 : 0.556;
}

/**
 * An estimate of how wide `text` is when set at `fontSize` in a sans-serif: digits and most letters
 * 0.556 em, capitals 0.667 em, a few wide and narrow characters from the table. Errs a little wide.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 128) em += ASCII[code] as number;
    else {
      // Any other character (a surrogate pair is one character) is 0.556 em.
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i += 1;
      }
      em += 0.556;
    }
  }
  return em * fontSize;
}
