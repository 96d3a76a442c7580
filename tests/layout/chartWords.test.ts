// The layout writes no fixed English: every word on the chart comes from the `words` option (en-GB by
// default), is measured in those words, and comes with codes and years a renderer can translate.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_OPTIONS, layoutFamily } from '@kinmap/layout';
import type { ChartWords, FamilyLayout } from '@kinmap/layout';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';

const AS_AT = '2025-06-01';
const EN = DEFAULT_LAYOUT_OPTIONS.words;

/** Every word replaced by a marked one, so any text the layout writes without `words` stands out. */
function marked(words: ChartWords): ChartWords {
  const mark = (value: unknown): unknown =>
    typeof value === 'string'
      ? `ZZ${value.replace(/\s+/g, '_')}`
      : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, mark(v)]));
  return { ...(mark(words) as ChartWords), lang: 'x-test' };
}

/** All the text the layout wrote that is not the family's own: line labels, detail lines, badges. */
function chartTexts(layout: FamilyLayout): string[] {
  return [
    ...layout.connectors.flatMap((c) => (c.label ? [c.label.text] : [])),
    ...layout.nodes.flatMap((n) =>
      n.label.detail ? [n.label.lines[n.label.lines.length - 1] as string] : [],
    ),
    ...layout.nodes.flatMap((n) =>
      n.badges.filter((b) => b.code !== 'status' && b.code !== 'more').map((b) => b.text),
    ),
  ];
}

describe('chart words', () => {
  it('partnership labels come as event codes and years, written "m. 1997 d. 2009" in en-GB', () => {
    const layout = layoutFamily(loadFixture('leo'), { asAt: AS_AT });
    const label = layout.connectors.find((c) => c.id === 'partnership|partnership:daniel-tracey')?.label;
    expect(label?.text).toBe('m. 1997 d. 2009');
    expect(label?.words).toEqual([
      { code: 'married', year: 1997 },
      { code: 'divorced', year: 2009 },
    ]);
  });

  it('a tether says visits as a code, and a year of death under a name comes as a code and a number', () => {
    const layouts = FIXTURE_NAMES.map((name) => layoutFamily(loadFixture(name), { asAt: AS_AT }));
    const tether = layouts
      .flatMap((l) => l.connectors)
      .find((c) => c.ref.kind === 'household-tether' && c.label);
    expect(tether?.label).toMatchObject({ text: EN.visits, words: [{ code: 'visits' }] });
    const died = layouts.flatMap((l) => l.nodes).find((n) => n.label.detail?.code === 'died');
    expect(died?.label.detail).toEqual({ code: 'died', year: expect.any(Number) as number });
    expect(died?.label.lines.at(-1)).toBe(`d. ${(died?.label.detail as { year: number }).year}`);
  });

  it('with other words, every word the layout writes on every fixture is one of them', () => {
    const words = marked(EN);
    let seen = 0;
    for (const name of FIXTURE_NAMES) {
      const layout = layoutFamily(loadFixture(name), { asAt: AS_AT, ecomap: 'ring', words });
      for (const text of chartTexts(layout)) {
        seen += 1;
        // Each word is a marked word, a year or number, or the family's own label of an "other" line.
        const stray = text.split(' ').filter((t) => !/^(ZZ|\d|\(ZZ)/.test(t));
        const connector = layout.connectors.find((c) => c.label?.text === text);
        const own = connector?.label?.words?.some((w) => w.code === 'own');
        if (!own) expect(stray, `${name}: ${text}`).toEqual([]);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('measures the words it is given: longer words move partners apart', () => {
    const family = loadFixture('leo');
    const english = layoutFamily(family, { asAt: AS_AT });
    const long = layoutFamily(family, {
      asAt: AS_AT,
      words: { ...EN, partnership: { ...EN.partnership, married: 'married in', divorced: 'divorced in' } },
    });
    expect(long.bounds.width).toBeGreaterThan(english.bounds.width);
  });
});
