'use client';

import { useEffect, useRef } from 'react';
import { fitText } from './fitText.ts';

/**
 * Keeps the chart's labels inside the room the layout gave them when the host page's font is wider
 * than the chart font (see {@link fitText}): when the chart draws a new layout, and again whenever the
 * page finishes loading a font (not on every render: panning and zooming redraw nothing it measures).
 * Draws an empty group, which only tells it which chart it is in.
 */
export function FitText({ layout }: { layout: unknown }) {
  const ref = useRef<SVGGElement>(null);
  useEffect(() => {
    const svg = ref.current?.ownerSVGElement;
    if (!svg || typeof requestAnimationFrame !== 'function') return;
    let frame = requestAnimationFrame(() => fitText(svg));
    const again = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fitText(svg));
    };
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    fonts?.addEventListener?.('loadingdone', again);
    return () => {
      cancelAnimationFrame(frame);
      fonts?.removeEventListener?.('loadingdone', again);
    };
  }, [layout]);
  return <g ref={ref} className="kinmap-fit-text" aria-hidden="true" />;
}
