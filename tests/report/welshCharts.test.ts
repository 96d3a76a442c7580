// The report's figures in Welsh: `labels` passes through to the genogram, its key and the ecomap, so a
// Welsh reader finds the charts' words in Welsh in the PDF (the report's own prose stays English).
import { describe, expect, it } from 'vitest';
import { toReportPdf } from '@kinmap/report';
import { welshLabels } from '@kinmap/react';
import { loadFixture } from '../support/fixtures.ts';
import { flat, readPdf } from './support/pdfText.ts';

describe('toReportPdf with welshLabels', () => {
  it('writes the genogram, its key and the ecomap in Welsh', { timeout: 120_000 }, async () => {
    const family = loadFixture('leo');
    const options = { profile: 'case_record', asAt: '2025-06-01', sections: ['genogram', 'ecomap'] } as const;
    const welsh = flat((await readPdf(await toReportPdf(family, { ...options, labels: welshLabels }))).text);
    const english = flat((await readPdf(await toReportPdf(family, options))).text);
    // On the partnership line, in the key and in the lead agency's circle.
    expect(welsh).toContain(flat('priodi 1997 ysgaru 2009'));
    expect(welsh).toContain(flat(welshLabels.symbols.circle));
    expect(welsh).toContain('Arweiniol');
    expect(welsh).not.toContain(flat('m. 1997 d. 2009'));
    expect(english).toContain(flat('m. 1997 d. 2009'));
  });
});
