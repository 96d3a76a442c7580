// Node: the DejaVu Sans files are read from the dejavu-fonts-ttf package on disk, once per process.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ReportFonts } from './types.ts';

let loading: Promise<ReportFonts> | undefined;

/** DejaVu Sans regular and bold, read from the dejavu-fonts-ttf package. */
export function loadReportFonts(): Promise<ReportFonts> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const read = async (file: string) =>
      new Uint8Array(await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
    const [regular, bold] = await Promise.all([read('DejaVuSans.ttf'), read('DejaVuSans-Bold.ttf')]);
    return { regular, bold };
  })();
  return loading;
}
