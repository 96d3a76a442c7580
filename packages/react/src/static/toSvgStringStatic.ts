// No 'use client': the server entry's static drawing options, on top of `toSvgString`'s.
import type { Family } from '@kinmap/model';
import { svgMarkup } from '../export/toSvgString.tsx';
import type { SvgExportOptions } from '../export/toSvgString.tsx';
import type { KinmapThemeName } from '../theme/palettes.ts';

/** Options of {@link renderStaticSvg}: those of `toSvgString`, and how the chart is coloured and named. */
export interface StaticSvgOptions extends Omit<SvgExportOptions, 'theme' | 'xmlDeclaration'> {
  /**
   * A built-in theme, or `'auto'` to follow the operating system through `styles.css` (with
   * `colours: 'css'` only). Default: none with `colours: 'css'` (the page's CSS decides), else light.
   */
  theme?: KinmapThemeName | 'auto';
  /**
   * `css` (default): colours as CSS custom properties (`var(--kinmap-ink, …)`), so `styles.css`,
   * `data-theme` and the page's own `--kinmap-*` apply. `inline`: literal colours, as a file needs.
   */
  colours?: 'inline' | 'css';
  /** Prefix of the ids inside the SVG: give each chart on one page its own. Default `kinmap`. */
  idPrefix?: string;
  /** Extra class names on the `<svg>`. */
  className?: string;
}

/**
 * Draws a family as an `<svg>` element for a web page, without React DOM and without React's hooks, so
 * it works in a React Server Component, an edge function or a plain Node script. Names and every other
 * text are escaped. For a standalone `.svg` file use `toSvgString`.
 *
 * @example
 * ```ts
 * import { renderStaticSvg } from '@kinmap/react/server';
 * const html = `<figure>${renderStaticSvg(family, { asAt: '2024-06-01', idPrefix: 'leo-map' })}</figure>`;
 * ```
 */
export function renderStaticSvg(input: Family, options: StaticSvgOptions = {}): string {
  const { colours = 'css', idPrefix = 'kinmap', className, theme, ...rest } = options;
  if (colours !== 'inline' && colours !== 'css')
    throw new TypeError(
      `renderStaticSvg: options.colours must be 'inline' or 'css', not ${JSON.stringify(colours)}`,
    );
  if (!/^[A-Za-z][\w-]*$/.test(idPrefix))
    throw new TypeError(
      'renderStaticSvg: options.idPrefix must start with a letter and hold only letters, digits, - and _',
    );
  if (theme === 'auto' && colours === 'inline')
    throw new TypeError(
      "renderStaticSvg: options.theme 'auto' needs colours: 'css' (a file cannot follow the system)",
    );
  return svgMarkup(input, rest, { colourMode: colours, idPrefix, className, theme });
}
