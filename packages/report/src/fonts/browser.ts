// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the declarations must reach every project that compiles this file (the CLI, the tests), not only this package
/// <reference path="../vendor.d.ts" />
// The browser: the bundler (Vite) copies the Atkinson Hyperlegible Next files from the
// @expo-google-fonts/atkinson-hyperlegible-next package into the build and gives their URLs; they are fetched once, the
// first time a report is made.
import regularUrl from '@expo-google-fonts/atkinson-hyperlegible-next/400Regular/AtkinsonHyperlegibleNext_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/atkinson-hyperlegible-next/700Bold/AtkinsonHyperlegibleNext_700Bold.ttf?url';
import type { ReportFonts } from './types.ts';

let loading: Promise<ReportFonts> | undefined;

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the report font (${url}): ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Atkinson Hyperlegible Next regular and bold, fetched from the URLs the bundler gave them. */
export function loadReportFonts(): Promise<ReportFonts> {
  loading ??= Promise.all([bytes(regularUrl), bytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  loading.catch(() => {
    loading = undefined; // try again next time
  });
  return loading;
}
