import { useState, type FormEvent } from 'react';
import {
  personName,
  SOURCE_WORDS,
  type Contribution,
  type PortalClient,
  type SharedMap,
  type Source,
} from './api.ts';

/**
 * A partner (or the lead) sends what it knows about someone on the map: here, a date of birth, with
 * where it came from. It changes nothing until the lead agency accepts it.
 */
export function ContributeForm({
  client,
  map,
  onSent,
}: {
  client: PortalClient;
  map: SharedMap;
  onSent: () => void;
}) {
  const people = map.family.people;
  const [personId, setPersonId] = useState('');
  const [date, setDate] = useState('');
  const [source, setSource] = useState<Source>('our_records');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');

  async function send(event: FormEvent) {
    event.preventDefault();
    const person = people.find((p) => p.id === personId);
    if (!person) return setMessage('Choose the person this is about.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setMessage('Give the date of birth as a full date.');
    const after = { ...person, birth: { ...(person.birth ?? {}), date } };
    try {
      const sent = await client.post<Contribution>(`maps/${encodeURIComponent(map.id)}/contributions`, {
        change: { people: { updated: [{ before: person, after }] } },
        source,
        ...(note.trim() ? { note: note.trim() } : {}),
        baseVersion: map.version,
      });
      const differs = sent.discrepancies.length > 0;
      setMessage(
        `Sent to ${map.leadAgency.name} for review: ${personName(person)}, date of birth ${date}.` +
          (differs ? ' It differs from the map, so the lead agency will check it.' : ''),
      );
      setDate('');
      setNote('');
      onSent();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'It could not be sent');
    }
  }

  return (
    <section className="shared__card" aria-labelledby="shared-contribute">
      <h3 id="shared-contribute">Add what your agency knows</h3>
      <form onSubmit={send} className="shared__form">
        <label htmlFor="shared-contribute-person">Person</label>
        <select id="shared-contribute-person" value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <option value="">Choose a person</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {personName(person)}
            </option>
          ))}
        </select>
        <label htmlFor="shared-contribute-date">Date of birth</label>
        <input
          id="shared-contribute-date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <label htmlFor="shared-contribute-source">Where this comes from</label>
        <select
          id="shared-contribute-source"
          value={source}
          onChange={(e) => setSource(e.target.value as Source)}
        >
          {Object.entries(SOURCE_WORDS).map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </select>
        <label htmlFor="shared-contribute-note">Note (optional)</label>
        <textarea
          id="shared-contribute-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
        />
        <button type="submit">Send for review</button>
      </form>
      <p role="status" className="shared__status">
        {message}
      </p>
    </section>
  );
}
