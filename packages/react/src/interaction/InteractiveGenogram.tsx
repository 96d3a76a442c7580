import type { FamilyLayout } from '@kinmap/layout';
import type { Family, PersonId } from '@kinmap/model';
import { useId, useMemo } from 'react';
import { Genogram, genogramLayoutOptions, type GenogramProps } from '../Genogram/Genogram.tsx';
import { useFamilyLayout } from '../Genogram/useFamilyLayout.ts';
import { ViewportControls } from '../viewport/ViewportControls.tsx';
import type { Viewport, ViewportChangeSource } from '../viewport/types.ts';
import { useViewport } from '../viewport/useViewport.ts';
import { FocusRing } from './FocusRing.tsx';
import { KeyboardInstructions } from './KeyboardInstructions.tsx';
import type { SelectionProps } from './useSelection.ts';
import { useSelection } from './useSelection.ts';
import { useGenogramKeyboard } from './useGenogramKeyboard.ts';

/** Space the chart's viewBox leaves round the layout bounds (as `<Genogram>` draws it). */
const CHART_PADDING = 24;

/** Props of {@link InteractiveGenogram}: a genogram's props plus selection, viewport and activation. */
export interface InteractiveGenogramProps
  extends Omit<GenogramProps, 'renderPersonProps' | 'viewportTransform' | 'showLegend'>, SelectionProps {
  /** The viewport (controlled). Zoom 1 at 0, 0 shows the whole chart. */
  viewport?: Viewport;
  /** The viewport to start with (uncontrolled). Default: the whole chart. */
  defaultViewport?: Viewport;
  onViewportChange?: (viewport: Viewport, source: ViewportChangeSource) => void;
  /** Called when a person is activated with Enter or a double click. */
  onPersonActivate?: (personId: PersonId) => void;
  /** Show the zoom, fit and pan buttons. Default true. */
  showControls?: boolean;
  minZoom?: number;
  maxZoom?: number;
}

/**
 * A `<Genogram>` you can navigate: each person is focusable with a spoken name composed from the
 * model; Tab enters on the selected person (else the first subject); arrows move between relatives;
 * Enter activates; Space and clicks select; Escape clears; + and − zoom, 0 fits, Shift + arrows pan;
 * wheel, drag and pinch pan and zoom; buttons do the same without dragging. Selection and viewport
 * are controlled or uncontrolled (`selection` / `defaultSelection` / `onSelectionChange`, `viewport` /
 * `defaultViewport` / `onViewportChange`).
 *
 * @example
 * <InteractiveGenogram
 *   family={family}
 *   selection={selection}
 *   onSelectionChange={setSelection}
 *   onPersonActivate={(id) => openDetails(id)}
 * />
 */
export function InteractiveGenogram(props: InteractiveGenogramProps) {
  const options = genogramLayoutOptions(props, 'none');
  const computed = useFamilyLayout(props.layout ? undefined : props.family, options);
  const layout = props.layout ?? computed;
  if (!layout || !props.family) {
    throw new Error('InteractiveGenogram: pass a `family` (and optionally its `layout`).');
  }
  return <InteractiveChart {...props} family={props.family} layout={layout} />;
}

function InteractiveChart(props: InteractiveGenogramProps & { family: Family; layout: FamilyLayout }) {
  const { showControls = true, onPersonActivate, minZoom, maxZoom, family, layout } = props;
  const instructionsId = useId();
  const selection = useSelection(props);
  const { bounds } = layout;
  const getSize = useMemo(
    () => () => ({
      x: bounds.x - CHART_PADDING,
      y: bounds.y - CHART_PADDING,
      width: bounds.width + 2 * CHART_PADDING,
      height: bounds.height + 2 * CHART_PADDING,
    }),
    [bounds],
  );
  const view = useViewport({
    ...(props.viewport ? { viewport: props.viewport } : {}),
    defaultViewport: props.defaultViewport ?? { x: 0, y: 0, zoom: 1 },
    ...(props.onViewportChange ? { onViewportChange: props.onViewportChange } : {}),
    bounds,
    getSize,
    ...(minZoom !== undefined ? { minZoom } : {}),
    ...(maxZoom !== undefined ? { maxZoom } : {}),
  });
  const nodes = useMemo(() => new Map(layout.nodes.map((node) => [node.id, node])), [layout]);
  const boxOf = (id: PersonId) => {
    const node = nodes.get(id);
    return (
      node && {
        x: node.x - node.width / 2,
        y: node.y - node.height / 2,
        width: node.width,
        height: node.height,
      }
    );
  };
  const keyboard = useGenogramKeyboard({
    family,
    layout,
    selection,
    instructionsId,
    ...(props.asAt ? { asAt: props.asAt } : {}),
    ...(props.labels ? { labels: props.labels } : {}),
    ...(onPersonActivate ? { onPersonActivate } : {}),
    onPersonFocus: (id) => {
      const box = boxOf(id);
      if (box) view.ensureVisible(box);
    },
  });
  const focusedBox = keyboard.focusedId === undefined ? undefined : boxOf(keyboard.focusedId);
  return (
    <div className="kinmap-interactive" onKeyDown={view.onKeyDown}>
      <KeyboardInstructions id={instructionsId} {...(props.labels ? { labels: props.labels } : {})} />
      <Genogram
        {...props}
        layout={layout}
        renderPersonProps={(id) => keyboard.getPersonProps(id)}
        viewportTransform={view.transform}
        svgProps={{ ...props.svgProps, ref: view.svgRef }}
      >
        {focusedBox ? <FocusRing box={focusedBox} /> : null}
        {props.children}
      </Genogram>
      {showControls ? (
        <ViewportControls
          onZoomIn={view.zoomIn}
          onZoomOut={view.zoomOut}
          onFit={view.fitView}
          onPan={view.panBy}
          {...(props.labels ? { labels: props.labels } : {})}
        />
      ) : null}
    </div>
  );
}
