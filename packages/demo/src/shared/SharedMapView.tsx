import { useCallback, useEffect, useState } from 'react';
import { personName, type Contribution, type PortalClient, type SharedMap } from './api.ts';
import { ContributeForm } from './ContributeForm.tsx';
import { ContributionReview } from './ContributionReview.tsx';
import { InviteAgencies } from './InviteAgencies.tsx';
import { OutcomeForm } from './OutcomeForm.tsx';

/**
 * One shared map as the practitioner's agency may see it: the lead agency sees the whole map, a partner
 * sees it through the partner-agency view. `refresh` changes when something new arrives in the inbox.
 */
export function SharedMapView({
  client,
  mapId,
  refresh,
}: {
  client: PortalClient;
  mapId: string;
  refresh: number;
}) {
  const [map, setMap] = useState<SharedMap | undefined>();
  const [contributions, setContributions] = useState<Contribution[]>([]);
  const [problem, setProblem] = useState('');
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  useEffect(() => {
    let cancelled = false;
    const path = `maps/${encodeURIComponent(mapId)}`;
    Promise.all([
      client.get<SharedMap>(path),
      client.get<{ contributions: Contribution[] }>(`${path}/contributions`),
    ]).then(
      ([loaded, list]) => {
        if (cancelled) return;
        setMap(loaded);
        setContributions(list.contributions);
        setProblem('');
      },
      (error: unknown) => {
        if (!cancelled) setProblem(error instanceof Error ? error.message : 'The map could not be read');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, mapId, refresh, reloads]);

  if (problem) return <p role="alert">{problem}</p>;
  if (!map) return <p aria-busy="true">Opening the map…</p>;
  const lead = map.role === 'lead';

  return (
    <section className="shared__map" aria-labelledby="shared-map-title">
      <h2 id="shared-map-title">{map.title}</h2>
      <p>
        {lead
          ? 'Your agency leads this map: you see all of it, and decide what goes on it.'
          : `Led by ${map.leadAgency.name}. You see it through the partner-agency view: some details are left out. What you send is checked by the lead agency before it goes on the map.`}{' '}
        Version {map.version}.
      </p>
      <table className="shared__people">
        <caption>People on the map</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Date of birth</th>
          </tr>
        </thead>
        <tbody>
          {map.family.people.map((person) => (
            <tr key={person.id}>
              <td>{personName(person)}</td>
              <td>{person.birth?.date ?? 'not known'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="shared__columns">
        {lead ? (
          <InviteAgencies
            client={client}
            mapId={map.id}
            leadAgencyId={map.leadAgency.id}
            invited={map.invitedAgencies ?? []}
            onInvited={reload}
          />
        ) : null}
        <ContributionReview
          client={client}
          mapId={map.id}
          mapVersion={map.version}
          role={map.role}
          contributions={contributions}
          onDecided={reload}
        />
        {lead ? null : <ContributeForm client={client} map={map} onSent={reload} />}
        {lead ? <OutcomeForm client={client} mapId={map.id} /> : null}
      </div>
    </section>
  );
}
