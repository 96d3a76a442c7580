import type { ShareRecord } from '@kinmap/model';
import { useEditorApi } from '../EditorContext.ts';
import { CONSENT_LABELS } from './shareBasis.ts';
import { profileLabel } from './shareWords.ts';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "Given", or "Not sought: asking would put Ryan at risk". */
function consentWords(share: ShareRecord): string {
  const words = CONSENT_LABELS[share.consent.state];
  return share.consent.reason ? `${words}: ${share.consent.reason}` : words;
}

/**
 * "Shared": each time a copy of this map went to someone, newest first: when, with whom, what kind
 * of copy, the consent note, the format and who shared it. Saved with the map; undo takes the last
 * one back like any other change.
 */
export function ShareHistory() {
  const { family } = useEditorApi();
  const shares = [...family.shares].reverse();
  return (
    <section className="tab-panel share-history" aria-labelledby="share-history-heading">
      <h2 id="share-history-heading">Shared</h2>
      {shares.length === 0 ? (
        <p className="muted">
          No copy of this map has been shared yet. Use “Share or print…” at the top to make one.
        </p>
      ) : (
        <div
          className="share-history__scroll"
          role="region"
          aria-label="Table of shared copies (scrolls)"
          tabIndex={0}
        >
          <table className="share-history__table">
            <caption className="visually-hidden">Copies of this map shared, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">With</th>
                <th scope="col">Copy</th>
                <th scope="col">Consent</th>
              </tr>
            </thead>
            <tbody>
              {shares.map((share) => (
                <tr key={share.id}>
                  <td>{WHEN.format(new Date(share.at))}</td>
                  <td>
                    {share.recipient.name}
                    <span className="share-history__by"> (by {share.by})</span>
                  </td>
                  <td>
                    {profileLabel(share.profile)}, {share.formats.map((f) => f.toUpperCase()).join(', ')}
                  </td>
                  <td>{consentWords(share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
