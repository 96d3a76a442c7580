// Every SVG `toSvgString` writes is well-formed XML, whatever was typed into names, notes, agency
// names, household labels, line labels and the title: parsed by a real XML parser (saxes).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { createId } from '@kinmap/model';
import type { Family } from '@kinmap/model';
import { toSvgString, xmlText } from '@kinmap/react';
import { generateFamily } from '../support/generateFamily.ts';

/** Characters XML 1.0 forbids, characters it needs escaped, and a few that are merely unusual. */
const AWKWARD = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '\t',
  '\n',
  '\r',
  '\u007F',
  '\u0085',
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '<!--',
  '&amp;',
  '😀',
  'e\u0301',
];

/** Text mixing any Unicode with the awkward characters, including lone halves of surrogate pairs. */
const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...AWKWARD)), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

interface Typed {
  names: string[];
  note: string;
  household: string;
  agency: string;
  team: string;
  other: string;
  title: string;
}

/** A small generated family with every free-text field the chart shows replaced by typed text. */
function familyWith(seed: number, typed: Typed): Family {
  const base = generateFamily({ people: 10, seed });
  const people = base.people.map((p, i) => {
    const name = typed.names[i % typed.names.length] as string;
    return {
      ...p,
      names: { ...p.names, given: name, family: typed.names[(i + 1) % typed.names.length] },
      notes: typed.note,
    };
  });
  const [from, to] = people;
  return {
    ...base,
    title: typed.title,
    people,
    households: base.households.map((h) => ({ ...h, label: typed.household, notes: typed.note })),
    agencies: base.agencies.map((a) => ({ ...a, name: typed.agency, team: typed.team, notes: typed.note })),
    emotionalRelationships:
      from && to
        ? [
            ...base.emotionalRelationships,
            {
              id: createId('emotional', 'typed'),
              from: from.id,
              to: to.id,
              type: 'other',
              label: typed.other,
              direction: 'mutual',
              basis: 'alleged',
              notes: typed.note,
            },
          ]
        : base.emotionalRelationships,
  } as Family;
}

/** Parses the document with saxes, failing on any error; returns the text of `<title>`. */
function parse(svg: string): string {
  const parser = new SaxesParser();
  let title = '';
  let inTitle = false;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    inTitle = tag.name === 'title';
  });
  parser.on('closetag', () => {
    inTitle = false;
  });
  parser.on('text', (t) => {
    if (inTitle) title += t;
  });
  parser.write(svg).close();
  return title;
}

const isWellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

describe('toSvgString writes well-formed XML for any text', () => {
  it('parses with a real XML parser, whatever the names, notes, labels and title hold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.record({
          names: fc.array(text, { minLength: 1, maxLength: 4 }),
          note: text,
          household: text,
          agency: text,
          team: text,
          other: text,
          title: text,
        }),
        (seed, typed) => {
          const svg = toSvgString(familyWith(seed, typed), { showEcomap: true, asAt: '2025-01-01' });
          expect(isWellFormed(svg)).toBe(true);
          // Only what XML forbids is taken out: the title reads back as typed, less those.
          expect(parse(svg)).toBe(xmlText(typed.title).replace(/\r\n?/g, '\n'));
        },
      ),
      { numRuns: 100, seed: 11 },
    );
  }, 60_000);

  it('drops control characters, shows a broken surrogate as �, and leaves the model as typed', () => {
    const typed: Typed = {
      names: ['Ann\u0001Marie', 'Zoë\uD83D'],
      note: 'note\u0001',
      household: 'Nan\u0002s house',
      agency: 'CAMHS\uFFFE',
      team: 'Team\u001F A',
      other: 'rows\u0000',
      title: 'Family\u0007 map',
    };
    const family = familyWith(3, typed);
    const svg = toSvgString(family, { showEcomap: true, asAt: '2025-01-01' });
    expect(() => parse(svg)).not.toThrow();
    expect(svg).toContain('AnnMarie');
    expect(svg).toContain('Zoë\uFFFD');
    expect(svg).toContain('Nans house');
    expect(svg).toMatch(/>CAMHS</);
    expect(svg).toContain('<title');
    expect(parse(svg)).toBe('Family map');
    expect(family.people[0]?.names.given).toBe('Ann\u0001Marie');
    expect(family.households[0]?.label).toBe('Nan\u0002s house');
  });
});

describe('xmlText', () => {
  it('changes nothing in text XML allows', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        // eslint-disable-next-line no-control-regex -- the characters XML forbids
        const allowed = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
        expect(xmlText(allowed)).toBe(allowed);
      }),
      { numRuns: 200, seed: 11 },
    );
  }, 60_000);
});
