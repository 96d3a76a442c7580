import { startTransition, useEffect, useState } from 'react';

/**
 * The value, but changed only after the browser has painted the current frame, and as a transition.
 * The editor draws the chart and runs the checklist from this, so a keystroke or a click paints its
 * direct result (the field, the panel) at once and the full re-layout of a large family follows in
 * the next task. Rapid changes coalesce: only the latest value is drawn.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from an animation frame runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
