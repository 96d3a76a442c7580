// The leak test of issue 14 for every output a family leaves in: generated families hold a unique
// sentinel string in every free-text and identifying field (the model's sentinel generator, ids
// included); each is exported for each profile as JSON, SVG (the genogram and key, as `kinmap render`
// writes it), PNG (rasterised by resvg) and the PDF report. Zero leaks is the bar:
//
// - a sentinel of a class the profile removes for everyone (domain.md §4.2, written out below, not
//   read from the implementation), an id, or any sentinel the redacted JSON does not hold (so also
//   what a profile removes for other people only), appears in none of: the JSON, the whole SVG
//   markup (text, <title>, <desc>, aria-*, data-*, ids), the PDF (its extracted text, its
//   information dictionary and its raw bytes), the PNG's chunks other than the image data;
// - every kept sentinel in a field the output prints appears in it:
//     SVG: the map's title, and each person's shown name (known-as name, else given name; family name);
//     PDF: the same, plus each household on the chart date (label, address, postcode) and each
//          agency (name, team, and its own words for an "other" kind);
//     PNG: pixels only, so nothing is expected in its metadata.
//   Kept-ness in the JSON itself is the model's own property test (tests/model/share).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  isWithin,
  redactFamily,
  sensitivityOf,
  serializeFamily,
  type Family,
  type PersonId,
  type RedactionProfile,
  type RedactOptions,
  type SensitivityClass,
} from '@kinmap/model';
import { renderFamily } from '@kinmap/cli';
import { buildReport } from '@kinmap/report';
import { arbitraryFamily } from '../support/arbitraryFamily.ts';
import { sentinelFamily } from '../model/share/sentinelFamily.ts';
import { readPdf } from './support/pdfText.ts';

/** Classes each profile takes out whoever the information is about (domain.md §4.2, no opt-ins). */
const REMOVED_FOR_ALL: Record<RedactionProfile, SensitivityClass[]> = {
  case_record: ['confidential_location'],
  partner_agency: [
    'special_category',
    'criminal',
    'immigration',
    'confidential_location',
    'third_party',
    'gender_history',
  ],
  court_bundle: [
    'special_category',
    'criminal',
    'immigration',
    'confidential_location',
    'third_party',
    'gender_history',
    'court_restricted',
  ],
  family_copy: ['criminal', 'confidential_location', 'third_party', 'gender_history', 'court_restricted'],
  subject_access: ['confidential_location', 'third_party'],
  // Free text goes whatever its class; names become roles.
  anonymised: [
    'public_within_case',
    'personal',
    'special_category',
    'criminal',
    'immigration',
    'confidential_location',
    'third_party',
    'gender_history',
    'court_restricted',
  ],
};
const PROFILES = Object.keys(REMOVED_FOR_ALL) as RedactionProfile[];
type Output = 'json' | 'svg' | 'pdf' | 'png';
/** PDFs take seconds each on a loaded two-core machine: a few families a profile. */
const RUNS = 6;

interface Tally {
  families: number;
  sentinels: number;
  mustGo: number;
  leaked: Record<Output, number>;
  expected: Record<'svg' | 'pdf', number>;
  found: Record<'svg' | 'pdf', number>;
  pngChunks: number;
}
const tallies = new Map<RedactionProfile, Tally>();

/** `people[2].identity.languages` → `people[2]`, `people[2].identity`, `people[2].identity.languages`. */
function prefixes(path: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= path.length; i++) {
    if (i === path.length || path[i] === '.' || path[i] === '[') {
      const prefix = path.slice(0, i);
      if (/[.[]/.test(prefix) || i === path.length) out.push(prefix);
    }
  }
  return out;
}

/** Partner and court copies keep status entries and the NRPF answer's container (domain.md §4.2). */
function keptContainer(profile: RedactionProfile, path: string): boolean {
  return (
    (profile === 'partner_agency' || profile === 'court_bundle') &&
    /^people\[\d+\]\.(statuses(\[\d+\])?|immigration)$/.test(path)
  );
}

/** Every chunk of a PNG but the pixels (IDAT) and the header, as text: where metadata would be. */
function pngMetadata(png: Uint8Array): { text: string; chunks: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  let text = '';
  let chunks = 0;
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset);
    const type = new TextDecoder('latin1').decode(png.subarray(offset + 4, offset + 8));
    if (type !== 'IDAT' && type !== 'IHDR' && type !== 'IEND') {
      text += `${type}:${new TextDecoder('latin1').decode(png.subarray(offset + 8, offset + 8 + length))}\n`;
    }
    chunks += 1;
    offset += 12 + length;
  }
  return { text, chunks };
}

/** The values the SVG must show, and the PDF, read from the redacted copy (see the file's header). */
function printedValues(copy: Family, asAt: string): { svg: Set<string>; pdf: Set<string> } {
  const svg = new Set<string>();
  if (copy.title) svg.add(copy.title);
  for (const person of copy.people) {
    const first = person.names.knownAs ?? person.names.given;
    if (first) svg.add(first);
    if (person.names.family) svg.add(person.names.family);
  }
  const pdf = new Set(svg);
  for (const household of copy.households.filter((h) => isWithin(h, asAt))) {
    for (const value of [household.label, household.address?.text, household.address?.postcode]) {
      if (value) pdf.add(value);
    }
  }
  for (const agency of copy.agencies) {
    for (const value of [
      agency.name,
      agency.team,
      agency.category === 'other' ? agency.categoryOther : undefined,
    ]) {
      if (value) pdf.add(value);
    }
  }
  return { svg, pdf };
}

interface Case {
  base: Family;
  seed: number;
  members: number[];
  requester: number;
}

async function run(profile: RedactionProfile, c: Case): Promise<void> {
  const { family, sentinels } = sentinelFamily(c.base, c.seed);
  const ids = family.people.map((p) => p.id);
  const redaction: RedactOptions = {};
  if (profile === 'family_copy')
    redaction.familyMembers = c.members.map((i) => ids[i % ids.length] as PersonId);
  if (profile === 'subject_access') redaction.requester = ids[c.requester % ids.length] as PersonId;

  const copy = redactFamily(family, profile, redaction).family;
  const json = serializeFamily(copy);
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  const svg = decode((await renderFamily(family, { profile, format: 'svg', redaction })).bytes);
  const png = pngMetadata(
    (await renderFamily(family, { profile, format: 'png', redaction, pngScale: 1 })).bytes,
  );
  const report = await buildReport(family, { profile, redaction });
  const read = await readPdf(report.pdf);
  const compact = (text: string) => text.replace(/\s+/g, '');
  // A sentinel wrapped over two lines of a narrow table cell is still found: white space is dropped.
  const pdfText = `${compact(read.text)}\n${JSON.stringify(read.info)}\n${new TextDecoder('latin1').decode(report.pdf)}`;
  const outputs: Record<Output, string> = { json, svg, pdf: pdfText, png: png.text };
  const printed = printedValues(copy, report.asAt);

  const tally =
    tallies.get(profile) ??
    ({
      families: 0,
      sentinels: 0,
      mustGo: 0,
      leaked: { json: 0, svg: 0, pdf: 0, png: 0 },
      expected: { svg: 0, pdf: 0 },
      found: { svg: 0, pdf: 0 },
      pngChunks: 0,
    } satisfies Tally);
  tallies.set(profile, tally);
  tally.families += 1;
  tally.pngChunks += png.chunks;
  const problems: string[] = [];
  for (const sentinel of sentinels) {
    tally.sentinels += 1;
    const paths = prefixes(sentinel.path);
    const byClass = paths.some((p) => {
      const cls = sensitivityOf(p, family);
      return cls !== undefined && REMOVED_FOR_ALL[profile].includes(cls) && !keptContainer(profile, p);
    });
    if (byClass && json.includes(sentinel.text)) {
      problems.push(`LEAK json ${sentinel.path} (${paths.map((p) => sensitivityOf(p, family)).join(' > ')})`);
      tally.leaked.json += 1;
    }
    const mustGo = sentinel.id || byClass || !json.includes(sentinel.text);
    if (mustGo) {
      tally.mustGo += 1;
      for (const output of ['svg', 'pdf', 'png'] as const) {
        if (outputs[output].includes(sentinel.text)) {
          tally.leaked[output] += 1;
          problems.push(`LEAK ${output} ${sentinel.path}`);
        }
      }
      continue;
    }
    for (const output of ['svg', 'pdf'] as const) {
      const values = output === 'svg' ? printed.svg : printed.pdf;
      if (![...values].some((value) => value.includes(sentinel.text))) continue;
      tally.expected[output] += 1;
      const shown = output === 'svg' ? svg.includes(sentinel.text) : pdfText.includes(sentinel.text);
      if (shown) tally.found[output] += 1;
      else problems.push(`LOST ${output} ${sentinel.path}`);
    }
  }
  expect(problems).toEqual([]);
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  base: arbitraryFamily({ maxPeople: 6 }),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  members: fc.array(fc.nat({ max: 5 }), { maxLength: 3 }),
  requester: fc.nat({ max: 5 }),
});

describe('nothing a profile removes reaches the JSON, SVG, PNG or PDF; what it keeps is printed', () => {
  for (const profile of PROFILES) {
    it(`${profile}: zero leaks in every output, every kept printed field shown`, async () => {
      await fc.assert(
        fc.asyncProperty(caseArb, (c) => run(profile, c)),
        { numRuns: RUNS, seed: 1414 + PROFILES.indexOf(profile), endOnFailure: true },
      );
      const tally = tallies.get(profile);
      expect(tally?.families).toBe(RUNS);
      expect(Object.values(tally?.leaked ?? {}).every((n) => n === 0)).toBe(true);
      // The test must have had something to check: sentinels that had to go, and printed ones kept.
      expect(tally?.mustGo).toBeGreaterThan(0);
      if (profile !== 'anonymised') expect(tally?.expected.pdf).toBeGreaterThan(0);
    }, 600_000);
  }

  afterAll(() => {
    const rows = [...tallies].map(
      ([profile, t]) =>
        `${profile.padEnd(15)} families ${t.families}  sentinels ${String(t.sentinels).padStart(5)}  must go ${String(t.mustGo).padStart(5)}` +
        `  leaked json ${t.leaked.json} svg ${t.leaked.svg} pdf ${t.leaked.pdf} png ${t.leaked.png}` +
        `  shown svg ${t.found.svg}/${t.expected.svg} pdf ${t.found.pdf}/${t.expected.pdf}  png chunks ${t.pngChunks}`,
    );
    process.stdout.write(
      `\nLeak counts across outputs (fast-check, ${RUNS} families a profile):\n${rows.join('\n')}\n`,
    );
  });
});
