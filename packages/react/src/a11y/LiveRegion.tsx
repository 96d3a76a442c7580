import type { Announcement } from './useAnnouncer.ts';
import { visuallyHidden } from './visuallyHidden.ts';

/** Props of {@link LiveRegion}. */
export interface LiveRegionProps {
  /** What to say: from `useAnnouncer().announcement`, or a plain string. */
  announcement: Announcement | string;
  /** Show the text instead of hiding it visually (for a visible status line). Default false. */
  isVisible?: boolean;
  /** Class name for the region. */
  className?: string;
}

/**
 * A polite live region (`role="status"`): screen readers read each new message when the user is idle.
 * The message is a text node, so names are never interpreted as markup. Keep one region mounted for
 * the life of the chart; regions added at the same time as their text are often not read.
 *
 * @example
 * const { announcement, announce } = useAnnouncer();
 * <LiveRegion announcement={announcement} />
 */
export function LiveRegion({ announcement, isVisible = false, className }: LiveRegionProps) {
  const { message, count } =
    typeof announcement === 'string' ? { message: announcement, count: 0 } : announcement;
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className={className ?? 'kinmap-live-region'}
      style={isVisible ? undefined : visuallyHidden}
    >
      {/* A new key replaces the text node, so the same words said twice are read twice. */}
      <span key={count}>{message}</span>
    </div>
  );
}
