'use client';

import { useCallback, useState } from 'react';

/** One message for the live region; `count` changes even when the same words are announced twice. */
export interface Announcement {
  message: string;
  count: number;
}

/** What {@link useAnnouncer} returns. */
export interface Announcer {
  /** The latest announcement, to pass to `<LiveRegion announcement={…} />`. */
  announcement: Announcement;
  /** Queue words for screen readers ("Added Leo as son of Amy"). */
  announce: (message: string) => void;
  /** Empty the live region. */
  clear: () => void;
}

/**
 * State for a polite live region that tells screen-reader users what changed ("Added Leo as son of
 * Amy", "Undone: Add child"). Render the region once with `<LiveRegion>` and call `announce`.
 *
 * @example
 * const { announcement, announce } = useAnnouncer();
 * return (
 *   <>
 *     <button onClick={() => announce('Family saved')}>Save</button>
 *     <LiveRegion announcement={announcement} />
 *   </>
 * );
 */
export function useAnnouncer(): Announcer {
  const [announcement, setAnnouncement] = useState<Announcement>({ message: '', count: 0 });
  const announce = useCallback((message: string) => {
    setAnnouncement((previous) => ({ message, count: previous.count + 1 }));
  }, []);
  const clear = useCallback(
    () => setAnnouncement((previous) => ({ message: '', count: previous.count + 1 })),
    [],
  );
  return { announcement, announce, clear };
}
