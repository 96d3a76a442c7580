import { useState } from 'react';
import { sourceWords, type Contribution, type PortalClient } from './api.ts';
import { DiscrepancyTable } from './DiscrepancyTable.tsx';

const STATUS_WORDS: Record<Contribution['status'], string> = {
  pending: 'waiting for a decision',
  accepted: 'accepted',
  rejected: 'not accepted',
  conflict: 'no longer fits the map',
};

/**
 * Contributions to the map. The lead sees every agency's, with any identity discrepancy side by side,
 * and accepts or rejects each; a partner sees its own agency's and their state.
 */
export function ContributionReview({
  client,
  mapId,
  mapVersion,
  role,
  contributions,
  onDecided,
}: {
  client: PortalClient;
  mapId: string;
  mapVersion: number;
  role: 'lead' | 'partner';
  contributions: readonly Contribution[];
  onDecided: () => void;
}) {
  const [message, setMessage] = useState('');

  async function decide(contribution: Contribution, decision: 'accept' | 'reject') {
    try {
      await client.post(
        `maps/${encodeURIComponent(mapId)}/contributions/${encodeURIComponent(contribution.id)}/decision`,
        { decision, mapVersion },
      );
      setMessage(
        decision === 'accept'
          ? `Accepted the contribution from ${contribution.agency.name}: the map is updated and the agencies are told.`
          : `Not accepted: ${contribution.agency.name} is told.`,
      );
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The decision was not saved');
    }
    onDecided();
  }

  return (
    <section className="shared__card" aria-labelledby="shared-contributions">
      <h3 id="shared-contributions">
        {role === 'lead' ? 'Contributions to review' : 'What your agency has sent'}
      </h3>
      <p role="status" className="shared__status">
        {message}
      </p>
      {contributions.length === 0 ? <p>No contributions yet.</p> : null}
      <ul className="shared__contributions">
        {contributions.map((contribution) => {
          const open = contribution.status === 'pending' || contribution.status === 'conflict';
          const from = `${contribution.agency.name} (${contribution.practitioner.name})`;
          return (
            <li key={contribution.id} className="shared__contribution">
              <p>
                <strong>From {from}</strong>, source: {sourceWords(contribution.source)}. Status:{' '}
                {STATUS_WORDS[contribution.status]}.
              </p>
              {contribution.note ? <p>Note: {contribution.note}</p> : null}
              {contribution.decisionReason ? <p>Reason: {contribution.decisionReason}</p> : null}
              {contribution.discrepancies.length > 0 ? (
                <DiscrepancyTable discrepancies={contribution.discrepancies} role={role} />
              ) : null}
              {contribution.conflicts.length > 0 ? (
                <ul aria-label="Why it no longer fits">
                  {contribution.conflicts.map((conflict) => (
                    <li key={conflict.path}>{conflict.message}</li>
                  ))}
                </ul>
              ) : null}
              {role === 'lead' && open ? (
                <div className="shared__actions">
                  <button type="button" onClick={() => void decide(contribution, 'accept')}>
                    Accept<span className="visually-hidden"> the contribution from {from}</span>
                  </button>
                  <button type="button" onClick={() => void decide(contribution, 'reject')}>
                    Reject<span className="visually-hidden"> the contribution from {from}</span>
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
