import {
  ADVANCE_DELTAS,
  CODE_POINTS,
  FALLBACK_ADVANCES,
  FONT_FAMILY,
  REGULAR_ADVANCES,
  UNITS_PER_EM,
  type FontStyleName,
} from './fontMetrics.generated.ts';

export type { FontStyleName } from './fontMetrics.generated.ts';

/**
 * The font the chart is drawn in and measured with (Atkinson Hyperlegible Next, SIL Open Font License),
 * then generic families for a page that has not loaded it.
 */
export const CHART_FONT_FAMILY = `'${FONT_FAMILY}', system-ui, sans-serif`;

/** No advance stored for this code point (the font lacks it). */
const MISSING = 0xffff;

/** East Asian wide and full-width characters (drawn by a fallback font about one em wide). */
function wide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Advances per style in font units, indexed by code point (read from the generated table on first use). */
const tables = new Map<FontStyleName, Uint16Array>();

function table(style: FontStyleName): Uint16Array {
  let advances = tables.get(style);
  if (advances) return advances;
  const runs = CODE_POINTS.split(',').map((run) =>
    run.split(':').map((digits) => Number.parseInt(digits, 16)),
  );
  const [lastStart = 0, lastCount = 0] = runs.at(-1) ?? [];
  advances = new Uint16Array(lastStart + lastCount).fill(MISSING);
  const deltas = style === 'regular' ? undefined : ADVANCE_DELTAS[style];
  let k = 0; // the index of the code point in CODE_POINTS
  for (const [start = 0, count = 0] of runs) {
    for (let i = 0; i < count; i += 1, k += 1) {
      let advance = Number.parseInt(REGULAR_ADVANCES.slice(k * 3, k * 3 + 3), 16);
      if (deltas) advance += Number.parseInt(deltas.slice(k * 2, k * 2 + 2), 16) - 0x80;
      advances[start + i] = advance;
    }
  }
  tables.set(style, advances);
  return advances;
}

/**
 * How wide `text` is when drawn at `fontSize` in the chart font ({@link CHART_FONT_FAMILY}): the sum of
 * the glyphs' advance widths × size ÷ units per em, without kerning (which only ever narrows this
 * font's text, so the width errs a little wide, never narrow). A character the font lacks is drawn in a
 * fallback font: it counts as the font's mean letter width, or one em for East Asian wide characters and
 * for characters outside the Basic Multilingual Plane (a surrogate pair: emoji, rare ideographs).
 *
 * @example
 * ```ts
 * textWidth('Leo Smith', 11); // ≈ 49.2
 * textWidth('Leo Smith', 11, 'bold'); // a little wider
 * ```
 */
export function textWidth(text: string, fontSize: number, style: FontStyleName = 'regular'): number {
  const advances = table(style);
  const fallback = FALLBACK_ADVANCES[style];
  let units = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20) continue; // control characters draw nothing
    const advance = code < advances.length ? (advances[code] as number) : MISSING;
    if (advance !== MISSING) {
      units += advance;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1; // one character outside the BMP (an emoji, a rare ideograph): one em
        units += UNITS_PER_EM;
        continue;
      }
    }
    units += wide(code) ? UNITS_PER_EM : fallback;
  }
  return (units * fontSize) / UNITS_PER_EM;
}
