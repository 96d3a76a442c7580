// Node: the Arimo files are read from the @expo-google-fonts/arimo package on disk, once per process.
// Arimo has Arial's metrics, which the layout measures text with (layout/src/labels/textWidth.ts), so
// labels fit where the layout put them.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ReportFonts } from './types.ts';

let loading: Promise<ReportFonts> | undefined;

/** Arimo regular and bold, read from the @expo-google-fonts/arimo package. */
export function loadReportFonts(): Promise<ReportFonts> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const read = async (file: string) => new Uint8Array(await readFile(require.resolve(file)));
    const [regular, bold] = await Promise.all([
      read('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf'),
      read('@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf'),
    ]);
    return { regular, bold };
  })();
  return loading;
}
