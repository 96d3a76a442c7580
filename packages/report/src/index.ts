/**
 * @kinmap/report: a conference-ready PDF report of a family map, redacted for its recipient, made the
 * same way in Node and in the browser. Every export is listed by name.
 * @packageDocumentation
 */
export { toReportPdf, buildReport, REPORT_SECTIONS, MIN_FONT_PT } from './toReportPdf.ts';
export type { ReportOptions, ReportResult, ReportSection, ReportPageSize } from './toReportPdf.ts';
export { reportBanner, removedClassWords, PROFILE_TITLES } from './banner.ts';
export type { ReportFonts } from './fonts/types.ts';
