// The browser: pdfkit as the bundler resolves it (its browser build, by the package's own exports).
import PDFKitDocument from 'pdfkit';

/** pdfkit's PDFDocument (its browser build). */
export const PDFDocument: typeof PDFKitDocument = PDFKitDocument;
