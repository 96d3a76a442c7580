import { useState, type FormEvent } from 'react';
import type { Outcome, PortalClient } from './api.ts';

/** The lead records the outcome of the assessment; every agency that contributed is told. */
export function OutcomeForm({ client, mapId }: { client: PortalClient; mapId: string }) {
  const [summary, setSummary] = useState('');
  const [message, setMessage] = useState('');

  async function record(event: FormEvent) {
    event.preventDefault();
    if (!summary.trim()) return setMessage('Write the outcome first: the partner agencies will read it.');
    try {
      const outcome = await client.post<Outcome>(`maps/${encodeURIComponent(mapId)}/outcomes`, {
        kind: 'assessment',
        summary: summary.trim(),
      });
      const told = outcome.notifiedAgencies.map((a) => a.name);
      setMessage(
        `Outcome recorded. ${told.length > 0 ? `Told: ${told.join(', ')}.` : 'No partner agency has contributed yet, so nobody else was told.'}`,
      );
      setSummary('');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The outcome could not be recorded');
    }
  }

  return (
    <section className="shared__card" aria-labelledby="shared-outcome">
      <h3 id="shared-outcome">Outcome of the assessment</h3>
      <form onSubmit={record} className="shared__form">
        <label htmlFor="shared-outcome-summary">What was decided (the partner agencies will read this)</label>
        <textarea
          id="shared-outcome-summary"
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          rows={3}
        />
        <button type="submit">Record outcome and tell the agencies</button>
      </form>
      <p role="status" className="shared__status">
        {message}
      </p>
    </section>
  );
}
