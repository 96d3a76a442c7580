// The report's pages as pdfkit draws them: a cursor, page breaks, tagged text, tables and charts.
import SVGtoPDF from 'svg-to-pdfkit';
import { BOLD, FOOTER, INK, LARGER, MARGIN, MIN_FONT_PT, MUTED, REGULAR, RULE, SIZES } from './page.ts';
import type { SvgPart } from './svgParts.ts';
import type { ReportTable } from './tables.ts';
import { svgWords } from './words.ts';

export type Draw = () => void;

/**
 * Lays the report out on pdfkit pages: a cursor, page breaks, tables and SVG charts. Everything it
 * draws is tagged: headings H1–H3, paragraphs P, tables Table/TR/TH/TD, charts Figure with
 * alternative text, and boxes, rules and repeated heading rows as artifacts.
 */
export class ReportWriter {
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
