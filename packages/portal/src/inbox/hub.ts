import type { Database } from '../db/database.ts';

/** Someone waiting to hear of new notifications for one agency (an open inbox stream). */
export interface InboxSubscriber {
  /** New notification ids for the agency (they may repeat one already seen: deduplicate). */
  onNotifications(ids: readonly number[]): void;
  /** The listening connection was lost and is back: notifications may have been missed. */
  onCatchUp(): void;
  /** The server is stopping. */
  onClose(): void;
}

/**
 * One LISTEN per server process on the channel `kinmap_inbox_<schema>`, shared by every open inbox
 * stream of that process. The notifications table's trigger sends on it (`pg_notify`) in the same
 * transaction as each insert, so a notification written by any server process reaches the streams of
 * every process once it is committed.
 *
 * @example
 * const hub = await startInboxHub(database);
 * const stop = hub.subscribe('agency:riverside-gp', { onNotifications: (ids) => send(ids), onCatchUp, onClose });
 */
export interface InboxHub {
  /** The PostgreSQL channel listened on. */
  readonly channel: string;
  subscribe(agencyId: string, subscriber: InboxSubscriber): () => void;
  /** Stops listening and closes every subscriber. */
  close(): Promise<void>;
}

/** The channel a schema's notifications are sent on (the trigger computes the same name). */
export async function inboxChannel(database: Database): Promise<string> {
  const rows = await database.query<{ schema: string }>('SELECT current_schema() AS schema');
  return `kinmap_inbox_${rows[0]!.schema}`;
}

/** Starts listening for notifications (see `InboxHub`). */
export async function startInboxHub(database: Database): Promise<InboxHub> {
  const channel = await inboxChannel(database);
  const subscribers = new Map<string, Set<InboxSubscriber>>();
  const stop = await database.listen(
    channel,
    (payload) => {
      let message: { agencyId?: unknown; id?: unknown };
      try {
        message = JSON.parse(payload) as typeof message;
      } catch {
        return;
      }
      if (typeof message.agencyId !== 'string' || typeof message.id !== 'number') return;
      for (const subscriber of subscribers.get(message.agencyId) ?? []) {
        subscriber.onNotifications([message.id]);
      }
    },
    () => {
      for (const set of subscribers.values()) for (const subscriber of set) subscriber.onCatchUp();
    },
  );
  let closed = false;
  return {
    channel,
    subscribe(agencyId, subscriber) {
      if (closed) {
        subscriber.onClose();
        return () => {};
      }
      let set = subscribers.get(agencyId);
      if (!set) subscribers.set(agencyId, (set = new Set()));
      set.add(subscriber);
      return () => {
        set.delete(subscriber);
        if (set.size === 0 && subscribers.get(agencyId) === set) subscribers.delete(agencyId);
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const set of subscribers.values()) for (const subscriber of set) subscriber.onClose();
      subscribers.clear();
      await stop();
    },
  };
}
