import { useState, type FormEvent } from 'react';
import { NoPortalError, type PortalClient, type PortalUser } from './api.ts';

/** The seeded demo accounts (the portal's docs list the same ones); every password is `kinmap-demo`. */
export const DEMO_ACCOUNTS = [
  {
    email: 'sam.okafor@childrens.example',
    name: 'Sam Okafor',
    agency: "Calderbridge Children's Social Care (lead)",
  },
  { email: 'ava.patel@adults.example', name: 'Ava Patel', agency: "Calderbridge Adults' Social Care (lead)" },
  { email: 'dr.shah@gp.example', name: 'Dr Nadia Shah', agency: 'Riverside Medical Practice (GP)' },
  { email: 'dsl@school.example', name: 'Mr Tom Evans', agency: 'Hillside Primary School' },
  { email: 'kim.lee@hv.example', name: 'Kim Lee', agency: 'Calderbridge Health Visiting' },
  { email: 'pc.ward@police.example', name: 'PC Rachel Ward', agency: 'Calder Valley Police' },
] as const;

export const DEMO_PASSWORD = 'kinmap-demo';

/** Sign-in to the portal, with the demo accounts listed (this is a demo: nothing here is secret). */
export function SignInForm({
  client,
  onSignedIn,
  onNoPortal,
}: {
  client: PortalClient;
  onSignedIn: (user: PortalUser) => void;
  onNoPortal: () => void;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function signIn(address: string, secret: string) {
    setBusy(true);
    setMessage('Signing in…');
    try {
      onSignedIn(await client.signIn(address, secret));
    } catch (error) {
      if (error instanceof NoPortalError) onNoPortal();
      else setMessage(error instanceof Error ? error.message : 'Signing in did not work');
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void signIn(email, password);
  }

  return (
    <section className="shared__card" aria-labelledby="shared-sign-in">
      <h2 id="shared-sign-in">Sign in to the shared map</h2>
      <form onSubmit={submit} className="shared__form">
        <label htmlFor="shared-email">Email address</label>
        <input
          id="shared-email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
        />
        <label htmlFor="shared-password">Password</label>
        <input
          id="shared-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      <p role="status" className="shared__status">
        {message}
      </p>
      <h3>Demo accounts</h3>
      <p>
        This is a demo with made-up agencies and people. Every account&rsquo;s password is{' '}
        <code>{DEMO_PASSWORD}</code>.
      </p>
      <ul className="shared__accounts">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.email}>
            <button type="button" disabled={busy} onClick={() => void signIn(account.email, DEMO_PASSWORD)}>
              Sign in as {account.name}
            </button>{' '}
            {account.agency}, <code>{account.email}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
