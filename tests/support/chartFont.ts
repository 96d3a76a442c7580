// The chart font as a web page loads it: the @font-face rules of @fontsource/atkinson-hyperlegible-next
// (the CSS files an app imports: regular, semibold, bold and italic), with each font file inlined as a
// data: URL so a test page needs no server and reaches no network. Used by the font e2e test and the
// fixture pictures (scripts/render-fixtures.ts), so both draw in the font the layout measures with.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const fromReact = createRequire(new URL('../../packages/react/package.json', import.meta.url));

/** The fontsource CSS files of the weights and styles the chart draws. */
export const CHART_FONT_CSS = ['400.css', '400-italic.css', '600.css', '700.css'] as const;

/** `@font-face` rules for the chart font, with the WOFF2 files inlined (the WOFF fallbacks dropped). */
export function chartFontFaces(): string {
  return CHART_FONT_CSS.map((file) => {
    const path = fromReact.resolve(`@fontsource/atkinson-hyperlegible-next/${file}`);
    return readFileSync(path, 'utf8').replace(
      /src:\s*url\(([^)]+\.woff2)\)\s*format\('woff2'\)[^;]*;/g,
      (_whole, url: string) =>
        `src: url(data:font/woff2;base64,${readFileSync(join(dirname(path), url)).toString('base64')}) format('woff2');`,
    );
  }).join('\n');
}
