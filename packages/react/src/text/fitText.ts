import { textWidth, type FontStyleName } from '@kinmap/layout';

/** The chart's measured text: names (each line), line labels, household names, agency names and teams. */
export const FITTED_TEXT =
  '.kinmap-name tspan, .kinmap-connector-label, .kinmap-household-label, .kinmap-agency-name tspan';

/** Set on a line whose length this module fixed, so it is released when the font fits again. */
const MARK = 'data-kinmap-fitted';

/** How much wider than measured a line may be drawn before it is condensed (rounding, hinting). */
const TOLERANCE = 1.01;

function styleOf(element: SVGTextContentElement): FontStyleName {
  const computed = getComputedStyle(element);
  if (computed.fontStyle === 'italic' || computed.fontStyle.startsWith('oblique')) return 'italic';
  const weight = Number.parseInt(computed.fontWeight, 10);
  return weight >= 650 ? 'bold' : weight >= 550 ? 'semibold' : 'regular';
}

/**
 * When a host page draws the chart in a font of its own (`--kinmap-font-family`) that is wider than the
 * chart font the layout measured with, each label line drawn wider than the layout measured it is
 * condensed to that width (`textLength` with `lengthAdjust="spacingAndGlyphs"`), so it never runs over
 * a symbol, a line or another label. Lines that fit (the chart font, or a narrower one) are left as
 * drawn, and a line condensed earlier is released when it fits again. Returns how many lines are
 * condensed. Needs a browser (SVG text metrics); does nothing where there are none (jsdom, a server).
 *
 * @example
 * ```ts
 * await document.fonts.ready;
 * fitText(svg); // 0 in the chart font
 * ```
 */
export function fitText(root: Element): number {
  const lines = [...root.querySelectorAll<SVGTextContentElement>(FITTED_TEXT)];
  if (typeof lines[0]?.getComputedTextLength !== 'function') return 0;
  // Reads and writes in three batches, so the browser lays the chart out once rather than once a line.
  // 1. Release the lines condensed before, so their natural width is read below.
  for (const line of lines) {
    if (!line.hasAttribute(MARK)) continue;
    line.removeAttribute('textLength');
    line.removeAttribute('lengthAdjust');
    line.removeAttribute(MARK);
  }
  // 2. Read: each line's drawn width against the layout's measure.
  const tooWide: Array<[SVGTextContentElement, number]> = [];
  for (const line of lines) {
    const text = line.textContent ?? '';
    const size = Number.parseFloat(getComputedStyle(line).fontSize);
    if (!text || !Number.isFinite(size) || size <= 0) continue;
    const measured = textWidth(text, size, styleOf(line));
    if (line.getComputedTextLength() > measured * TOLERANCE) tooWide.push([line, measured]);
  }
  // 3. Condense the lines drawn wider than measured.
  for (const [line, measured] of tooWide) {
    line.setAttribute('textLength', measured.toFixed(2));
    line.setAttribute('lengthAdjust', 'spacingAndGlyphs');
    line.setAttribute(MARK, '');
  }
  return tooWide.length;
}
