import type { Finding } from '@kinmap/model';
import { useId } from 'react';

/**
 * The pre-share check (MS-23): what would go wrong if this copy went now. Findings about the copy's
 * content need the person sharing to say they have read them; findings about the record (no lawful
 * basis, no consent note) go away as the fields below are filled in.
 */
export function PreShareChecks({
  findings,
  headingId,
  acknowledged,
  onAcknowledge,
  error,
}: {
  findings: readonly Finding[];
  headingId: string;
  acknowledged: boolean;
  onAcknowledge: (acknowledged: boolean) => void;
  error: string | undefined;
}) {
  const id = useId();
  const about = findings.filter((finding) => !finding.path.startsWith('share.'));
  const record = findings.filter((finding) => finding.path.startsWith('share.'));
  return (
    <section className="share-findings" aria-labelledby={headingId}>
      <h3 id={headingId}>Checks before sharing</h3>
      {findings.length === 0 ? (
        <p className="share-findings__none">No problems found.</p>
      ) : (
        <ul className="share-findings__list">
          {[...about, ...record].map((finding) => (
            <li key={finding.key}>{finding.message}</li>
          ))}
        </ul>
      )}
      {about.length > 0 && (
        <div className="field--inline share-findings__ack">
          <input
            type="checkbox"
            id={`${id}-ack`}
            checked={acknowledged}
            aria-describedby={error ? `${id}-ack-error` : undefined}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onAcknowledge(event.target.checked)}
          />
          <label htmlFor={`${id}-ack`}>
            I have read {about.length === 1 ? 'this check' : `these ${about.length} checks`} and the copy may
            still go
          </label>
        </div>
      )}
      {error && (
        <p id={`${id}-ack-error`} className="field__error">
          {error}
        </p>
      )}
    </section>
  );
}
