import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import {
  redactFamily,
  serializeFamily,
  todayIsoDate,
  type Family,
  type RedactionProfile,
  type RedactOptions,
} from '@kinmap/model';
import { toSvgString } from '@kinmap/react';
import { buildReport, type ReportPageSize } from '@kinmap/report';

/** The formats `kinmap render` writes. */
export const RENDER_FORMATS = ['pdf', 'svg', 'png', 'json'] as const;
/** One of {@link RENDER_FORMATS}. */
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** Options of {@link renderFamily}. */
export interface RenderOptions {
  profile: RedactionProfile;
  format: RenderFormat;
  /** Passed to `redactFamily` (requester, family members, opt-ins with reasons). */
  redaction?: RedactOptions;
  /** The chart date (`YYYY-MM-DD`). Default: the family's, else today. */
  asAt?: string;
  /** The report's title (PDF only). */
  title?: string;
  /** Paper size (PDF only). */
  pageSize?: ReportPageSize;
  /** PNG pixels per SVG unit. Default 2. */
  pngScale?: number;
}

/** What {@link renderFamily} made. */
export interface Rendered {
  /** The file's contents. */
  bytes: Uint8Array;
  /** How many fields the redaction took out (`summary.removedTotal`). */
  removedTotal: number;
}

const require = createRequire(import.meta.url);
// Atkinson Hyperlegible Next, the font the layout measures text with, so labels fit where they were
// put: every weight and style the chart draws (names regular, household names italic, marks 600 and 700).
const FONT_FILES = [
  '400Regular/AtkinsonHyperlegibleNext_400Regular.ttf',
  '400Regular_Italic/AtkinsonHyperlegibleNext_400Regular_Italic.ttf',
  '600SemiBold/AtkinsonHyperlegibleNext_600SemiBold.ttf',
  '700Bold/AtkinsonHyperlegibleNext_700Bold.ttf',
].map((file) => require.resolve(`@expo-google-fonts/atkinson-hyperlegible-next/${file}`));

/**
 * The family for one recipient, in one format. Always redacts first (`redactFamily`): the JSON is the
 * redacted copy, the SVG and PNG draw it (genogram and key), the PDF is the report (`toReportPdf`).
 * The PNG is rasterised by resvg with Atkinson Hyperlegible Next and no system fonts, so it looks the
 * same on every machine, and carries no text metadata.
 *
 * @example
 * ```ts
 * const { bytes } = await renderFamily(family, { profile: 'partner_agency', format: 'png' });
 * ```
 */
export async function renderFamily(family: Family, options: RenderOptions): Promise<Rendered> {
  if (options.format === 'pdf') {
    const report = await buildReport(family, {
      profile: options.profile,
      ...(options.redaction ? { redaction: options.redaction } : {}),
      ...(options.asAt ? { asAt: options.asAt } : {}),
      ...(options.title ? { title: options.title } : {}),
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    });
    return { bytes: report.pdf, removedTotal: report.summary.removedTotal };
  }
  const { family: copy, summary } = redactFamily(family, options.profile, options.redaction);
  if (options.format === 'json') {
    return { bytes: new TextEncoder().encode(serializeFamily(copy)), removedTotal: summary.removedTotal };
  }
  const asAt =
    options.profile === 'anonymised'
      ? (copy.asAt ?? todayIsoDate())
      : (options.asAt ?? copy.asAt ?? todayIsoDate());
  const svg = toSvgString(copy, { asAt, showLegend: true });
  if (options.format === 'svg') {
    return { bytes: new TextEncoder().encode(svg), removedTotal: summary.removedTotal };
  }
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.pngScale ?? 2 },
    background: '#ffffff',
    font: {
      fontFiles: FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: 'Atkinson Hyperlegible Next',
      sansSerifFamily: 'Atkinson Hyperlegible Next',
    },
  })
    .render()
    .asPng();
  return { bytes: new Uint8Array(png), removedTotal: summary.removedTotal };
}
