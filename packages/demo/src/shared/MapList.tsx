import type { MapSummary } from './api.ts';

/** The maps the practitioner's agency leads or was invited to. */
export function MapList({
  maps,
  openId,
  onOpen,
}: {
  maps: readonly MapSummary[];
  openId: string | undefined;
  onOpen: (id: string) => void;
}) {
  return (
    <section className="shared__card" aria-labelledby="shared-maps">
      <h2 id="shared-maps">Shared maps</h2>
      {maps.length === 0 ? <p>Your agency has not been invited to any map yet.</p> : null}
      <ul className="shared__maps">
        {maps.map((map) => (
          <li key={map.id}>
            <button type="button" aria-pressed={map.id === openId} onClick={() => onOpen(map.id)}>
              Open {map.title}
            </button>{' '}
            {map.role === 'lead' ? 'your agency leads this map' : `led by ${map.leadAgency.name}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
