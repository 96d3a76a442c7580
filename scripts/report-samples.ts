// pnpm report:samples — one sample report (PDF) per redaction profile for the Carter family
// (tests/fixtures/families/leo.json), and page 1 of the partner-agency copy as a PNG to look at,
// in artifacts/reports/ (git-ignored). Page 1 is drawn by pdf.js, so no PDF tool need be installed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { REDACTION_PROFILES, type RedactOptions } from '@kinmap/model';
import { buildReport } from '@kinmap/report';
import { loadFixture } from '../tests/support/fixtures.ts';

const OUT = 'artifacts/reports';
mkdirSync(OUT, { recursive: true });
const family = loadFixture('leo');

let partner: Uint8Array | undefined;
for (const profile of REDACTION_PROFILES) {
  const redaction: RedactOptions =
    profile === 'subject_access'
      ? { requester: family.subjects[0] }
      : profile === 'family_copy'
        ? { familyMembers: family.subjects }
        : {};
  const report = await buildReport(family, { profile, redaction });
  const file = join(OUT, `leo-${profile}.pdf`);
  writeFileSync(file, report.pdf);
  if (profile === 'partner_agency') partner = report.pdf;
  console.log(
    `${file}  ${report.pages} pages, ${(report.pdf.length / 1024).toFixed(0)} KB  ${report.banner}`,
  );
}

if (partner) {
  const document = await getDocument({ data: new Uint8Array(partner), verbosity: VerbosityLevel.ERRORS })
    .promise;
  const page = await document.getPage(1);
  const viewport = page.getViewport({ scale: 2 });
  const factory = document.canvasFactory as {
    create: (w: number, h: number) => { canvas: { toBuffer: (type: string) => Buffer }; context: unknown };
  };
  const { canvas, context } = factory.create(viewport.width, viewport.height);
  await page.render({ canvasContext: context as CanvasRenderingContext2D, viewport }).promise;
  const png = join(OUT, 'leo-partner_agency-page1.png');
  writeFileSync(png, canvas.toBuffer('image/png'));
  await document.destroy();
  console.log(`${png}  page 1, drawn by pdf.js`);
}
