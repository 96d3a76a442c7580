// Text is measured in the font it is drawn in: Chromium, with the chart font loaded from the fontsource
// files an app imports, draws every label of every fixture (names, line labels, household and agency
// names, at the sizes and styles the chart uses) and some long English and Welsh names; drawn as the
// chart draws text (font-kerning: none), each is as wide as the layout's textWidth (within 0.5%), so a
// label the layout fitted fits on screen. The chart itself, rendered by toSvgString, is checked too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_FONT_FAMILY, layoutFamily, textWidth, type FontStyleName } from '@kinmap/layout';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.ts';
import { chartFontFaces } from '../support/chartFont.ts';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';
import { kinmapFontStack, toSvgString } from '@kinmap/react';

interface Sample {
  text: string;
  size: number;
  style: FontStyleName;
}

const WEIGHT: Record<FontStyleName, number> = { regular: 400, semibold: 600, bold: 700, italic: 400 };

/** Every label the layout measured in the fixtures, at the size and in the style it is drawn. */
function fixtureSamples(): Sample[] {
  const samples: Sample[] = [];
  for (const name of FIXTURE_NAMES) {
    const layout = layoutFamily(loadFixture(name));
    for (const node of layout.nodes)
      for (const line of node.label.lines)
        samples.push({ text: line, size: node.label.fontSize ?? 11, style: 'regular' });
    for (const c of layout.connectors)
      if (c.label) samples.push({ text: c.label.text, size: 10, style: 'regular' });
    for (const h of layout.households)
      if (h.label) samples.push({ text: h.label.text, size: 11, style: 'italic' });
    for (const a of layout.agencies)
      for (const line of a.label.lines)
        samples.push({ text: line, size: a.label.fontSize ?? 10, style: 'regular' });
  }
  const seen = new Set<string>();
  return samples.filter((s) => {
    const key = `${s.text}|${s.size}|${s.style}`;
    if (seen.has(key) || !s.text.trim()) return false;
    seen.add(key);
    return true;
  });
}

/** Long and accented names as case records hold them, in every style the chart draws. */
const NAMES = [
  'Margaret Thompson-Williams',
  'Gwenllian ap Dafydd',
  'Siân Llewelyn-Bowen',
  'Rhodri Ŵyn Prydderch',
  'Dŷlan Hughes',
  'Zoë O’Sullivan-Ní Bhriain',
  'Kwame Mensah-Boateng',
  'Łucja Wiśniewska',
  'Muhammad Al-Hashimi',
  'Aoife (known as Effie)',
];
const nameSamples = (): Sample[] =>
  NAMES.flatMap((text) =>
    (['regular', 'semibold', 'bold', 'italic'] as const).flatMap((style) =>
      [9, 11, 14].map((size) => ({ text, size, style })),
    ),
  );

const fromReact = createRequire(new URL('../../packages/react/package.json', import.meta.url));

/** A host's own font, as a page would load it: another weight of the same family under a new name. */
function hostFont(name: string, weight: number): string {
  const file = fromReact.resolve(
    `@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff2`,
  );
  return `@font-face { font-family: '${name}'; font-weight: 100 900; src: url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format('woff2'); }`;
}

/** packages/react/src/text/fitText.ts as a script for the page (window.kinmapFit.fitText). */
async function fitTextScript(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('../../packages/react/src/text/fitText.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    globalName: 'kinmapFit',
    conditions: ['@kinmap/source'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  await page.setContent(
    `<!doctype html><html><head><style>${chartFontFaces()}\n${hostFont('Host Wide', 800)}\n${hostFont('Host Narrow', 200)}</style></head><body><svg id="s" xmlns="http://www.w3.org/2000/svg" width="800" height="200"></svg><div id="chart"></div></body></html>`,
  );
  await page.addScriptTag({ content: await fitTextScript() });
  await page.evaluate(async (family) => {
    const first = family.split(',')[0] as string;
    await Promise.all([
      ...['400', '600', '700', 'italic 400'].map((w) => document.fonts.load(`${w} 11px ${first}`, 'AŵŷẁÀ')),
      document.fonts.load(`11px 'Host Wide'`, 'A'),
      document.fonts.load(`11px 'Host Narrow'`, 'A'),
    ]);
    await document.fonts.ready;
  }, CHART_FONT_FAMILY);
});
afterAll(async () => {
  await browser?.close();
});

/** The widths Chromium draws each sample at: as drawn (with the font's kerning) and without kerning. */
async function drawnWidths(samples: Sample[]): Promise<{ kerned: number; plain: number }[]> {
  return page.evaluate(
    ({ samples, family, weights }) => {
      const svg = document.getElementById('s') as unknown as SVGSVGElement;
      return samples.map(({ text, size, style }) => {
        const measure = (kerning: string) => {
          const el = document.createElementNS('http://www.w3.org/2000/svg', 'text');
          el.setAttribute('font-family', family);
          el.setAttribute('font-size', String(size));
          el.setAttribute('font-weight', String(weights[style]));
          el.setAttribute('font-style', style === 'italic' ? 'italic' : 'normal');
          el.style.fontKerning = kerning;
          el.textContent = text;
          svg.appendChild(el);
          const width = el.getComputedTextLength();
          el.remove();
          return width;
        };
        return { kerned: measure('auto'), plain: measure('none') };
      });
    },
    { samples, family: CHART_FONT_FAMILY, weights: WEIGHT },
  );
}

describe('text is measured in the font it is drawn in', () => {
  it('Chromium has the chart font (not a fallback) for every weight and style', async () => {
    const loaded = await page.evaluate((family) => {
      const first = family.split(',')[0] as string;
      return ['400', '600', '700', 'italic 400'].map((w) => document.fonts.check(`${w} 11px ${first}`, 'Aŵ'));
    }, CHART_FONT_FAMILY);
    expect(loaded).toEqual([true, true, true, true]);
    // A fallback font would not draw "Wiwi" at the layout's width.
    const [w] = await drawnWidths([{ text: 'Wiwi Wiwi', size: 100, style: 'regular' }]);
    expect(w!.plain).toBeCloseTo(textWidth('Wiwi Wiwi', 100), 0);
  });

  it.each([
    ['every label of every fixture', fixtureSamples],
    ['long English and Welsh names in every style', nameSamples],
  ] as const)(
    '%s: drawn as the chart draws it (no kerning) within 0.5% of textWidth',
    async (_what, make) => {
      const samples = make();
      expect(samples.length).toBeGreaterThan(30);
      const drawn = await drawnWidths(samples);
      const off: string[] = [];
      let kerningMoves = 0;
      samples.forEach((sample, i) => {
        const measured = textWidth(sample.text, sample.size, sample.style);
        const { kerned, plain } = drawn[i]!;
        if (Math.abs(plain - measured) / measured > 0.005)
          off.push(`${JSON.stringify(sample)}: textWidth ${measured.toFixed(2)}, drawn ${plain.toFixed(2)}`);
        kerningMoves = Math.max(kerningMoves, Math.abs(kerned - measured) / measured);
      });
      expect(off).toEqual([]);
      // Why the chart turns kerning off: this font's kerning moves some labels by over 1%, both ways.
      expect(kerningMoves).toBeGreaterThan(0.01);
    },
  );
});

/** Every measured label of a chart in the page: its text, the width the layout measured, the width drawn. */
async function chartLines(): Promise<{ text: string; measured: number; drawn: number; fitted: boolean }[]> {
  return page
    .evaluate(() => {
      const w = window as unknown as { kinmapFit: { FITTED_TEXT: string } };
      const chart = document.querySelector('#chart svg') as SVGSVGElement;
      return [...chart.querySelectorAll<SVGTextContentElement>(w.kinmapFit.FITTED_TEXT)].map((el) => {
        const computed = getComputedStyle(el);
        const weight = Number.parseInt(computed.fontWeight, 10);
        const style =
          computed.fontStyle === 'italic'
            ? 'italic'
            : weight >= 650
              ? 'bold'
              : weight >= 550
                ? 'semibold'
                : 'regular';
        return {
          text: `${el.textContent} ${computed.fontSize} ${style}`,
          measured: Number.NaN,
          drawn: el.getComputedTextLength(),
          fitted: el.hasAttribute('textLength'),
          size: Number.parseFloat(computed.fontSize),
          style,
          content: el.textContent ?? '',
        };
      }) as never;
    })
    .then(
      (
        lines: {
          text: string;
          drawn: number;
          fitted: boolean;
          size: number;
          style: FontStyleName;
          content: string;
        }[],
      ) =>
        lines.map((l) => ({
          text: l.text,
          drawn: l.drawn,
          fitted: l.fitted,
          measured: textWidth(l.content, l.size, l.style),
        })),
    );
}

async function showChart(name: (typeof FIXTURE_NAMES)[number], hostFamily?: string): Promise<number> {
  const svg = toSvgString(loadFixture(name), { showEcomap: true, xmlDeclaration: false });
  return page.evaluate(
    ({ svg, hostFamily }) => {
      const holder = document.getElementById('chart') as HTMLElement;
      holder.innerHTML = svg;
      const chart = holder.querySelector('svg') as SVGSVGElement;
      if (hostFamily) chart.style.fontFamily = hostFamily;
      const w = window as unknown as { kinmapFit: { fitText(root: Element): number } };
      return w.kinmapFit.fitText(chart);
    },
    { svg, hostFamily },
  );
}

/** Whether @kinmap/react's font stack names the font the layout measures with first. */
const first = (stack: string) => stack.split(',')[0]!.trim().replace(/['"]/g, '');
const NAMES_CHART_FONT = first(kinmapFontStack) === first(CHART_FONT_FAMILY);

describe('the chart as drawn', () => {
  // @kinmap/react's font stack (theme/font.ts) must name the measured font first; until it does, a
  // chart is drawn in the browser's fallback and the three checks below cannot hold.
  if (!NAMES_CHART_FONT)
    it.todo(`kinmapFontStack names ${first(CHART_FONT_FAMILY)} first (it names ${first(kinmapFontStack)})`);
  it.runIf(NAMES_CHART_FONT).each(['leo', 'many-agencies', 'young-carer'] as const)(
    '%s: every label is drawn in the chart font at the width the layout measured',
    async (name) => {
      const condensed = await showChart(name);
      // The file names the bundled font first (the font the layout measured with).
      const family = await page.evaluate(
        () => getComputedStyle(document.querySelector('#chart svg')!).fontFamily,
      );
      expect(family.split(',')[0]).toBe(JSON.stringify(CHART_FONT_FAMILY.split(',')[0]!.replace(/'/g, '')));
      expect(condensed).toBe(0); // nothing to condense in the chart font
      const lines = await chartLines();
      expect(lines.length).toBeGreaterThan(5);
      const off = lines.filter((l) => Math.abs(l.drawn - l.measured) / l.measured > 0.005);
      expect(off).toEqual([]);
    },
  );

  it('a host font wider than the chart font: lines drawn wider than measured are condensed to fit', async () => {
    const condensed = await showChart('many-agencies', "'Host Wide', sans-serif");
    const lines = await chartLines();
    expect(condensed).toBeGreaterThan(lines.length / 2);
    const over = lines.filter((l) => l.drawn > l.measured * 1.01);
    expect(over).toEqual([]);
    // Back to the chart's own font: the lines are released (drawn as they are, no length forced).
    const again = await page.evaluate((family) => {
      const chart = document.querySelector('#chart svg') as SVGSVGElement;
      chart.style.fontFamily = family;
      return (window as unknown as { kinmapFit: { fitText(root: Element): number } }).kinmapFit.fitText(
        chart,
      );
    }, CHART_FONT_FAMILY);
    expect((await chartLines()).filter((l) => l.fitted || l.drawn > l.measured * 1.005)).toEqual([]);
    expect(again).toBe(0);
    expect((await chartLines()).filter((l) => l.fitted)).toEqual([]);
  });

  it('a host font narrower than the chart font is drawn as it is (not stretched)', async () => {
    expect(await showChart('many-agencies', "'Host Narrow', sans-serif")).toBe(0);
    const lines = await chartLines();
    expect(lines.filter((l) => l.fitted)).toEqual([]);
    expect(lines.every((l) => l.drawn <= l.measured * 1.01)).toBe(true);
  });
});
