// Node: the Atkinson Hyperlegible Next files are read from the @expo-google-fonts/atkinson-hyperlegible-next package on
// disk, once per process. The layout measures text with this font's advance widths
// (layout/src/labels/textWidth.ts), so labels fit where the layout put them.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ReportFonts } from './types.ts';

let loading: Promise<ReportFonts> | undefined;

/** Atkinson Hyperlegible Next regular and bold, read from the @expo-google-fonts/atkinson-hyperlegible-next package. */
export function loadReportFonts(): Promise<ReportFonts> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const read = async (file: string) => new Uint8Array(await readFile(require.resolve(file)));
    const [regular, bold] = await Promise.all([
      read(
        '@expo-google-fonts/atkinson-hyperlegible-next/400Regular/AtkinsonHyperlegibleNext_400Regular.ttf',
      ),
      read('@expo-google-fonts/atkinson-hyperlegible-next/700Bold/AtkinsonHyperlegibleNext_700Bold.ttf'),
    ]);
    return { regular, bold };
  })();
  return loading;
}
