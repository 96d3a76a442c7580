// The conference report (issue 14): what a reader finds in the PDF's text for each profile, read back
// with pdf.js as a reader's search would. The family is always redacted first, so what a profile
// takes out is not in the file at all.
import { describe, expect, it } from 'vitest';
import {
  checkFamily,
  ModelError,
  redactFamily,
  type Family,
  type PersonId,
  type RedactionProfile,
} from '@kinmap/model';
import { buildReport, reportBanner, toReportPdf, MIN_FONT_PT } from '@kinmap/report';
import { loadFixture } from '../support/fixtures.ts';
import { generateFamily } from '../support/generateFamily.ts';
import { flat, pdfFonts, readPdf } from './support/pdfText.ts';

/** Leo's family with Grace's flat made a confidential address (she has moved somewhere safe). */
function leoWithConfidentialFlat(): Family {
  const leo = loadFixture('leo');
  return {
    ...leo,
    households: leo.households.map((household) =>
      household.label === "Grace's flat" && household.address
        ? { ...household, address: { ...household.address, confidential: true } }
        : household,
    ),
  };
}

const PROFILES: RedactionProfile[] = [
  'case_record',
  'partner_agency',
  'court_bundle',
  'family_copy',
  'subject_access',
  'anonymised',
];

describe('toReportPdf: what each profile prints', () => {
  const family = leoWithConfidentialFlat();
  const subject = family.subjects[0] as PersonId;

  for (const profile of PROFILES) {
    it(`${profile}: the banner, the chart date and the sections are there; the confidential address is not`, async () => {
      const redaction = profile === 'subject_access' ? { requester: subject } : undefined;
      const report = await buildReport(family, { profile, ...(redaction ? { redaction } : {}) });
      const pdf = await readPdf(report.pdf);
      const text = flat(pdf.text);
      const { summary, family: copy } = redactFamily(family, profile, redaction);

      // The banner is the summary in plain words, and it is printed.
      expect(report.banner).toBe(reportBanner(summary));
      expect(text).toContain(flat(report.banner));
      // The refuge-like flat is gone from every profile (the case record too, unless opted in).
      expect(text).not.toContain('Orsett Road');
      expect(text).not.toContain('RM17');
      expect(summary.removed.confidential_location).toBeGreaterThanOrEqual(1);
      expect(report.banner).toMatch(/\d+ confidential address/);
      // The sections a conference chair looks for.
      for (const heading of [
        'Genogram',
        'Key',
        'Ecomap',
        'People',
        'Households',
        'Agencies',
        'Minimum standard',
      ]) {
        expect(text).toContain(heading);
      }
      const standard = checkFamily(copy, { asAt: report.asAt }).standard;
      expect(text).toContain(`Minimum standard: ${standard.met} of ${standard.total} items met`);
      // Every page carries who the copy is for.
      for (const page of pdf.pages)
        expect(flat(page.text)).toContain(`page ${pdf.pages.indexOf(page) + 1} of`);
    });
  }

  it('partner_agency: names, the ordinary address and the lead practitioner stay; health and sources go', async () => {
    const report = await buildReport(family, { profile: 'partner_agency' });
    const text = flat((await readPdf(report.pdf)).text);
    expect(text).toContain('Chart date: 1 March 2021');
    expect(text).toContain('Partner agency copy:');
    expect(text).toContain('1 confidential address');
    expect(text).toContain('Leo Carter');
    expect(text).toContain('Grace Boateng');
    expect(text).toContain('Tilbury'); // Daniel's house: not confidential, so a partner may see it
    expect(text).toMatch(/Thurrock Children's Social Care, Family Support Team \(lead practitioner\)/);
    // The report's own tables never name a removed class; the copy holds no ethnicity for the tables.
    expect(report.summary.removed.special_category).toBeGreaterThan(0);
    expect(report.family.people.every((p) => p.identity?.ethnicity === undefined)).toBe(true);
  });

  it('case_record: the confidential address is printed only when opted in with a reason', async () => {
    const withheld = flat((await readPdf(await toReportPdf(family, { profile: 'case_record' }))).text);
    expect(withheld).not.toContain('Orsett Road');
    expect(withheld).toContain('Case record copy: 1 confidential address removed');
    const included = await buildReport(family, {
      profile: 'case_record',
      redaction: { include: { confidential_location: { reason: 'Team manager, authorised' } } },
    });
    const text = flat((await readPdf(included.pdf)).text);
    expect(text).toContain('Flat 4, 18 Orsett Road, Grays, RM17 5DX');
    expect(text).toContain('Case record copy: nothing removed');
  });

  it('anonymised: no real name, place or date; people are roles', async () => {
    const report = await buildReport(family, { profile: 'anonymised' });
    const text = flat((await readPdf(report.pdf)).text);
    for (const real of ['Leo', 'Carter', 'Boateng', 'Maisie', 'Tilbury', 'Grays', 'Thurrock', '2021']) {
      expect(text).not.toContain(real);
    }
    expect(text).toMatch(/Child 1|Mother|Father/);
    expect(text).toContain('Chart date: 31 December 2000');
  });

  it('subject_access: a draft, and it needs the requester', async () => {
    const report = await buildReport(family, {
      profile: 'subject_access',
      redaction: { requester: subject },
    });
    const text = flat((await readPdf(report.pdf)).text);
    expect(text).toContain('Subject access draft, not for release');
    expect(text).toContain('This is a draft for review');
    await expect(toReportPdf(family, { profile: 'subject_access' })).rejects.toThrow(ModelError);
    await expect(toReportPdf(family, { profile: 'subject_access' })).rejects.toThrow(/options\.requester/);
  });
});

describe('toReportPdf: a document that works', () => {
  it('every font is embedded (Atkinson Hyperlegible Next, the font the layout measures with, subset): no standard PDF font', async () => {
    const bytes = await toReportPdf(loadFixture('many-agencies'), { profile: 'partner_agency' });
    const { baseFonts, embeddedFiles } = pdfFonts(bytes);
    expect(baseFonts.length).toBeGreaterThan(0);
    for (const name of baseFonts) expect(name).toMatch(/^[A-Z]{6}\+AtkinsonHyperlegibleNext-(Regular|Bold)$/);
    expect(embeddedFiles).toBe(baseFonts.length);
  });

  it('names are data: quotes, <, &, emoji and Welsh letters are printed as written', async () => {
    const leo = loadFixture('leo');
    const names: [string, string][] = [
      ['Ŵyn "the <b>boss</b>"', "O'Brien & Sons"],
      ['Gwenllïan ŷ', 'ap Rhys 😀'],
    ];
    const family: Family = {
      ...leo,
      title: 'Family of <script>alert(1)</script> & "friends"',
      people: leo.people.map((person, i) =>
        i < names.length
          ? { ...person, names: { ...person.names, given: names[i]?.[0], family: names[i]?.[1] } }
          : person,
      ),
    };
    const report = await buildReport(family, { profile: 'case_record' });
    const text = flat((await readPdf(report.pdf)).text);
    expect(text).toContain('Family of <script>alert(1)</script> & "friends"');
    expect(text).toContain('Ŵyn "the <b>boss</b>"');
    expect(text).toContain("O'Brien & Sons");
    expect(text).toContain('Gwenllïan ŷ');
    expect(text).toContain('ap Rhys');
  });

  it('a large family goes on a larger sheet or more pages, and no text is under 8 pt', async () => {
    const family = generateFamily({ people: 90, seed: 14 });
    const report = await buildReport(family, { profile: 'partner_agency' });
    const pdf = await readPdf(report.pdf);
    const sizes = pdf.pages.flatMap((page) => page.fontSizes);
    expect(sizes.length).toBeGreaterThan(100);
    // Words and numbers: never under 8 pt. The one exception is the key's small sample of an unknown
    // person, a "?" drawn inside its dashed diamond by @kinmap/react (a mark, not a word to read).
    const small = pdf.pages.flatMap((page) => page.small);
    expect(small.filter((text) => text !== '?')).toEqual([]);
    expect(small.length).toBeLessThanOrEqual(1);
    expect(Math.min(...sizes.filter((size) => size < MIN_FONT_PT - 0.01), MIN_FONT_PT)).toBeGreaterThan(6.5);
    const a4 = (size: [number, number]) => Math.abs(size[0] - 595.28) < 1 && Math.abs(size[1] - 841.89) < 1;
    expect(pdf.pages.some((page) => !a4(page.size))).toBe(true); // the genogram's larger sheet
    expect(pdf.pages.length).toBeGreaterThan(3); // the tables run over several A4 pages
  });

  it('the same family and options give the same bytes (no clock, no randomness)', async () => {
    const family = loadFixture('kinship');
    const first = await toReportPdf(family, { profile: 'court_bundle' });
    const second = await toReportPdf(family, { profile: 'court_bundle' });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('sections choose the parts; the title and page size are the caller’s', async () => {
    const report = await buildReport(loadFixture('kinship'), {
      profile: 'partner_agency',
      sections: ['people', 'standard'],
      title: 'Core group, 3 June',
      pageSize: 'A3',
    });
    const pdf = await readPdf(report.pdf);
    const text = flat(pdf.text);
    expect(text).toContain('Core group, 3 June');
    expect(text).toContain('People');
    expect(text).toContain('Minimum standard');
    expect(text).not.toContain('Genogram');
    expect(text).not.toContain('Ecomap');
    expect(pdf.info.Title).toBe('Core group, 3 June');
    expect(pdf.pages[0]?.size.map(Math.round)).toEqual([842, 1191]);
  });
});
