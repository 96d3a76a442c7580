// Export the genogram as a standalone SVG file (inline colours, the key under the chart, no external
// references), from a button in the browser or from a server-side job in Node.
// Rendered by tests/react/docsExamples.test.tsx.
import type { Family } from '@kinmap/model';
import { toSvgString } from '@kinmap/react';

/** The SVG document for a report: works in Node and in the browser. */
export function genogramSvg(family: Family, asAt?: string): string {
  return toSvgString(family, {
    theme: 'light',
    ...(asAt ? { asAt } : {}),
    title: `${family.title}${asAt ? `, at ${asAt}` : ''}`,
  });
}

/** A button that downloads the chart as `<title>.svg`. */
export function DownloadSvgButton({ family, asAt }: { family: Family; asAt?: string }) {
  const download = () => {
    const blob = new Blob([genogramSvg(family, asAt)], { type: 'image/svg+xml' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${family.title.replace(/[^\w -]+/g, '').trim() || 'genogram'}.svg`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <button type="button" onClick={download}>
      Download the genogram (SVG)
    </button>
  );
}
