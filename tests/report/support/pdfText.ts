// Reads a PDF the way a reader's search does: pdf.js (Mozilla's PDF engine) extracts the text of
// each page, with the size each piece of text is printed at. Also lists the fonts the file holds.
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** The page's text, pieces joined by spaces (pdf.js's own line breaks kept). */
  text: string;
  /** Width and height in points. */
  size: [number, number];
  /** The size of every piece of text, in points on the page. */
  fontSizes: number[];
  /** The pieces of text printed under 8 pt. */
  small: string[];
}

export interface PdfRead {
  pages: PdfPage[];
  /** All pages' text together. */
  text: string;
  /** The document's information dictionary (Title, Subject, Creator…). */
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const document = await getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer it is given
    verbosity: VerbosityLevel.ERRORS,
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.filter(
      (item): item is Extract<typeof item, { str: string }> => 'str' in item,
    );
    const sizeOf = (item: (typeof items)[number]) =>
      Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    pages.push({
      text: items.map((item) => item.str + (item.hasEOL ? '\n' : ' ')).join(''),
      size: [x1 - x0, y1 - y0],
      fontSizes: items.filter((item) => item.str.trim() !== '').map(sizeOf),
      small: items.filter((item) => item.str.trim() !== '' && sizeOf(item) < 7.99).map((item) => item.str),
    });
  }
  const { info } = await document.getMetadata();
  await document.destroy();
  return { pages, text: pages.map((p) => p.text).join('\n'), info: info as Record<string, unknown> };
}

/**
 * The text with runs of white space made single spaces, so a phrase wrapped over two lines is found
 * (and a word wrapped after its hyphen, "sex-at-⏎birth", is whole again).
 */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/(\p{L})- (\p{L})/gu, '$1-$2');
}

/** The names of the fonts the PDF declares, and whether each is embedded (has a font file). */
export function pdfFonts(bytes: Uint8Array): { baseFonts: string[]; embeddedFiles: number } {
  const raw = new TextDecoder('latin1').decode(bytes);
  const baseFonts = [...raw.matchAll(/\/BaseFont\s*\/([^\s/<>\]]+)/g)].map((m) => m[1] ?? '');
  const embeddedFiles = [...raw.matchAll(/\/FontFile[23]?\b/g)].length;
  return { baseFonts: [...new Set(baseFonts)], embeddedFiles };
}
