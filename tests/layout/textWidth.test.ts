// textWidth measures text as the chart font draws it: the glyphs' advances, per style, scaled by size.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHART_FONT_FAMILY, textWidth } from '@kinmap/layout';

describe('textWidth', () => {
  it('names the bundled font first, then generic families', () => {
    expect(CHART_FONT_FAMILY).toBe("'Atkinson Hyperlegible Next', system-ui, sans-serif");
  });

  it('tells narrow letters from wide ones (a name of i and l is narrower than one of m and w)', () => {
    expect(textWidth('lili', 11)).toBeLessThan(textWidth('mwmw', 11) / 2);
    expect(textWidth('W', 11)).toBeGreaterThan(textWidth('I', 11) * 2);
  });

  it('draws bold wider than regular, and semibold between them', () => {
    const name = 'Margaret Thompson-Williams';
    expect(textWidth(name, 11, 'bold')).toBeGreaterThan(textWidth(name, 11, 'semibold'));
    expect(textWidth(name, 11, 'semibold')).toBeGreaterThan(textWidth(name, 11));
  });

  it('counts Welsh and accented letters as the font draws them, like their plain letters', () => {
    expect(textWidth('Gŵyn', 11)).toBeCloseTo(textWidth('Gwyn', 11), 1);
    expect(textWidth('Siân', 11)).toBeCloseTo(textWidth('Sian', 11), 1);
  });

  it('gives a character the font lacks a full em when it is East Asian or outside the BMP', () => {
    expect(textWidth('李', 10)).toBe(10);
    expect(textWidth('😀', 10)).toBe(10);
    expect(textWidth('Ж', 10)).toBeGreaterThan(4); // Cyrillic: drawn by a fallback font, about a letter wide
  });

  it('is the sum of its parts and scales with the font size', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        fc.integer({ min: 6, max: 40 }),
        (a, b, size) => {
          // Splitting a surrogate pair would count its halves differently; keep whole strings.
          fc.pre(!/[\ud800-\udbff]$/.test(a));
          const whole = textWidth(a + b, size);
          expect(whole).toBeCloseTo(textWidth(a, size) + textWidth(b, size), 6);
          expect(textWidth(a + b, size * 2)).toBeCloseTo(whole * 2, 6);
          expect(whole).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
