// A Welsh chart has no English word left on it: every fixture drawn with `welshLabels` (chart, ecomap,
// key) through toSvgString, the family's own words taken out, is checked against every word the
// en-GB labels and the layout's en-GB words can write. Also: the layout measures the Welsh words, the
// renderer writes the same words as the layout, and the English chart is unchanged.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_OPTIONS, layoutFamily } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import {
  defaultLabels,
  drawingLabels,
  layoutWordsOf,
  lineLabelText,
  toSvgString,
  welshLabels,
} from '@kinmap/react';
import { FIXTURE_NAMES, loadFixture } from './support/fixtures.ts';

const AS_AT = '2025-06-01';

/** Word tokens of a text, lower-cased: letters (with Welsh accents), apostrophes and hyphens inside. */
function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/'/g, '’')
      .match(/[\p{L}][\p{L}’-]*/gu) ?? []
  ).map((t) => t.replace(/[’-]+$/u, ''));
}

/** Every string in a value, walking objects and arrays; functions are called with sample arguments. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') {
    // The drawing functions: chartDescription(people, agencies), expectedDelivery(date).
    for (const args of [[1, 1], [3, 2], ['2025-03-14']] as const) {
      try {
        const result: unknown = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof result === 'string') out.push(result);
      } catch {
        // Not this signature.
      }
    }
  } else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsOf(item, out);
  return out;
}

/**
 * Words spelt the same in both languages, kept on a Welsh chart on purpose:
 * - `genogram`, `ecomap`: the Welsh names of the charts are the same words;
 * - `at`: the Welsh preposition "at" (to, towards), as in "gofalwr at yr unigolyn";
 * - `a`: the Welsh "a" (and); `map`, `symbol` and `bar`: Welsh words spelt as in English;
 * - notation shared by both languages: the letters inside symbols (P, D, S, n), and the statutory
 *   or service acronyms used in Welsh documents too (NRPF, MARAC, MAPPA, DoLS, ICS, NSGC, McGoldrick).
 * Letters and acronyms of two or fewer letters are not words; `tokens` keeps them, so they are listed.
 */
const SHARED = new Set([
  'genogram',
  'ecomap',
  'at',
  'a',
  'map',
  'symbol',
  'bar',
  'p',
  'd',
  's',
  'n',
  'nrpf',
  'marac',
  'mappa',
  'dols',
  'ics',
  'nsgc',
  'mcgoldrick',
  // Status badge codes are notation (CPP-N, LAC, SGO, CIN…), spelt out in Welsh in the tables.
  'cpp',
  'lac',
  'sgo',
  'cin',
  'cao',
]);

/** Every word an en-GB chart can write: the drawing labels and the layout's words. */
const ENGLISH = new Set(
  stringsOf([drawingLabels, DEFAULT_LAYOUT_OPTIONS.words])
    .flatMap(tokens)
    .filter((word) => !SHARED.has(word)),
);

/**
 * The family's own words: every string in it that is free text rather than a code or an id, and the
 * initials of those words (a long name is shortened to "Patricia C.").
 */
function familyWords(family: Family): Set<string> {
  const isCode = (s: string) => /^[a-z0-9_:./-]*$/.test(s);
  const words = stringsOf(family)
    .filter((s) => !isCode(s))
    .flatMap(tokens);
  return new Set([...words, ...words.map((word) => word.slice(0, 1))]);
}

/** The text a reader or a screen reader gets from an SVG: text nodes and the labelling attributes. */
function svgWords(svg: string): string[] {
  const texts = [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1] as string);
  const attributes = [...svg.matchAll(/\s(?:aria-label|aria-roledescription)="([^"]*)"/g)].map(
    (m) => m[1] as string,
  );
  return [...texts, ...attributes]
    .map((t) => t.replace(/&#x27;|&#39;/g, '’').replace(/&amp;/g, '&'))
    .flatMap(tokens);
}

function welshSvg(family: Family): string {
  return toSvgString(family, {
    labels: welshLabels,
    asAt: AS_AT,
    showEcomap: true,
    showLegend: true,
    xmlDeclaration: false,
  });
}

describe('a Welsh chart of every fixture has no English word left', () => {
  it('the English word list is real: it holds the chart words a practitioner would see', () => {
    for (const word of [
      'visits',
      'cares',
      'alleged',
      'key',
      'married',
      'household',
      'lead',
      'due',
      'miscarriage',
    ])
      expect(ENGLISH.has(word), word).toBe(true);
  });

  for (const name of FIXTURE_NAMES) {
    it(`${name}: no English word on the chart, the ecomap or the key, and lang="cy"`, () => {
      const family = loadFixture(name);
      const svg = welshSvg(family);
      expect(svg).toMatch(/^<svg[^>]* lang="cy"/);
      const own = familyWords(family);
      const left = [...new Set(svgWords(svg).filter((word) => ENGLISH.has(word) && !own.has(word)))];
      expect(left).toEqual([]);
      // The check has something to find: the same chart in English has English words on it.
      const english = toSvgString(family, { asAt: AS_AT, showEcomap: true, showLegend: true });
      expect(svgWords(english).some((word) => ENGLISH.has(word) && !own.has(word))).toBe(true);
    });
  }
});

describe('the layout and the renderer write the same Welsh words', () => {
  it('every line label the layout measured in Welsh is the text the renderer draws for its codes', () => {
    const words = layoutWordsOf(welshLabels);
    let coded = 0;
    for (const name of FIXTURE_NAMES) {
      const layout = layoutFamily(loadFixture(name), { asAt: AS_AT, ecomap: 'ring', words });
      for (const c of layout.connectors) {
        if (!c.label) continue;
        if (c.label.words) coded += 1;
        expect(lineLabelText(c.label, welshLabels)).toBe(c.label.text);
      }
    }
    expect(coded).toBeGreaterThan(10);
  });

  it('partnership, tether and emotional labels come as codes and years, and are written in Welsh', () => {
    const leo = layoutFamily(loadFixture('leo'), { asAt: AS_AT, words: layoutWordsOf(welshLabels) });
    const label = leo.connectors.find((c) => c.label?.words?.some((w) => w.code === 'divorced'))?.label;
    expect(label?.words).toEqual([
      { code: 'married', year: 1997 },
      { code: 'divorced', year: 2009 },
    ]);
    expect(label?.text).toBe('priodi 1997 ysgaru 2009');
    const texts = FIXTURE_NAMES.flatMap((name) =>
      layoutFamily(loadFixture(name), { asAt: AS_AT, words: layoutWordsOf(welshLabels) }).connectors.flatMap(
        (c) => (c.label ? [c.label.text] : []),
      ),
    );
    expect(texts).toContain('yn ymweld');
    expect(texts.some((t) => t.startsWith('cam-drin') || t === 'gofalu')).toBe(true);
  });

  it('the layout makes room for the longer Welsh words (measured, not the English widths)', () => {
    const family = loadFixture('leo');
    const english = layoutFamily(family, { asAt: AS_AT });
    const welsh = layoutFamily(family, { asAt: AS_AT, words: layoutWordsOf(welshLabels) });
    const width = (l: typeof english) => l.bounds.width;
    // "priodi 1997 ysgaru 2009" is wider than "m. 1997 d. 2009": partners sit further apart.
    expect(width(welsh)).toBeGreaterThan(width(english));
  });
});

describe('English is unchanged', () => {
  it('the default labels pass the layout its own en-GB words, and the SVG carries no lang', () => {
    expect(layoutWordsOf(defaultLabels)).toEqual(DEFAULT_LAYOUT_OPTIONS.words);
    const family = loadFixture('leo');
    const svg = toSvgString(family, { asAt: AS_AT, xmlDeclaration: false });
    expect(svg).not.toMatch(/^<svg[^>]* lang=/);
    expect(svg).toContain('m. 1997 d. 2009');
  });
});
