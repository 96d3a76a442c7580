import { serializeFamily, type Family } from '@kinmap/model';
import { toPngBlob, toSvgString } from '@kinmap/react';
import { downloadBlob, fileNameFor } from '../files/download.ts';

/** The three export formats: the Kinmap file itself, and pictures of the genogram with its key. */
export type ExportFormat = 'json' | 'svg' | 'png';

/** Makes the file on this device and offers it for saving. Nothing is uploaded. */
export async function exportMap(family: Family, format: ExportFormat): Promise<void> {
  if (format === 'json') {
    downloadBlob(
      new Blob([serializeFamily(family)], { type: 'application/json' }),
      fileNameFor(family.title, 'json'),
    );
  } else if (format === 'svg') {
    const svg = toSvgString(family, { showLegend: true });
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), fileNameFor(family.title, 'svg'));
  } else {
    const png = await toPngBlob(family, { showLegend: true, scale: 2 });
    downloadBlob(png, fileNameFor(family.title, 'png'));
  }
}
