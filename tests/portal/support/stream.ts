import { SESSION_COOKIE } from '@kinmap/portal';

/** One server-sent event. */
export interface StreamEvent {
  id: string | undefined;
  event: string;
  data: string;
}

/** An open `/api/inbox/stream` over real HTTP: the events so far, and a way to wait for one. */
export interface InboxStream {
  readonly events: StreamEvent[];
  readonly status: number;
  /** Waits (up to `timeoutMs`) for an event that matches. */
  next(match: (event: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  /** Whether the server has ended the stream. */
  readonly ended: boolean;
  close(): void;
}

/** Opens the inbox stream at `base` with a session cookie value. */
export async function openInboxStream(
  base: string,
  cookie: string,
  headers: Record<string, string> = {},
  query = '',
): Promise<InboxStream> {
  const abort = new AbortController();
  const response = await fetch(`${base}/api/inbox/stream${query}`, {
    headers: { cookie: `${SESSION_COOKIE}=${cookie}`, accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const events: StreamEvent[] = [];
  const waiters = new Set<() => void>();
  let ended = false;
  const wake = () => {
    for (const waiter of waiters) waiter();
  };
  if (response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event: StreamEvent = { id: undefined, event: 'message', data: '' };
            let hasData = false;
            for (const line of block.split('\n')) {
              if (line.startsWith('id: ')) event.id = line.slice(4);
              else if (line.startsWith('event: ')) event.event = line.slice(7);
              else if (line.startsWith('data: ')) {
                event.data += line.slice(6);
                hasData = true;
              }
            }
            if (hasData) {
              events.push(event);
              wake();
            }
          }
        }
      } catch {
        // aborted
      }
      ended = true;
      wake();
    })();
  }
  return {
    events,
    status: response.status,
    get ended() {
      return ended;
    },
    next(match, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          } else if (ended) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`the stream ended; events: ${JSON.stringify(events)}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event within ${timeoutMs} ms; events: ${JSON.stringify(events)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => abort.abort(),
  };
}
