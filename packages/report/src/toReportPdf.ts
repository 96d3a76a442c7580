// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the declarations must reach every project that compiles this file (the CLI, the tests), not only this package
/// <reference path="./vendor.d.ts" />
import { PDFDocument } from '#pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { layoutFamily, type LayoutOptions } from '@kinmap/layout';
import {
  checkFamily,
  redactFamily,
  todayIsoDate,
  type Family,
  type RedactionProfile,
  type RedactionSummary,
  type RedactOptions,
  type Severity,
} from '@kinmap/model';
import { toSvgString } from '@kinmap/react';
import { loadReportFonts } from '#fonts';
import { PROFILE_TITLES, reportBanner } from './banner.ts';
import { findElements, textOf } from './markup.ts';
import { legendBlocks, svgPart, type SvgPart } from './svgParts.ts';
import { familyTables, type ReportTable } from './tables.ts';
import type { ReportFonts } from './fonts/types.ts';

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
   * The fonts to embed (TrueType bytes). Default: Arimo (Arial's metrics, which the layout measures
   * text with) from the @expo-google-fonts/arimo package, read
   * from disk in Node and fetched from the bundle's URL in the browser.
   */
  fonts?: ReportFonts;
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

const SIZES: Record<string, [number, number]> = {
  A4: [595.28, 841.89],
  A3: [841.89, 1190.55],
  A2: [1190.55, 1683.78],
  A1: [1683.78, 2383.94],
  A0: [2383.94, 3370.39],
};
const LARGER: readonly string[] = ['A3', 'A2', 'A1', 'A0'];
const MARGIN = 42;
const FOOTER = 22;
/** The smallest text the report prints, in points. */
export const MIN_FONT_PT = 8;
const REGULAR = 'Kinmap-Arimo';
const BOLD = 'Kinmap-Arimo-Bold';
const INK = '#1b1b1b';
const MUTED = '#4a4a4a';
const RULE = '#8a8a8a';

const SEVERITY_WORDS: Record<Severity, string> = {
  error: 'Not met',
  warning: 'To check',
  info: 'Prompt',
};

const STATE_WORDS = {
  met: 'Met',
  met_with_warnings: 'Met, with warnings',
  not_met: 'Not met',
  not_started: 'Not started',
} as const;

/** "2025-03-14" → "14 March 2025". */
function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

/** The words of an SVG's text, in document order, for a figure's alternative text. */
function svgWords(svg: string): string[] {
  return findElements(svg, (element) => element.name === 'text')
    .map((element) => textOf(svg, element).replace(/\s+/g, ' ').trim())
    .filter((words) => words !== '');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The genogram's alternative text, from the redacted copy only: counts, and the names the chart
 * itself prints for the people the copy keeps. Nothing the redaction removed is in the copy.
 */
function genogramAlt(copy: Family, asAt: string): string {
  const children = new Set(copy.parentChildLinks.map((link) => link.child)).size;
  return (
    `Genogram of ${plural(copy.people.length, 'person', 'people')} in ` +
    `${plural(copy.households.length, 'household', 'households')}, as at ${longDate(asAt)}: ` +
    `${plural(copy.partnerships.length, 'partnership', 'partnerships')} and ` +
    `${plural(children, 'child', 'children')} linked to their parents. ` +
    'Each person is listed in the People table and each household in the Households table.'
  );
}

/** The ecomap's alternative text: the agencies the copy keeps, as the chart and the table name them. */
function ecomapAlt(copy: Family): string {
  return (
    `Ecomap: the family in the middle and ${plural(copy.agencies.length, 'agency', 'agencies')} around it` +
    `, with ${plural(copy.involvements.length, 'line', 'lines')} to the people they work with. ` +
    'Each agency is listed in the Agencies table.'
  );
}

type Draw = () => void;

/**
 * Lays the report out on pdfkit pages: a cursor, page breaks, tables and SVG charts. Everything it
 * draws is tagged: headings H1–H3, paragraphs P, tables Table/TR/TH/TD, charts Figure with
 * alternative text, and boxes, rules and repeated heading rows as artifacts.
 */
class ReportWriter {
  y = MARGIN;
  readonly root: PDFKit.PDFStructureElement;
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly size: [number, number],
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** Draws `draw` as the content of a new structure element `type` under `parent`. */
  tag(
    type: string,
    draw: Draw,
    options: { alt?: string } = {},
    parent: PDFKit.PDFStructureElement = this.root,
  ): void {
    const element = this.doc.struct(type, options);
    parent.add(element);
    const content = this.doc.markStructureContent(type);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
    element.end();
  }

  /** Draws `draw` as page furniture that a screen reader skips (a box, a rule, a repeated row). */
  artifact(draw: Draw, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  get pageWidth(): number {
    return this.doc.page.width;
  }
  get left(): number {
    return MARGIN;
  }
  get width(): number {
    return this.pageWidth - 2 * MARGIN;
  }
  get bottom(): number {
    return this.doc.page.height - MARGIN - FOOTER;
  }

  newPage(size: [number, number] = this.size): void {
    this.doc.addPage({ size, margin: MARGIN });
    this.y = MARGIN;
  }

  /** Starts a new page unless `height` more fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > MARGIN) this.newPage();
  }

  text(
    content: string,
    options: { size?: number; bold?: boolean; colour?: string; gap?: number; tag?: string } = {},
  ): void {
    const size = Math.max(MIN_FONT_PT, options.size ?? 10);
    this.doc.font(options.bold ? BOLD : REGULAR).fontSize(size);
    const height = this.doc.heightOfString(content, { width: this.width });
    this.ensure(height);
    this.tag(options.tag ?? 'P', () => {
      this.doc.fillColor(options.colour ?? INK).text(content, this.left, this.y, { width: this.width });
    });
    this.y += height + (options.gap ?? 4);
  }

  heading(content: string, level: 1 | 2 | 3 = 2): void {
    const size = level === 1 ? 18 : 13;
    this.doc.font(BOLD).fontSize(size);
    // Keep a heading with at least a few lines of what follows it.
    this.ensure(this.doc.heightOfString(content, { width: this.width }) + 60);
    this.y += level === 1 ? 0 : 8;
    this.text(content, { size, bold: true, gap: 6, tag: `H${level}` });
  }

  banner(content: string): void {
    this.doc.font(BOLD).fontSize(11);
    const height = this.doc.heightOfString(content, { width: this.width - 16 }) + 12;
    this.ensure(height);
    this.artifact(() => {
      this.doc
        .save()
        .rect(this.left, this.y, this.width, height)
        .fillAndStroke('#fff4ce', '#8a6d00')
        .restore();
    });
    this.tag('P', () => {
      this.doc
        .fillColor(INK)
        .font(BOLD)
        .fontSize(11)
        .text(content, this.left + 8, this.y + 6, { width: this.width - 16 });
    });
    this.y += height + 10;
  }

  /** A table with its caption; the heading row repeats on each page the table runs onto. */
  table(table: ReportTable, weights?: readonly number[], level: 2 | 3 = 2): void {
    this.heading(table.caption, level);
    if (table.rows.length === 0) {
      this.text(table.empty ?? 'None recorded.', { colour: MUTED });
      return;
    }
    const size = 9;
    const pad = 3;
    const total = (weights ?? table.columns.map(() => 1)).reduce((a, b) => a + b, 0);
    const widths = table.columns.map((_c, i) => ((weights?.[i] ?? 1) / total) * this.width);
    const heightOf = (cells: readonly string[], header: boolean) =>
      Math.max(
        ...cells.map((cell, i) => {
          this.doc.font(header || i === 0 ? BOLD : REGULAR).fontSize(size);
          return this.doc.heightOfString(cell, { width: (widths[i] ?? 40) - 2 * pad });
        }),
      ) +
      2 * pad;
    const element = this.doc.struct('Table');
    this.root.add(element);
    // `row` is the row's TR; with none, the row is a heading row repeated on a new page (an artifact).
    const drawRow = (cells: readonly string[], header: boolean, row?: PDFKit.PDFStructureElement) => {
      const height = heightOf(cells, header);
      let x = this.left;
      if (header) {
        this.artifact(() => {
          this.doc.save().rect(this.left, this.y, this.width, height).fill('#e8e8e8').restore();
        });
      }
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 40;
        const draw = () => {
          this.doc
            .font(header || i === 0 ? BOLD : REGULAR)
            .fontSize(size)
            .fillColor(INK)
            .text(cell, x + pad, this.y + pad, { width: w - 2 * pad });
        };
        if (row) this.tag(header ? 'TH' : 'TD', draw, {}, row);
        else this.artifact(draw, 'Pagination');
        x += w;
      });
      this.artifact(() => {
        this.doc
          .save()
          .moveTo(this.left, this.y + height)
          .lineTo(this.left + this.width, this.y + height)
          .lineWidth(0.5)
          .stroke(RULE)
          .restore();
      });
      this.y += height;
    };
    const tableRow = () => {
      const row = this.doc.struct('TR');
      element.add(row);
      return row;
    };
    const headerHeight = heightOf(table.columns, true);
    this.ensure(headerHeight + heightOf(table.rows[0] ?? [], false));
    const headRow = tableRow();
    drawRow(table.columns, true, headRow);
    headRow.end();
    for (const cells of table.rows) {
      const height = heightOf(cells, false);
      if (this.y + height > this.bottom) {
        this.newPage();
        drawRow(table.columns, true);
      }
      const row = tableRow();
      drawRow(cells, false, row);
      row.end();
    }
    element.end();
    this.y += 8;
  }

  /**
   * Draws an SVG at the largest scale up to 1 that fits the page, never so small that its smallest
   * text falls under 8 pt. What does not fit an A4 page at that scale goes on a larger sheet (A3,
   * then A2, A1, A0, then a sheet cut to the chart), on its own page.
   */
  svg(
    part: SvgPart,
    fontCallback: (family: string, bold: boolean) => string,
    alt: string,
    heading?: string,
  ): void {
    const minScale = Math.min(1, MIN_FONT_PT / part.smallestFont) + 1e-9;
    const headingSpace = heading === undefined ? 0 : 30;
    const fullHeight = this.size[1] - 2 * MARGIN - FOOTER - headingSpace;
    const fitOn = (width: number, height: number) => Math.min(1, width / part.width, height / part.height);
    let scale = fitOn(this.width, fullHeight);
    if (scale >= minScale) {
      // On this page if it fits here as large as on a page of its own; else on the next page.
      const hereScale = fitOn(this.width, this.bottom - this.y - headingSpace);
      if (hereScale < scale - 1e-9) this.newPage();
    } else {
      const sheet =
        LARGER.flatMap((name) => {
          const [w, h] = SIZES[name] ?? [0, 0];
          return [
            [w, h],
            [h, w],
          ] as [number, number][];
        }).find(([w, h]) => fitOn(w - 2 * MARGIN, h - 2 * MARGIN - FOOTER - headingSpace) >= minScale) ??
        ([
          part.width * minScale + 2 * MARGIN,
          part.height * minScale + 2 * MARGIN + FOOTER + headingSpace,
        ] as [number, number]);
      this.newPage(sheet);
      scale = Math.max(minScale, fitOn(sheet[0] - 2 * MARGIN, sheet[1] - 2 * MARGIN - FOOTER - headingSpace));
    }
    if (heading !== undefined) {
      this.y += 8;
      this.text(heading, { size: 13, bold: true, gap: 6, tag: 'H2' });
    }
    const width = part.width * scale;
    const height = part.height * scale;
    // The chart's own words (names, dates, labels) stay the Figure's content, as text a reader can
    // select and search; a screen reader reads the Figure's alternative text instead.
    this.tag(
      'Figure',
      () => {
        SVGtoPDF(this.doc, part.svg, this.left + (this.width - width) / 2, this.y, {
          width,
          height,
          preserveAspectRatio: 'xMidYMid meet',
          assumePt: true,
          fontCallback: (family, bold) => fontCallback(family, bold),
          warningCallback: () => undefined,
        });
      },
      { alt },
    );
    this.y += height + 6;
    if (this.doc.page.width !== this.size[0] || this.doc.page.height !== this.size[1]) {
      // After a larger sheet, the report goes on on its own paper size.
      this.newPage();
    }
  }

  /** The key's blocks, one after another, breaking between entries. */
  legend(blocks: readonly SvgPart[], fontCallback: (family: string, bold: boolean) => string): void {
    for (const block of blocks) {
      const scale = Math.min(1, this.width / block.width);
      this.ensure(block.height * scale);
      const words = svgWords(block.svg);
      // Each block of the key is a Figure whose alternative text is its own words, in order.
      this.tag(
        'Figure',
        () => {
          SVGtoPDF(this.doc, block.svg, this.left, this.y, {
            width: block.width * scale,
            height: block.height * scale,
            preserveAspectRatio: 'xMinYMin meet',
            assumePt: true,
            fontCallback: (family, bold) => fontCallback(family, bold),
            warningCallback: () => undefined,
          });
        },
        { alt: words.length > 0 ? `Key: ${words.join('; ')}` : 'Key symbol' },
      );
      this.y += block.height * scale;
    }
    this.y += 8;
  }
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

  const baseLayout: LayoutOptions = { asAt };
  if (sections.has('genogram')) {
    const layout = layoutFamily(copy, { ...baseLayout, ecomap: 'none' });
    const withKey = toSvgString(copy, { layout, asAt, title, xmlDeclaration: false, showLegend: true });
    const chart = toSvgString(copy, { layout, asAt, title, xmlDeclaration: false, showLegend: false });
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
 * the file. Text stays text (Arimo, embedded); nothing is printed under 8 pt. Runs in Node and
 * in the browser with the same output.
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
