// The layout's font table (packages/layout/src/labels/fontMetrics.generated.ts) is what the font files
// say: regenerating it from the TrueType files gives the committed text, and the WOFF2 files a web page
// loads (@fontsource/atkinson-hyperlegible-next, through @kinmap/react) have the same advances, so a
// label measured by the layout is as wide in the browser as in the PDF and the PNG.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontMetricsSource, METRICS_FILE, openFont, type FONT_STYLES } from '../../scripts/font-metrics.ts';
import { textWidth } from '@kinmap/layout';

const fromReact = createRequire(new URL('../../packages/react/package.json', import.meta.url));
const WEB_FILES: Record<keyof typeof FONT_STYLES, string> = {
  regular: '400-normal',
  semibold: '600-normal',
  bold: '700-normal',
  italic: '400-italic',
};

describe('the chart font table', () => {
  it('is current: `pnpm font:metrics` would write the committed file', async () => {
    expect(await fontMetricsSource(), 'run `pnpm font:metrics` and commit the result').toBe(
      readFileSync(METRICS_FILE, 'utf8'),
    );
  }, 60_000);

  it.each(Object.entries(WEB_FILES) as [keyof typeof FONT_STYLES, string][])(
    'matches the web font a page loads (%s)',
    (style, file) => {
      const checked: string[] = [];
      for (const subset of ['latin', 'latin-ext']) {
        const font = openFont(
          fromReact.resolve(
            `@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-${subset}-${file}.woff2`,
          ),
        );
        expect(font.unitsPerEm).toBe(1000);
        for (const point of font.characterSet) {
          if (point < 0x20 || point >= 0xffff) continue; // U+FFFF is no character
          const c = String.fromCharCode(point);
          // One character at size 1000 is its advance in font units.
          expect(textWidth(c, 1000, style), `${style} U+${point.toString(16)}`).toBeCloseTo(
            font.glyphForCodePoint(point).advanceWidth,
            6,
          );
          checked.push(c);
        }
      }
      // The Latin letters of English and Welsh names are all there.
      for (const c of 'AZaz0ŵŷẁỳéñøł') expect(checked).toContain(c);
    },
    60_000,
  );
});
