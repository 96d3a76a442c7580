import type { InteractionLabels } from '../labels/interactionLabels.ts';
import { useLabels } from '../labels/LabelsContext.ts';
import { mergeLabels, type DeepPartial } from '../labels/mergeLabels.ts';
import { PAN_STEP } from './useViewport.ts';

/** Props of {@link ViewportControls}. */
export interface ViewportControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** Pan by screen pixels; when given, four pan buttons are shown too. */
  onPan?: (dx: number, dy: number) => void;
  /** The current zoom, shown as a percentage when given. */
  zoom?: number;
  /** Labels to override; the rest come from the nearest `LabelsProvider` or the en-GB defaults. */
  labels?: DeepPartial<InteractionLabels>;
  className?: string;
}

/**
 * Buttons to zoom in, zoom out, fit the chart to the view and, optionally, pan: the single-pointer and
 * keyboard alternative to dragging and pinching (WCAG 2.2, 2.5.7). Plain HTML buttons with accessible
 * names from the labels object.
 *
 * @example
 * const view = useViewport({ bounds: layout.bounds });
 * <ViewportControls onZoomIn={view.zoomIn} onZoomOut={view.zoomOut} onFit={view.fitView} onPan={view.panBy} />
 */
export function ViewportControls({
  onZoomIn,
  onZoomOut,
  onFit,
  onPan,
  zoom,
  labels,
  className,
}: ViewportControlsProps) {
  const text = mergeLabels<InteractionLabels>(useLabels(), labels);
  const button = (label: string, glyph: string, onClick: () => void) => (
    <button type="button" aria-label={label} title={label} onClick={onClick}>
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
  return (
    <div role="group" aria-label={text.viewportControls} className={className ?? 'kinmap-viewport-controls'}>
      {button(text.zoomIn, '+', onZoomIn)}
      {button(text.zoomOut, '−', onZoomOut)}
      {button(text.fitView, '⤢', onFit)}
      {onPan && (
        <>
          {button(text.panUp, '↑', () => onPan(0, PAN_STEP))}
          {button(text.panLeft, '←', () => onPan(PAN_STEP, 0))}
          {button(text.panRight, '→', () => onPan(-PAN_STEP, 0))}
          {button(text.panDown, '↓', () => onPan(0, -PAN_STEP))}
        </>
      )}
      {zoom !== undefined && <output aria-live="off">{text.zoomLevel(Math.round(zoom * 100))}</output>}
    </div>
  );
}
