// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the declarations must reach every project that compiles this file (the CLI, the tests), not only this package
/// <reference path="./vendor.d.ts" />
import { PDFDocument } from '#pdfkit';
import { layoutFamily, type LayoutOptions } from '@kinmap/layout';
import {
  checkFamily,
  redactFamily,
  todayIsoDate,
  type Family,
  type RedactionProfile,
  type RedactionSummary,
  type RedactOptions,
} from '@kinmap/model';
import { defaultLabels, layoutWordsOf, mergeLabels, toSvgString, type LabelsOverride } from '@kinmap/react';
import { loadReportFonts } from '#fonts';
import { PROFILE_TITLES, reportBanner } from './banner.ts';
import { legendBlocks, svgPart } from './svgParts.ts';
import { familyTables } from './tables.ts';
import type { ReportFonts } from './fonts/types.ts';
import { BOLD, FOOTER, MARGIN, MIN_FONT_PT, MUTED, REGULAR, SIZES } from './page.ts';
import { ReportWriter } from './reportWriter.ts';
import { ecomapAlt, genogramAlt, longDate, SEVERITY_WORDS, STATE_WORDS } from './words.ts';

export { MIN_FONT_PT };

/** The parts of the report, in the order they are printed. */
export const REPORT_SECTIONS = [
  'genogram',
  'ecomap',
  'people',
  'households',
  'agencies',
  'standard',
] as const;

/** One part of the report: the genogram and its key, the ecomap, a table, or the minimum standard. */
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** Paper sizes the report is laid out on. A larger sheet is used for a chart that does not fit. */
export type ReportPageSize = 'A4' | 'A3';

/** Options of {@link toReportPdf}. */
export interface ReportOptions {
  /** Who the copy is for. The family is always redacted for this profile first (`redactFamily`). */
  profile: RedactionProfile;
  /**
   * Options for `redactFamily`: opt-ins with reasons, who a family copy is for, the requester of a
   * subject access draft (required for `subject_access`), people to withhold.
   */
  redaction?: RedactOptions;
  /** Which parts to print, in the report's own order. Default: all of {@link REPORT_SECTIONS}. */
  sections?: readonly ReportSection[];
  /**
   * The chart date (`YYYY-MM-DD`): ages, households and the checks are as at this date. Default: the
   * family's `asAt`, else today. An anonymised copy always uses its own shifted date.
   */
  asAt?: string;
  /** The report's title. Default: the copy's title, else "Family map". */
  title?: string;
  /** Paper size. Default `A4`. */
  pageSize?: ReportPageSize;
  /**
   * The fonts to embed (TrueType bytes). Default: Atkinson Hyperlegible Next (the font the layout
   * measures text with) from the @expo-google-fonts/atkinson-hyperlegible-next package, read
   * from disk in Node and fetched from the bundle's URL in the browser.
   */
  fonts?: ReportFonts;
  /**
   * The words of the genogram and ecomap figures and their key, as the `labels` of `@kinmap/react`
   * (for example `welshLabels`): the charts are laid out and drawn in these words. The report's own
   * headings, tables and alt text stay in English.
   */
  labels?: LabelsOverride;
}

/** What {@link buildReport} returns: the PDF and what it was made from, for a share record. */
export interface ReportResult {
  pdf: Uint8Array;
  /** The redacted copy the report shows. */
  family: Family;
  /** The redaction summary (for the sharer; it refers to the original map). */
  summary: RedactionSummary;
  /** The banner printed at the top of the report. */
  banner: string;
  /** The chart date printed on the report. */
  asAt: string;
  /** How many pages the report has. */
  pages: number;
}

/**
 * Makes the report and returns it with what it was made from (the redacted copy, the summary, the
 * banner, the chart date and the page count): for the demo's share dialog and for share records.
 *
 * @example
 * ```ts
 * import { buildReport } from '@kinmap/report';
 * const { pdf, banner, pages } = await buildReport(family, { profile: 'partner_agency' });
 * ```
 */
export async function buildReport(family: Family, options: ReportOptions): Promise<ReportResult> {
  const redacted = redactFamily(family, options.profile, options.redaction);
  const copy = redacted.family;
  const asAt =
    options.profile === 'anonymised'
      ? (copy.asAt ?? options.asAt ?? todayIsoDate())
      : (options.asAt ?? copy.asAt ?? todayIsoDate());
  const sections = new Set(options.sections ?? REPORT_SECTIONS);
  const title = options.title ?? copy.title ?? 'Family map';
  const banner = reportBanner(redacted.summary);
  const fonts = options.fonts ?? (await loadReportFonts());
  const size = SIZES[options.pageSize ?? 'A4'] ?? (SIZES.A4 as [number, number]);

  const doc = new PDFDocument({
    size,
    margin: MARGIN,
    autoFirstPage: true,
    bufferPages: true,
    // Tagged (PDF/UA in spirit): a screen reader gets the headings, paragraphs, tables and figures.
    tagged: true,
    pdfVersion: '1.7',
    // No standard (unembedded) PDF font is ever loaded: every font in the report is embedded.
    font: null as unknown as string,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: title,
      Subject: PROFILE_TITLES[options.profile],
      Creator: 'Kinmap',
      Producer: 'Kinmap (pdfkit)',
      // Fixed, so the same family, options and fonts give the same bytes in Node and the browser.
      CreationDate: new Date(`${asAt}T00:00:00Z`),
    },
  });
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  doc.font(REGULAR);
  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve());
    doc.on('error', (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))));
  });
  const fontCallback = (_family: string, bold: boolean) => (bold ? BOLD : REGULAR);
  const writer = new ReportWriter(doc, size);

  writer.heading(title, 1);
  writer.text(`Chart date: ${longDate(asAt)}`, { size: 11, gap: 2 });
  writer.text(`Prepared for: ${PROFILE_TITLES[options.profile]}`, { size: 11, gap: 8 });
  writer.banner(banner);
  if (redacted.summary.draft) {
    writer.text(
      'This is a draft for review. Every item marked for a decision must be checked (the ICO three-step test) before anything is released.',
      { colour: MUTED },
    );
  }

  // The charts' words: laid out (measured) and drawn in the same labels.
  const labels = options.labels;
  const baseLayout: LayoutOptions = { asAt, words: layoutWordsOf(mergeLabels(defaultLabels, labels)) };
  if (sections.has('genogram')) {
    const layout = layoutFamily(copy, { ...baseLayout, ecomap: 'none' });
    const withKey = toSvgString(copy, {
      layout,
      asAt,
      title,
      labels,
      xmlDeclaration: false,
      showLegend: true,
    });
    const chart = toSvgString(copy, {
      layout,
      asAt,
      title,
      labels,
      xmlDeclaration: false,
      showLegend: false,
    });
    writer.svg(svgPart(chart), fontCallback, genogramAlt(copy, asAt), 'Genogram');
    const key = legendBlocks(withKey);
    if (key.length > 0) writer.legend(key, fontCallback);
  }
  if (sections.has('ecomap')) {
    if (copy.agencies.length === 0) {
      writer.heading('Ecomap');
      writer.text('No agencies are recorded, so there is no ecomap.', { colour: MUTED });
    } else {
      const full = layoutFamily(copy, {
        ...baseLayout,
        ecomap: 'ring',
        showEmotional: false,
        showCaring: false,
      });
      // Households are not drawn on an ecomap (as in <Ecomap>), so they are left out of its key too.
      const layout = { ...full, households: [] };
      const svg = toSvgString(copy, {
        layout,
        asAt,
        title: 'Ecomap',
        labels,
        xmlDeclaration: false,
        showEcomap: true,
        showLegend: false,
      });
      writer.svg(svgPart(svg), fontCallback, ecomapAlt(copy), 'Ecomap');
    }
  }
  const tableNames = (['people', 'households', 'agencies'] as const).filter((name) => sections.has(name));
  const weights: Record<string, number[]> = {
    people: [2.2, 0.8, 1.2, 2.8, 2, 2, 1],
    households: [1.2, 3, 1.8],
    agencies: [2.2, 1.3, 1.5, 1.8, 1, 1],
  };
  familyTables(copy, asAt, tableNames).forEach((table, i) => {
    const name = tableNames[i] ?? 'people';
    writer.table(table, table.columns.length === weights[name]?.length ? weights[name] : undefined);
  });
  if (sections.has('standard')) {
    const result = checkFamily(copy, { asAt });
    const standard = result.standard;
    writer.heading(`Minimum standard: ${standard.met} of ${standard.total} items met`);
    if (options.profile !== 'case_record') {
      writer.text('Checked on this copy: anything removed for this recipient counts as not recorded here.', {
        colour: MUTED,
        size: 9,
      });
    }
    writer.table(
      {
        caption: 'Items of the minimum standard',
        columns: ['Item', 'Where it stands'],
        rows: standard.items.map((item) => [
          item.label,
          item.state === 'met_with_warnings'
            ? `Met, with ${item.warnings} ${item.warnings === 1 ? 'warning' : 'warnings'}`
            : item.state === 'not_started' && item.start
              ? `${STATE_WORDS.not_started}: ${item.start.message}`
              : STATE_WORDS[item.state],
        ]),
      },
      [2, 3],
      3,
    );
    writer.table(
      {
        caption: 'Findings',
        columns: ['Check', 'Kind', 'Finding'],
        rows: result.findings.map((finding) => [
          finding.id,
          SEVERITY_WORDS[finding.severity],
          finding.message,
        ]),
        empty: 'No findings.',
      },
      [0.8, 1, 5],
      3,
    );
  }

  // A footer on every page: who the copy is for, and the page number.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    // Page furniture: an artifact, so a screen reader does not read it on every page.
    writer.artifact(() => {
      doc
        .font(REGULAR)
        .fontSize(MIN_FONT_PT)
        .fillColor(MUTED)
        .text(
          `${PROFILE_TITLES[options.profile]} · ${title} · chart date ${longDate(asAt)} · page ${i + 1} of ${range.count}`,
          MARGIN,
          doc.page.height - MARGIN - FOOTER / 2,
          { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false },
        );
    }, 'Pagination');
    doc.page.margins.bottom = bottomMargin;
  }
  writer.root.end();
  doc.end();
  await done;
  const length = chunks.reduce((n, c) => n + c.length, 0);
  const pdf = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    pdf.set(chunk, offset);
    offset += chunk.length;
  }
  return { pdf, family: copy, summary: redacted.summary, banner, asAt, pages: range.count };
}

/**
 * A conference-ready report of a family map as a PDF: title, chart date, a banner saying who the copy
 * is for and what was removed, the genogram with its key, the ecomap, the people, households and
 * agencies tables (lead practitioner marked), and the minimum standard with its findings. The family
 * is always redacted for `profile` first (`redactFamily`), so nothing the recipient may not see is in
 * the file. Text stays text (Atkinson Hyperlegible Next, embedded); nothing is printed under 8 pt.
 * Runs in Node and in the browser with the same output.
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { parseFamily } from '@kinmap/model';
 * import { toReportPdf } from '@kinmap/report';
 *
 * const parsed = parseFamily(json);
 * if (parsed.ok) {
 *   const pdf = await toReportPdf(parsed.family, { profile: 'partner_agency', asAt: '2025-03-14' });
 *   await writeFile('carter-partner-agency.pdf', pdf);
 * }
 * ```
 */
export async function toReportPdf(family: Family, options: ReportOptions): Promise<Uint8Array> {
  return (await buildReport(family, options)).pdf;
}
