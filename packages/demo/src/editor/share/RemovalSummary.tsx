import { displayName, type Family, type RedactionSummary } from '@kinmap/model';
import { decisionWords, removalSentence } from './shareWords.ts';

/**
 * What the chosen profile takes out of this map ("1 confidential address and 3 health, ethnicity or
 * religion items will be removed"), and what the redaction asks a person to decide or read first.
 */
export function RemovalSummary({
  family,
  summary,
  headingId,
}: {
  family: Family;
  summary: RedactionSummary;
  headingId: string;
}) {
  const nameOf = (id: string) => {
    const person = family.people.find((p) => p.id === id);
    return person ? displayName(person) : undefined;
  };
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
              <li key={`${decision.path}-${index}`}>{decisionWords(decision, nameOf)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
