// Node: pdfkit's browser build, loaded from its file. pdfkit's Node build compresses with Node's zlib
// and its browser build with fflate, so their bytes differ; running the same build (pure JavaScript)
// in both places makes the report byte for byte the same in Node and in the browser.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type PDFKitDocument from 'pdfkit';

// require() of an ES module (Node 20.19+), not a top-level `await import()`: a module with top-level
// await cannot itself be require()d, and `require('@kinmap/report')` must work.
const require = createRequire(import.meta.url);
const file = join(dirname(require.resolve('pdfkit')), 'pdfkit.browser.mjs');
const loaded = require(file) as { default: typeof PDFKitDocument };

/** pdfkit's PDFDocument (its browser build). */
export const PDFDocument: typeof PDFKitDocument = loaded.default;
