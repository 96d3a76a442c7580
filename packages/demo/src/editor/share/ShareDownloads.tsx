import type { CopyFormat } from './shareFiles.ts';

const FORMATS: { format: CopyFormat; label: string }[] = [
  { format: 'pdf', label: 'Download report (PDF)' },
  { format: 'svg', label: 'Download picture (SVG)' },
  { format: 'png', label: 'Download picture (PNG)' },
  { format: 'json', label: 'Download Kinmap file (JSON)' },
];

/** The download buttons: each makes the file from the redacted copy and records the share. */
export function ShareDownloads({
  busy,
  onDownload,
}: {
  busy: CopyFormat | undefined;
  onDownload: (format: CopyFormat) => void;
}) {
  return (
    <div className="button-row share-downloads" role="group" aria-label="Download the copy">
      {FORMATS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          className="button"
          aria-disabled={busy !== undefined ? true : undefined}
          onClick={() => {
            if (busy === undefined) onDownload(format);
          }}
        >
          {busy === format ? `Making the ${format.toUpperCase()} file…` : label}
        </button>
      ))}
    </div>
  );
}
