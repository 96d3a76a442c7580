// The test page's script: the report package as the demo's Vite build bundles it, made callable from
// the test (the PDF comes back base64-encoded, the simplest thing to carry out of the page).
import type { Family } from '@kinmap/model';
import { toReportPdf, type ReportOptions } from '@kinmap/report';

declare global {
  interface Window {
    kinmapReport: (family: Family, options: ReportOptions) => Promise<string>;
  }
}

window.kinmapReport = async (family, options) => {
  const pdf = await toReportPdf(family, options);
  let binary = '';
  for (const byte of pdf) binary += String.fromCharCode(byte);
  return btoa(binary);
};
document.body.dataset.ready = 'true';
