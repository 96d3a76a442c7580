'use client';

import { useRef, useState, type KeyboardEvent } from 'react';
import type { InteractionLabels } from '../labels/interactionLabels.ts';
import { useLabels } from '../labels/LabelsContext.ts';
import { mergeLabels, type DeepPartial } from '../labels/mergeLabels.ts';
import { PAN_STEP } from './useViewport.ts';
import { joinClassNames, rootAttributes, type RootProps } from '../props/rootProps.ts';

/**
 * Props of {@link ViewportControls}. `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on the
 * toolbar `<div>`; an `aria-label` replaces its default name ("Chart view").
 */
export interface ViewportControlsProps extends RootProps<HTMLDivElement> {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** Pan by screen pixels; when given, four pan buttons are shown too. */
  onPan?: (dx: number, dy: number) => void;
  /** The current zoom, shown as a percentage when given. */
  zoom?: number;
  /** Labels to override; the rest come from the nearest `LabelsProvider` or the en-GB defaults. */
  labels?: DeepPartial<InteractionLabels>;
}

/** Which button a toolbar key moves to, from `index` of `count`, or -1 for a key the toolbar ignores. */
function nextIndex(key: string, index: number, count: number): number {
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return -1;
}

/**
 * Buttons to zoom in, zoom out, fit the chart to the view and, optionally, pan: the single-pointer and
 * keyboard alternative to dragging and pinching (WCAG 2.2, 2.5.7). Plain HTML buttons with accessible
 * names from the labels object, in a WAI-ARIA toolbar: the whole toolbar is one Tab stop (so the next
 * control after the chart is one Tab away, not seven), and the arrow keys, Home and End move between
 * its buttons.
 *
 * @example
 * const view = useViewport({ bounds: layout.bounds });
 * <ViewportControls onZoomIn={view.zoomIn} onZoomOut={view.zoomOut} onFit={view.fitView} onPan={view.panBy} />
 */
export function ViewportControls(props: ViewportControlsProps) {
  const { onZoomIn, onZoomOut, onFit, onPan, zoom, labels, className, style } = props;
  const text = mergeLabels<InteractionLabels>(useLabels(), labels);
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const items: (readonly [label: string, glyph: string, onClick: () => void])[] = [
    [text.zoomIn, '+', onZoomIn],
    [text.zoomOut, '−', onZoomOut],
    [text.fitView, '⤢', onFit],
    ...(onPan
      ? ([
          [text.panUp, '↑', () => onPan(0, PAN_STEP)],
          [text.panLeft, '←', () => onPan(PAN_STEP, 0)],
          [text.panRight, '→', () => onPan(-PAN_STEP, 0)],
          [text.panDown, '↓', () => onPan(0, -PAN_STEP)],
        ] as const)
      : []),
  ];
  const current = Math.min(active, items.length - 1);
  function onKeyDown(event: KeyboardEvent) {
    const next = nextIndex(event.key, current, items.length);
    if (next < 0) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  }
  return (
    <div
      role="toolbar"
      aria-label={text.viewportControls}
      {...rootAttributes<HTMLDivElement>(props)}
      className={joinClassNames('kinmap-viewport-controls', className)}
      style={style}
      onKeyDown={onKeyDown}
    >
      {items.map(([label, glyph, onClick], index) => (
        <button
          key={label}
          ref={(node) => {
            buttons.current[index] = node;
          }}
          type="button"
          aria-label={label}
          title={label}
          tabIndex={index === current ? 0 : -1}
          onFocus={() => setActive(index)}
          onClick={onClick}
        >
          <span aria-hidden="true">{glyph}</span>
        </button>
      ))}
      {zoom !== undefined && <output aria-live="off">{text.zoomLevel(Math.round(zoom * 100))}</output>}
    </div>
  );
}
