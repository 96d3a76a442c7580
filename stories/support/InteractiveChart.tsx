import { useEffect, useId } from 'react';
import type { Family, PersonId } from '@kinmap/model';
import {
  Genogram,
  KeyboardInstructions,
  useFamilyLayout,
  useGenogramKeyboard,
  useSelection,
  useViewport,
  ViewportControls,
} from '@kinmap/react';
import type { FamilyLayout, LayoutOptions } from '@kinmap/layout';
import { useStoryTheme } from './storyTheme.ts';

/** Props of {@link InteractiveChart}. */
export interface InteractiveChartProps {
  family: Family;
  layoutOptions?: LayoutOptions;
  /** People selected when the story opens. */
  defaultSelection?: PersonId[];
  /** A person to focus when the story opens (shows the focus ring). */
  focus?: PersonId;
  /** Pan and zoom buttons and keys. Default false (the grids are small). */
  withViewport?: boolean;
  width?: number | string;
  height?: number | string;
  title?: string;
}

const NO_ECOMAP: LayoutOptions = { ecomap: 'none' };

/**
 * A genogram a keyboard user can work: selection, arrows between relatives and (optionally) pan and
 * zoom, assembled from @kinmap/react's public hooks the way the demo does it.
 */
export function InteractiveChart(props: InteractiveChartProps) {
  // Like <Genogram>, no ecomap unless asked (useFamilyLayout's own default is a ring).
  const layout = useFamilyLayout(props.family, props.layoutOptions ?? NO_ECOMAP);
  return layout ? <WithLayout {...props} layout={layout} /> : null;
}

function WithLayout({ layout, ...props }: InteractiveChartProps & { layout: FamilyLayout }) {
  const theme = useStoryTheme();
  const instructionsId = useId();
  const selection = useSelection({ defaultSelection: props.defaultSelection ?? [] });
  const view = useViewport({ bounds: layout.bounds });
  const keyboard = useGenogramKeyboard({ family: props.family, layout, selection, instructionsId });
  const { focusPerson } = keyboard;
  useEffect(() => {
    if (props.focus) focusPerson(props.focus);
  }, [props.focus, focusPerson]);
  // With pan and zoom, fit the chart once it is on screen and measured (as the demo does).
  const { fitView } = view;
  const { withViewport } = props;
  useEffect(() => {
    if (!withViewport) return;
    const frame = requestAnimationFrame(() => fitView());
    return () => cancelAnimationFrame(frame);
  }, [withViewport, fitView]);
  const chart = (
    <Genogram
      family={props.family}
      layout={layout}
      theme={theme}
      title={props.title}
      renderPersonProps={(id) => keyboard.getPersonProps(id)}
      width={props.width ?? 200}
      height={props.height}
      style={props.height ? undefined : { height: 'auto', maxWidth: '100%' }}
      {...(props.withViewport ? { viewportTransform: view.transform, svgProps: { ref: view.svgRef } } : {})}
    />
  );
  return (
    <div onKeyDown={props.withViewport ? view.onKeyDown : undefined}>
      {props.withViewport ? (
        <ViewportControls
          onZoomIn={view.zoomIn}
          onZoomOut={view.zoomOut}
          onFit={view.fitView}
          onPan={view.panBy}
          zoom={view.viewport.zoom}
        />
      ) : null}
      {chart}
      <KeyboardInstructions id={instructionsId} />
    </div>
  );
}
