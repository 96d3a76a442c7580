// The shared map's talk with the Kinmap portal server: plain HTTP (fetch and EventSource) to the same
// origin as the demo, with the session cookie and the CSRF token. Nothing here imports the portal.

/** The signed-in practitioner, as the portal describes them. */
export interface PortalUser {
  id: string;
  email: string;
  displayName: string;
  agencyId: string;
  agencyName: string;
  agencyCanLead: boolean;
}

export interface Agency {
  id: string;
  name: string;
  kind: string;
  canLead: boolean;
}

export interface MapSummary {
  id: string;
  title: string;
  version: number;
  role: 'lead' | 'partner';
  leadAgency: { id: string; name: string };
}

/** The parts of a person the shared screens show (the rest is passed back untouched). */
export interface SharedPerson {
  id: string;
  names: { given?: string; family?: string };
  birth?: { date?: string };
  identity?: { nhsNumber?: { value?: string }; [key: string]: unknown };
  [key: string]: unknown;
}

/** The parts of a household the shared screens show (the rest is passed back untouched). */
export interface SharedHousehold {
  id: string;
  label: string;
  address?: { text?: string; postcode?: string; confidential?: boolean };
  [key: string]: unknown;
}

export interface SharedMap {
  id: string;
  title: string;
  version: number;
  role: 'lead' | 'partner';
  leadAgency: { id: string; name: string };
  family: { title: string; people: SharedPerson[]; households?: SharedHousehold[] };
  invitedAgencies?: { id: string; name: string }[];
}

export interface Discrepancy {
  id: string;
  field: string;
  label: string;
  status: 'open' | 'corrected' | 'not_corrected';
  reported: { value: string; agency: { id: string; name: string }; source: string };
  /** The lead only: the map's value and where it came from. */
  map?: { value: string; source: { label: string } };
  entity?: { kind: string; id: string; name: string | null };
}

export interface Contribution {
  id: string;
  agency: { id: string; name: string };
  practitioner: { id: string; name: string };
  change: unknown;
  source: string;
  note: string | null;
  status: 'pending' | 'accepted' | 'rejected' | 'conflict';
  conflicts: { path: string; message: string }[];
  discrepancies: Discrepancy[];
  decisionReason: string | null;
  createdAt: string;
}

export interface Notification {
  id: number;
  mapId: string | null;
  mapTitle: string | null;
  kind: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export interface Inbox {
  agency: { id: string; name: string };
  unread: number;
  notifications: Notification[];
  contributions: { counts: Record<'pending' | 'accepted' | 'rejected' | 'conflict', number> };
  toReview?: number;
}

export interface Outcome {
  id: string;
  kind: 'assessment' | 'meeting';
  summary: string;
  notifiedAgencies: { id: string; name: string }[];
  recordedBy: string;
}

/** Where a contribution's information came from, in the words practitioners use. */
export const SOURCE_WORDS = {
  our_records: 'Our records',
  family_told_us: 'The family told us',
  professional_observation: 'Professional observation',
  another_agency: 'Another agency',
  other: 'Another source',
} as const;
export type Source = keyof typeof SOURCE_WORDS;

/** A request the portal refused, with its plain message (and the fields at fault, when it names them). */
export class PortalError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'PortalError';
  }
}

/** The portal server is not there (the static demo on GitHub Pages, or the server stopped). */
export class NoPortalError extends Error {
  constructor() {
    super('The shared map needs the Kinmap portal server, and it is not running here.');
    this.name = 'NoPortalError';
  }
}

/** The portal's address, next to the demo's own files (works at `/` and in a sub-folder). */
export function apiUrl(path: string, base: string = document.baseURI): string {
  return new URL(`api/${path}`, base).href;
}

/** A JSON reply from the portal, or undefined when what answered is not the portal. */
async function readJson(response: Response): Promise<unknown> {
  if (!(response.headers.get('content-type') ?? '').includes('application/json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * A small client for the portal's JSON routes: it remembers the CSRF token from sign-in and sends it
 * with every change.
 *
 * @example
 * const portal = new PortalClient();
 * const user = await portal.signIn('dsl@school.example', 'kinmap-demo');
 * const { maps } = await portal.get<{ maps: MapSummary[] }>('maps');
 */
export class PortalClient {
  private csrfToken = '';

  /** `base`: the demo's address (the page's own by default); the portal answers under `api/`. */
  constructor(private readonly base?: string) {}

  /** Sends one request; throws PortalError (refused) or NoPortalError (no portal server here). */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(apiUrl(path, this.base), {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new NoPortalError();
    }
    if (response.status === 204) return undefined as T;
    const data = await readJson(response);
    if (data === undefined || typeof data !== 'object' || data === null) throw new NoPortalError();
    if (!response.ok) {
      const error = (data as { error?: unknown }).error;
      throw new PortalError(
        typeof error === 'string' ? error : `The portal refused this (${response.status})`,
        response.status,
      );
    }
    return data as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  /** Who is signed in already (a reload keeps the session), or undefined. */
  async currentUser(): Promise<PortalUser | undefined> {
    try {
      const session = await this.get<{ user: PortalUser; csrfToken: string }>('session');
      this.csrfToken = session.csrfToken;
      return session.user;
    } catch (error) {
      if (error instanceof PortalError && error.status === 401) return undefined;
      throw error;
    }
  }

  async signIn(email: string, password: string): Promise<PortalUser> {
    const session = await this.post<{ user: PortalUser; csrfToken: string }>('session', { email, password });
    this.csrfToken = session.csrfToken;
    return session.user;
  }

  async signOut(): Promise<void> {
    await this.request<void>('DELETE', 'session');
    this.csrfToken = '';
  }
}

/** A person's name as the shared screens show it. */
export function personName(person: SharedPerson): string {
  return [person.names.given, person.names.family].filter(Boolean).join(' ') || 'Someone not yet named';
}

/** A household as the shared screens name it: its label, and its address when the view has one. */
export function householdName(household: SharedHousehold): string {
  const where = [household.address?.text, household.address?.postcode].filter(Boolean).join(', ');
  return where ? `${household.label} (${where})` : household.label;
}

export { addressChange, dateOfBirthChange, nameChange, nhsNumberChange, type Built } from './changes.ts';

/** "our_records" → "Our records". */
export function sourceWords(source: string): string {
  return (SOURCE_WORDS as Record<string, string>)[source] ?? source;
}
