import { useEffect, useState, type FormEvent } from 'react';
import type { Agency, PortalClient } from './api.ts';

/** The lead invites another agency to the map; those already on it are listed. */
export function InviteAgencies({
  client,
  mapId,
  leadAgencyId,
  invited,
  onInvited,
}: {
  client: PortalClient;
  mapId: string;
  leadAgencyId: string;
  invited: readonly { id: string; name: string }[];
  onInvited: () => void;
}) {
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    client.get<{ agencies: Agency[] }>('agencies').then(
      (reply) => setAgencies(reply.agencies),
      (error: unknown) =>
        setMessage(error instanceof Error ? error.message : 'The agencies could not be read'),
    );
  }, [client]);

  const invitedIds = new Set(invited.map((a) => a.id));
  const choices = agencies.filter((a) => a.id !== leadAgencyId && !invitedIds.has(a.id));

  async function invite(event: FormEvent) {
    event.preventDefault();
    const agency = agencies.find((a) => a.id === choice);
    if (!agency) {
      setMessage('Choose an agency to invite.');
      return;
    }
    try {
      await client.post(`maps/${encodeURIComponent(mapId)}/invitations`, { agencyId: agency.id });
      setMessage(`${agency.name} is invited to this map.`);
      setChoice('');
      onInvited();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The invitation did not go');
    }
  }

  return (
    <section className="shared__card" aria-labelledby="shared-invite">
      <h3 id="shared-invite">Agencies on this map</h3>
      <ul aria-label="Invited agencies">
        {invited.map((agency) => (
          <li key={agency.id}>{agency.name}</li>
        ))}
        {invited.length === 0 ? <li>No partner agency invited yet.</li> : null}
      </ul>
      <form onSubmit={invite} className="shared__form">
        <label htmlFor="shared-invite-agency">Agency to invite</label>
        <select id="shared-invite-agency" value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">Choose an agency</option>
          {choices.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </select>
        <button type="submit">Invite agency</button>
      </form>
      <p role="status" className="shared__status">
        {message}
      </p>
    </section>
  );
}
