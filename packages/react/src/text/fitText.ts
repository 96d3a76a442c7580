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
  let condensed = 0;
  for (const element of root.querySelectorAll<SVGTextContentElement>(FITTED_TEXT)) {
    if (typeof element.getComputedTextLength !== 'function') return 0;
    const text = element.textContent ?? '';
    const size = Number.parseFloat(getComputedStyle(element).fontSize);
    if (!text || !Number.isFinite(size) || size <= 0) continue;
    const measured = textWidth(text, size, styleOf(element));
    if (element.hasAttribute(MARK)) {
      element.removeAttribute('textLength');
      element.removeAttribute('lengthAdjust');
      element.removeAttribute(MARK);
    }
    if (element.getComputedTextLength() > measured * TOLERANCE) {
      element.setAttribute('textLength', measured.toFixed(2));
      element.setAttribute('lengthAdjust', 'spacingAndGlyphs');
      element.setAttribute(MARK, '');
      condensed += 1;
    }
  }
  return condensed;
}
