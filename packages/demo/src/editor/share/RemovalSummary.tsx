import type { RedactionSummary } from '@kinmap/model';
import { removalSentence } from './shareWords.ts';

/**
 * What the chosen profile takes out of this map ("1 confidential address and 3 health, ethnicity or
 * religion items will be removed"), and what the redaction asks a person to decide or read first.
 */
export function RemovalSummary({ summary, headingId }: { summary: RedactionSummary; headingId: string }) {
  return (
    <section className="share-removal" aria-labelledby={headingId}>
      <h3 id={headingId}>What the copy leaves out</h3>
      <p className="share-removal__sentence">{removalSentence(summary)}</p>
      {summary.draft && (
        <p className="share-removal__draft">
          This is a draft for you to review. Do not send it as it is: decide on each item below first.
        </p>
      )}
      {summary.decisions.length > 0 && (
        <details className="share-removal__decisions">
          <summary>
            For you to decide or read first: {summary.decisions.length}{' '}
            {summary.decisions.length === 1 ? 'item' : 'items'}
          </summary>
          <ul>
            {summary.decisions.map((decision, index) => (
              <li key={`${decision.path}-${index}`}>{decision.message}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
