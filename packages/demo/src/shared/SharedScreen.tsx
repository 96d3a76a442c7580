import { useCallback, useEffect, useMemo, useState } from 'react';
import { NoPortalError, PortalClient, type MapSummary, type PortalUser } from './api.ts';
import { InboxPanel } from './InboxPanel.tsx';
import { MapList } from './MapList.tsx';
import { SharedMapView } from './SharedMapView.tsx';
import { SignInForm } from './SignInForm.tsx';
import './shared.css';

type State =
  | { status: 'checking' }
  | { status: 'no-portal' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: PortalUser };

/**
 * The shared map mode: several agencies work on one map through the Kinmap portal server. Without the
 * server (the static demo), it says so plainly.
 */
export function SharedScreen() {
  const client = useMemo(() => new PortalClient(), []);
  const [state, setState] = useState<State>({ status: 'checking' });

  useEffect(() => {
    client.currentUser().then(
      (user) => setState(user ? { status: 'signed-in', user } : { status: 'signed-out' }),
      (error: unknown) =>
        setState(error instanceof NoPortalError ? { status: 'no-portal' } : { status: 'signed-out' }),
    );
  }, [client]);

  async function signOut() {
    try {
      await client.signOut();
    } finally {
      setState({ status: 'signed-out' });
    }
  }

  return (
    <div className="shared">
      <header className="shared__header">
        <p>
          <a href="#/">Back to your maps on this device</a>
        </p>
        <h1>Shared family maps</h1>
        {state.status === 'signed-in' ? (
          <p>
            Signed in as {state.user.displayName}, {state.user.agencyName}.{' '}
            <button type="button" onClick={() => void signOut()}>
              Sign out
            </button>
          </p>
        ) : (
          <p>Agencies add what they know to one map. The lead agency checks each addition first.</p>
        )}
      </header>
      <main>
        {state.status === 'checking' ? <p aria-busy="true">Looking for the portal server…</p> : null}
        {state.status === 'no-portal' ? (
          <section className="shared__card" aria-labelledby="shared-no-portal">
            <h2 id="shared-no-portal">The shared map needs the portal server</h2>
            <p role="alert">
              This copy of Kinmap has no portal server, so shared maps cannot open here. Maps on this device
              still work as before. To try shared maps, run Kinmap on your own computer with{' '}
              <code>npm start</code>, which starts the portal server with demo accounts.
            </p>
          </section>
        ) : null}
        {state.status === 'signed-out' ? (
          <SignInForm
            client={client}
            onSignedIn={(user) => setState({ status: 'signed-in', user })}
            onNoPortal={() => setState({ status: 'no-portal' })}
          />
        ) : null}
        {state.status === 'signed-in' ? <SignedIn client={client} user={state.user} /> : null}
      </main>
    </div>
  );
}

function SignedIn({ client, user }: { client: PortalClient; user: PortalUser }) {
  const [maps, setMaps] = useState<MapSummary[] | undefined>();
  const [openId, setOpenId] = useState<string | undefined>();
  const [refresh, setRefresh] = useState(0);
  const [problem, setProblem] = useState('');
  const onNotification = useCallback(() => setRefresh((n) => n + 1), []);

  useEffect(() => {
    client.get<{ maps: MapSummary[] }>('maps').then(
      (reply) => {
        setMaps(reply.maps);
        setOpenId((current) => current ?? (reply.maps.length === 1 ? reply.maps[0]!.id : undefined));
      },
      (error: unknown) => setProblem(error instanceof Error ? error.message : 'The maps could not be read'),
    );
  }, [client, user, refresh]);

  return (
    <div className="shared__layout">
      <div>
        {problem ? <p role="alert">{problem}</p> : null}
        {maps ? <MapList maps={maps} openId={openId} onOpen={setOpenId} /> : null}
        {openId ? <SharedMapView key={openId} client={client} mapId={openId} refresh={refresh} /> : null}
      </div>
      <InboxPanel client={client} onNotification={onNotification} />
    </div>
  );
}
