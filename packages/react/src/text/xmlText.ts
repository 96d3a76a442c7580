import type { SVGProps } from 'react';

// Code units XML 1.0 cannot carry (its `Char` production): C0 controls other than tab, LF and CR,
// U+FFFE and U+FFFF, and surrogates that are not half of a pair. `SUSPECT` is a cheap first test
// (any surrogate at all); most strings have none of these and are returned as they are.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- as above
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text made safe to write into an XML or SVG document (element text or an attribute value), the
 * one function every string the chart writes goes through. XML 1.0 forbids some characters even
 * escaped; a file holding one will not open in an XML or SVG viewer. So:
 *
 * - a lone surrogate (half of a UTF-16 pair, e.g. from text cut mid-character) becomes U+FFFD `�`;
 * - C0 control characters other than tab, line feed and carriage return (U+0000–U+0008, U+000B,
 *   U+000C, U+000E–U+001F), U+FFFE and U+FFFF are dropped: they have no visible form;
 * - everything else, including `<`, `&` and quotes (React escapes those), is left as it is.
 *
 * The model keeps what was typed; only what is drawn is cleaned.
 *
 * @example
 * ```ts
 * xmlText('Ann\u000BMarie'); // 'AnnMarie'
 * xmlText('Zoë \uD83D'); // 'Zoë \uFFFD'
 * ```
 */
export function xmlText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(FORBIDDEN, (c) => (c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ''));
}

/**
 * The same props with every string value passed through {@link xmlText}: for props from the
 * interaction layer (`aria-label`, `aria-description`, `data-*`, `title`) spread on a chart's `<g>`.
 * Functions, numbers and booleans are kept as they are.
 */
export function xmlProps<T extends SVGProps<SVGElement>>(props: T | undefined): T | undefined {
  if (!props) return props;
  let out: T | undefined;
  for (const [key, value] of Object.entries(props)) {
    if (typeof value !== 'string') continue;
    const clean = xmlText(value);
    if (clean === value) continue;
    out ??= { ...props };
    (out as Record<string, unknown>)[key] = clean;
  }
  return out ?? props;
}
