import { serializeFamily, type Family, type RedactionProfile, type RedactOptions } from '@kinmap/model';
import { toPngBlob, toSvgString } from '@kinmap/react';
import { shareFileName } from './shareForm.ts';

/** The formats a copy can be downloaded in. */
export type CopyFormat = 'pdf' | 'svg' | 'png' | 'json';

/** A file made on this device from the redacted copy, ready to offer for saving. */
export interface ShareFile {
  blob: Blob;
  fileName: string;
}

/** What a shared file is made from. */
export interface ShareSource {
  /** The map itself: only the report reads it, and redacts it itself with the same profile and options. */
  family: Family;
  /** `redactFamily(family, profile, options).family`: what the pictures and the Kinmap file are made from. */
  copy: Family;
  profile: RedactionProfile;
  options: RedactOptions;
}

/**
 * Makes the file from the REDACTED copy (never the map itself): the conference report as a PDF
 * (`toReportPdf`, which redacts with the same profile and options, so its banner counts what was
 * removed), the genogram with its key as SVG or PNG through the same path as the editor's pictures,
 * or the copy as a Kinmap file. Nothing is uploaded. The PDF maker is loaded the first time it is
 * needed (it is large).
 */
export async function makeShareFile(source: ShareSource, format: CopyFormat): Promise<ShareFile> {
  const { copy, profile } = source;
  const fileName = shareFileName(copy.title, profile, format);
  if (format === 'pdf') {
    const { toReportPdf } = await import('@kinmap/report');
    const pdf = await toReportPdf(source.family, { profile, redaction: source.options });
    return { blob: new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), fileName };
  }
  if (format === 'json')
    return { blob: new Blob([serializeFamily(copy)], { type: 'application/json' }), fileName };
  if (format === 'svg')
    return {
      blob: new Blob([toSvgString(copy, { showLegend: true })], { type: 'image/svg+xml' }),
      fileName,
    };
  return { blob: await toPngBlob(copy, { showLegend: true, scale: 2 }), fileName };
}
