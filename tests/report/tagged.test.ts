// The report is a tagged PDF (WCAG 2.2 AA, PDF/UA in spirit): read back with pdf.js, the catalog says
// it is marked, its language is en-GB, and its structure tree holds the headings, paragraphs, tables
// and figures with alternative text a screen reader announces. The alternative text is made from the
// redacted copy only, so it names nothing the redaction removed.
import { describe, expect, it } from 'vitest';
import { serializeFamily, type Family } from '@kinmap/model';
import { buildReport } from '@kinmap/report';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadFixture } from '../support/fixtures.ts';
import { sentinelFamily } from '../model/share/sentinelFamily.ts';

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

interface StructNode {
  role?: string;
  alt?: string;
  lang?: string;
  children?: (StructNode | { type: string })[];
}

function walk(node: StructNode, visit: (node: StructNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) if ('role' in child) walk(child as StructNode, visit);
}

async function readStructure(bytes: Uint8Array) {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const markInfo = await document.getMarkInfo();
  const { info } = await document.getMetadata();
  const viewer = (await document.getViewerPreferences()) as Record<string, unknown> | null;
  const roles: string[] = [];
  const alts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree) {
      walk(tree, (node) => {
        if (node.role) roles.push(node.role);
        if (node.role === 'Figure' && node.alt !== undefined) alts.push(node.alt);
      });
    }
  }
  await document.destroy();
  return { markInfo, info: info as Record<string, unknown>, viewer, roles, alts };
}

describe('toReportPdf: a tagged PDF', () => {
  it('partner agency copy: marked, en-GB, title shown, H1/H2/P/Table/TH/TD and Figures with alternative text that leaks nothing removed', async () => {
    const family = leoWithConfidentialFlat();
    const report = await buildReport(family, { profile: 'partner_agency', asAt: '2025-03-14' });
    const read = await readStructure(report.pdf);

    expect(read.markInfo?.Marked).toBe(true);
    expect(read.info.Language).toBe('en-GB');
    expect(read.viewer?.DisplayDocTitle).toBe(true);
    for (const role of ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'Figure']) {
      expect(read.roles, role).toContain(role);
    }
    // The footer is an artifact: not in the structure tree as a paragraph.
    expect(read.roles.filter((role) => role === 'H1')).toHaveLength(1);

    // The genogram and the ecomap are described in words from the redacted copy.
    const copy = report.family;
    const genogram = read.alts.find((alt) => alt.startsWith('Genogram of'));
    expect(genogram).toContain(`${copy.people.length} people in ${copy.households.length} household`);
    expect(
      read.alts.some((alt) => alt.startsWith(`Ecomap: the family in the middle and ${copy.agencies.length}`)),
    ).toBe(true);
    expect(read.alts.some((alt) => alt.startsWith('Key: '))).toBe(true);

    // Nothing the partner agency copy removed is in any alternative text.
    const alts = read.alts.join('\n');
    expect(report.summary.removed.confidential_location).toBeGreaterThanOrEqual(1);
    for (const removed of ['Orsett Road', 'RM17']) expect(alts).not.toContain(removed);
  }, 60_000);

  it('partner agency copy of a family with a sentinel in every field: no alternative text holds a sentinel the copy does not', async () => {
    const { family, sentinels } = sentinelFamily(leoWithConfidentialFlat(), 7);
    const report = await buildReport(family, { profile: 'partner_agency', asAt: '2025-03-14' });
    const read = await readStructure(report.pdf);
    const kept = serializeFamily(report.family);
    const alts = read.alts.join('\n');
    expect(read.alts.length).toBeGreaterThan(2);
    expect(report.summary.removed.confidential_location).toBeGreaterThanOrEqual(1);
    const removed = sentinels.filter((sentinel) => !kept.includes(sentinel.text));
    // The family really lost something for this recipient, and none of it is described.
    expect(removed.length).toBeGreaterThan(0);
    const leaked = removed.filter((sentinel) => alts.includes(sentinel.text)).map((s) => s.path);
    expect(leaked).toEqual([]);
  }, 120_000);
});
