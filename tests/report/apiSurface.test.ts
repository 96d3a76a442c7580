// The public API of @kinmap/report and @kinmap/cli, as lists: adding, renaming or removing an export
// fails here first, so it is a decision rather than an accident. Update docs/report.md with it.
import { describe, expect, it } from 'vitest';

describe('public API', () => {
  it('@kinmap/report', async () => {
    expect(Object.keys(await import('@kinmap/report')).sort()).toEqual([
      'MIN_FONT_PT',
      'PROFILE_TITLES',
      'REPORT_SECTIONS',
      'buildReport',
      'removedClassWords',
      'reportBanner',
      'toReportPdf',
    ]);
  });

  it('@kinmap/report/banner: the words alone, without the PDF engine (the demo imports this)', async () => {
    expect(Object.keys(await import('@kinmap/report/banner')).sort()).toEqual([
      'PROFILE_TITLES',
      'removedClassWords',
      'reportBanner',
    ]);
  });

  it('@kinmap/cli', async () => {
    expect(Object.keys(await import('@kinmap/cli')).sort()).toEqual([
      'EXIT',
      'HELP',
      'RENDER_FORMATS',
      'main',
      'renderFamily',
    ]);
  });
});
