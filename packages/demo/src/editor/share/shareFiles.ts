import { serializeFamily, type Family, type RedactionProfile } from '@kinmap/model';
import { toPngBlob, toSvgString } from '@kinmap/react';
import { shareFileName } from './shareForm.ts';

/** The formats a copy can be downloaded in. */
export type ShareFormat = 'svg' | 'png' | 'json';

/** A file made on this device from the redacted copy, ready to offer for saving. */
export interface ShareFile {
  blob: Blob;
  fileName: string;
}

/**
 * Makes the file from the REDACTED copy (never the map itself): the genogram with its key as SVG or
 * PNG through the same path as the editor's pictures, or the copy as a Kinmap file. Nothing is
 * uploaded.
 */
export async function makeShareFile(
  copy: Family,
  profile: RedactionProfile,
  format: ShareFormat,
): Promise<ShareFile> {
  const fileName = shareFileName(copy.title, profile, format);
  if (format === 'json')
    return { blob: new Blob([serializeFamily(copy)], { type: 'application/json' }), fileName };
  if (format === 'svg')
    return {
      blob: new Blob([toSvgString(copy, { showLegend: true })], { type: 'image/svg+xml' }),
      fileName,
    };
  return { blob: await toPngBlob(copy, { showLegend: true, scale: 2 }), fileName };
}
