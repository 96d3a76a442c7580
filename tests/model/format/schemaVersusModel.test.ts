// What the shipped JSON Schema (packages/model/family.schema.json) catches, and what only
// parseFamily can. Every document below is one parseFamily refuses; each says whether a JSON Schema
// validator (ajv, draft 2020-12) refuses it too. docs/format/README.md lists the "model only" ones:
// keep the list there in step with this file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, parseFamily } from '@kinmap/model';

const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../packages/model/family.schema.json', import.meta.url)), 'utf8'),
) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(schema);

type Doc = Record<string, unknown> & { people: Record<string, unknown>[] };

/** A small valid family: mother, child, their partnership and link, a household, an agency, a share. */
function family(): Doc {
  return {
    formatVersion: FORMAT_VERSION,
    id: 'family:test',
    title: 'Test family',
    people: [
      { id: 'person:amy', names: { given: 'Amy' }, birth: { date: '1990-02-28' } },
      { id: 'person:ben', names: { given: 'Ben' } },
      { id: 'person:leo', names: { given: 'Leo' }, birth: { date: '2016-02-29' } },
    ],
    partnerships: [{ id: 'partnership:amy-ben', partners: ['person:amy', 'person:ben'] }],
    parentChildLinks: [
      { id: 'link:amy-leo', parent: 'person:amy', child: 'person:leo', partnership: 'partnership:amy-ben' },
    ],
    households: [
      { id: 'household:home', label: 'Home', members: [{ person: 'person:amy' }, { person: 'person:leo' }] },
    ],
    emotionalRelationships: [
      { id: 'emotion:amy-ben', from: 'person:amy', to: 'person:ben', type: 'conflict' },
    ],
    agencies: [{ id: 'agency:school', category: 'school', name: 'Park School' }],
    caringRoles: [{ id: 'caring:leo-amy', carer: 'person:leo', caredFor: 'person:amy', role: 'young_carer' }],
    shares: [
      {
        id: 'share:one',
        at: '2025-03-14T15:30:00Z',
        by: 'Sam Patel, social worker',
        recipient: { name: 'Park School DSL', agency: 'agency:school' },
        profile: 'partner_agency',
        lawfulBasis: 'public_task',
        consent: { state: 'given' },
        formats: ['pdf'],
        summary: { removed: {} },
      },
    ],
  };
}

type Who = 'schema and model' | 'model only';

interface Case {
  what: string;
  who: Who;
  change: (doc: Doc) => unknown;
}

const at = <T>(doc: Doc, key: string, i = 0) => (doc[key] as T[])[i]!;

export const CASES: Case[] = [
  // ── The schema catches these ────────────────────────────────────────────────────────────────
  { what: 'a field Kinmap does not know', who: 'schema and model', change: (d) => ({ ...d, colour: 'red' }) },
  { what: 'no title', who: 'schema and model', change: ({ title: _t, ...d }) => d },
  {
    what: 'a format version from the future',
    who: 'schema and model',
    change: (d) => ({ ...d, formatVersion: 99 }),
  },
  {
    what: 'an agency id where a person id belongs',
    who: 'schema and model',
    change: (d) => ((at<Record<string, unknown>>(d, 'people').id = 'agency:amy'), d),
  },
  {
    what: 'a value outside a list of choices',
    who: 'schema and model',
    change: (d) => ((at<Record<string, unknown>>(d, 'people').sexAtBirth = 'maybe'), d),
  },
  {
    what: 'a date not written YYYY-MM-DD',
    who: 'schema and model',
    change: (d) => ((at<Record<string, unknown>>(d, 'people').birth = { date: '28/02/1990' }), d),
  },
  {
    what: 'a month that does not exist (2019-13)',
    who: 'schema and model',
    change: (d) => ((at<Record<string, unknown>>(d, 'people').birth = { date: '2019-13' }), d),
  },
  {
    what: 'a day that does not exist (30 February)',
    who: 'schema and model',
    change: (d) => ((at<Record<string, unknown>>(d, 'people').birth = { date: '2019-02-30' }), d),
  },
  {
    what: '29 February in a year that is not a leap year',
    who: 'schema and model',
    change: (d) => ((at<Record<string, unknown>>(d, 'people').birth = { date: '1900-02-29' }), d),
  },
  {
    what: 'a share time on a day that does not exist',
    who: 'schema and model',
    change: (d) => ((at<Record<string, unknown>>(d, 'shares').at = '2025-04-31T10:00:00Z'), d),
  },
  {
    what: 'a partnership of three people',
    who: 'schema and model',
    change: (d) => (
      (at<Record<string, unknown>>(d, 'partnerships').partners = ['person:amy', 'person:ben', 'person:leo']),
      d
    ),
  },
  {
    what: 'weeks of pregnancy that are not a whole number',
    who: 'schema and model',
    change: (d) => (
      d.people.push({ id: 'person:bump', kind: 'pregnancy', pregnancy: { gestationWeeks: 20.5 } }),
      d
    ),
  },
  {
    what: 'a share with nobody named as sharing it',
    who: 'schema and model',
    change: (d) => ((at<Record<string, unknown>>(d, 'shares').by = ''), d),
  },
  {
    what: 'a share listing the same format twice',
    who: 'schema and model',
    change: (d) => ((at<Record<string, unknown>>(d, 'shares').formats = ['pdf', 'pdf']), d),
  },
  {
    what: 'a share after consent was refused, with no reason',
    who: 'schema and model',
    change: (d) => (
      (at<Record<string, unknown>>(d, 'shares').consent = { state: 'refused', reason: '   ' }),
      d
    ),
  },
  {
    what: 'a sensitivity override keyed "__proto__"',
    who: 'schema and model',
    change: (d) => {
      const sensitivity = JSON.parse('{"__proto__": "sensitive"}') as unknown;
      at<Record<string, unknown>>(d, 'people').sensitivity = sensitivity;
      return d;
    },
  },
  {
    what: 'more than 10,000 people',
    who: 'schema and model',
    change: (d) => ({
      ...d,
      people: Array.from({ length: 10_001 }, (_, i) => ({ id: `person:p${i}` })),
      partnerships: [],
      parentChildLinks: [],
      households: [],
      emotionalRelationships: [],
      caringRoles: [],
    }),
  },
  {
    what: 'a twin or triplet group listing the same person twice',
    who: 'schema and model',
    change: (d) => ({
      ...d,
      multipleBirths: [{ id: 'multiple:twins', members: ['person:leo', 'person:leo'] }],
    }),
  },
  {
    what: 'a document nested deeper than 32 levels (the format has no place that deep)',
    who: 'schema and model',
    change: (d) => {
      let deep: unknown = 'x';
      for (let i = 0; i < 40; i += 1) deep = [deep];
      return { ...d, notes: deep };
    },
  },
  // ── Only parseFamily catches these ──────────────────────────────────────────────────────────
  {
    what: 'two people with the same id',
    who: 'model only',
    change: (d) => (d.people.push({ id: 'person:amy', names: { given: 'Another Amy' } }), d),
  },
  {
    what: 'a partnership naming a person who is not in the family',
    who: 'model only',
    change: (d) => (
      (at<Record<string, unknown>>(d, 'partnerships').partners = ['person:amy', 'person:zoe']),
      d
    ),
  },
  {
    what: 'a partnership joining a person to themselves',
    who: 'model only',
    change: (d) => (
      (at<Record<string, unknown>>(d, 'partnerships').partners = ['person:amy', 'person:amy']),
      d
    ),
  },
  {
    what: 'a child listed as their own parent',
    who: 'model only',
    change: (d) => ((at<Record<string, unknown>>(d, 'parentChildLinks').parent = 'person:leo'), d),
  },
  {
    what: 'a parent linked through a partnership they are not in',
    who: 'model only',
    change: (d) => {
      d.people.push({ id: 'person:cal' });
      at<Record<string, unknown>>(d, 'parentChildLinks').parent = 'person:cal';
      return d;
    },
  },
  {
    what: 'a relationship line from a person to themselves',
    who: 'model only',
    change: (d) => ((at<Record<string, unknown>>(d, 'emotionalRelationships').to = 'person:amy'), d),
  },
  {
    what: 'a person recorded as caring for themselves',
    who: 'model only',
    change: (d) => ((at<Record<string, unknown>>(d, 'caringRoles').caredFor = 'person:leo'), d),
  },
  {
    what: 'a share sent to an agency that is not in the family',
    who: 'model only',
    change: (d) => (
      (at<{ recipient: Record<string, unknown> }>(d, 'shares').recipient.agency = 'agency:police'),
      d
    ),
  },
];

describe('the JSON Schema and parseFamily', () => {
  it('both accept the valid family the cases start from, and the frozen v3 example', () => {
    const base = family();
    const parsed = parseFamily(base);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(validate(base), JSON.stringify(validate.errors)).toBe(true);
    const example = JSON.parse(
      readFileSync(
        fileURLToPath(new URL('../../fixtures/format/v3/leo-family.json', import.meta.url)),
        'utf8',
      ),
    ) as unknown;
    expect(parseFamily(example).ok).toBe(true);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(CASES)('$what: refused by $who', ({ change, who }) => {
    const doc = change(family());
    const parsed = parseFamily(doc);
    expect(parsed.ok, 'parseFamily must refuse it').toBe(false);
    expect(
      validate(doc),
      who === 'model only' ? 'JSON Schema cannot catch this' : 'JSON Schema must refuse it',
    ).toBe(who === 'model only');
  });

  it('neither refuses dates out of order (a death before a birth): the checks report those', () => {
    const doc = family();
    Object.assign(doc.people[0] as Record<string, unknown>, {
      vitalStatus: 'deceased',
      death: { date: '1980' },
    });
    expect(parseFamily(doc).ok).toBe(true);
    expect(validate(doc)).toBe(true);
  });

  it('names the field and the problem for each model-only case', () => {
    for (const c of CASES.filter((x) => x.who === 'model only')) {
      const parsed = parseFamily(c.change(family()));
      if (parsed.ok) throw new Error(`${c.what}: accepted`);
      for (const issue of parsed.issues) {
        expect(issue.path, c.what).toMatch(/^[a-zA-Z]+(\[\d+\])?[.[]/);
        expect(issue.message.length, c.what).toBeGreaterThan(10);
      }
    }
  });

  it('lists the model-only cases in docs/format/README.md', () => {
    const readme = readFileSync(
      fileURLToPath(new URL('../../../docs/format/README.md', import.meta.url)),
      'utf8',
    );
    for (const c of CASES.filter((x) => x.who === 'model only')) {
      expect(readme.toLowerCase(), c.what).toContain(c.what.toLowerCase());
    }
  });

  it('agree on every date: the schema’s pattern refuses exactly the dates parseFamily refuses', () => {
    const digits = (n: number) =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));
    const dateLike = fc.oneof(
      digits(4),
      fc.tuple(digits(4), digits(2)).map(([y, m]) => `${y}-${m}`),
      fc
        .tuple(digits(4), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.constantFrom('2000-02-29', '1900-02-29', '2024-02-29', '2023-02-29', '2400-02-29', '0000-02-29'),
    );
    fc.assert(
      fc.property(dateLike, (date) => {
        const doc = family();
        (doc.people[0] as Record<string, unknown>).birth = { date };
        expect(validate(doc)).toBe(parseFamily(doc).ok);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);
});
