import type { Announcement } from './useAnnouncer.ts';
import { visuallyHidden } from './visuallyHidden.ts';
import { joinClassNames, rootAttributes, type RootProps } from '../props/rootProps.ts';

/**
 * Props of {@link LiveRegion}. `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on its `<div>`
 * (an `aria-live` given replaces `polite`).
 */
export interface LiveRegionProps extends RootProps<HTMLDivElement> {
  /** What to say: from `useAnnouncer().announcement`, or a plain string. */
  announcement: Announcement | string;
  /** Show the text instead of hiding it visually (for a visible status line). Default false. */
  isVisible?: boolean;
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
export function LiveRegion(props: LiveRegionProps) {
  const { announcement, isVisible = false, className, style } = props;
  const { message, count } =
    typeof announcement === 'string' ? { message: announcement, count: 0 } : announcement;
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      {...rootAttributes<HTMLDivElement>(props)}
      className={joinClassNames('kinmap-live-region', className)}
      style={isVisible ? style : { ...visuallyHidden, ...style }}
    >
      {/* A new key replaces the text node, so the same words said twice are read twice. */}
      <span key={count}>{message}</span>
    </div>
  );
}
