import { useCallback, useEffect, useState } from 'react';
import { apiUrl, type Inbox, type Notification, type PortalClient } from './api.ts';

/**
 * The agency's inbox: notifications, newest first, kept up to date through the portal's live stream
 * (server-sent events). A new notification is announced in a polite live region.
 */
export function InboxPanel({
  client,
  onNotification,
}: {
  client: PortalClient;
  /** Called for each notification that arrives live (the map view reloads what it shows). */
  onNotification: (notification: Notification) => void;
}) {
  const [inbox, setInbox] = useState<Inbox | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState('');

  const load = useCallback(async () => {
    try {
      setInbox(await client.get<Inbox>('inbox'));
      setProblem('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The inbox could not be read');
    }
  }, [client]);

  useEffect(() => {
    void load();
    const stream = new EventSource(apiUrl('inbox/stream'), { withCredentials: true });
    stream.addEventListener('notification', (event) => {
      try {
        const notification = JSON.parse((event as MessageEvent<string>).data) as Notification;
        setAnnouncement(`New in your inbox: ${notification.title}`);
        setInbox((current) =>
          current && !current.notifications.some((n) => n.id === notification.id)
            ? {
                ...current,
                unread: current.unread + 1,
                notifications: [notification, ...current.notifications],
              }
            : current,
        );
        onNotification(notification);
        // The counts (unread, waiting for a decision) come with the whole inbox.
        void load();
      } catch {
        // A line that is not a notification: ignore it, the next full load shows the inbox as it is.
      }
    });
    return () => stream.close();
  }, [client, load, onNotification]);

  async function markRead(notification: Notification) {
    try {
      await client.post(`inbox/notifications/${notification.id}/read`, {});
      setAnnouncement(`Marked as read: ${notification.title}`);
      await load();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'It could not be marked as read');
    }
  }

  return (
    <section className="shared__card shared__inbox" aria-labelledby="shared-inbox">
      <h2 id="shared-inbox">
        Inbox{inbox ? ` for ${inbox.agency.name}` : ''}
        {inbox ? <span className="shared__count"> ({inbox.unread} unread)</span> : null}
      </h2>
      <p role="status" className="shared__status">
        {announcement}
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      {inbox && inbox.toReview !== undefined ? (
        <p>Contributions waiting for your agency&rsquo;s decision: {inbox.toReview}</p>
      ) : null}
      {inbox && inbox.notifications.length === 0 ? <p>Nothing in your inbox yet.</p> : null}
      <ul className="shared__notifications" aria-label="Notifications">
        {inbox?.notifications.map((notification) => (
          <li key={notification.id} className={notification.readAt ? '' : 'shared__unread'}>
            <strong>{notification.title}</strong>
            <p>{notification.body}</p>
            <p className="shared__meta">
              {new Date(notification.createdAt).toLocaleString('en-GB')}
              {notification.readAt ? ' · read' : ' · not read yet'}
            </p>
            {notification.readAt ? null : (
              <button type="button" onClick={() => void markRead(notification)}>
                Mark as read<span className="visually-hidden">: {notification.title}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
