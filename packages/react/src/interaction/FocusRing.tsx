import type { Box } from '@kinmap/layout';
import { joinClassNames, rootAttributes, type RootProps } from '../props/rootProps.ts';

/** Props of {@link FocusRing}. `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on its `<rect>`. */
export interface FocusRingProps extends RootProps<SVGRectElement> {
  /** The box to surround, in the same coordinates as the ring's parent `<g>`. */
  box: Box;
  /** Space between the box and the ring, in layout units. Default 6. */
  offset?: number;
}

/**
 * A drawn ring round a person symbol, shown by CSS when its `.kinmap-person` group has
 * `:focus-visible` (see `interactionCss`). Drawn as well as the CSS outline because outlines on SVG
 * elements are not drawn by every browser. Hidden from assistive technology.
 *
 * @example
 * <g {...keyboard.getPersonProps(node.id)}>
 *   <FocusRing box={{ x: node.x - 20, y: node.y - 20, width: 40, height: 40 }} />
 *   …symbol…
 * </g>
 */
export function FocusRing(props: FocusRingProps) {
  const { box, offset = 6, className, style } = props;
  return (
    <rect
      aria-hidden="true"
      {...rootAttributes<SVGRectElement>(props)}
      className={joinClassNames('kinmap-focus-ring', className)}
      style={style}
      x={box.x - offset}
      y={box.y - offset}
      width={box.width + 2 * offset}
      height={box.height + 2 * offset}
      rx={offset}
    />
  );
}

/**
 * CSS for focus and selection on the chart: a visible focus ring on `:focus-visible` (outline and the
 * drawn `FocusRing`), a selection ring, and system colours in forced-colours mode. Uses the theme's
 * custom properties `--kinmap-focus` and `--kinmap-selection` with fallbacks. Included in
 * `kinmapStyles`; use it alone only when you bring your own theme stylesheet.
 *
 * @example
 * <style>{interactionCss}</style>
 */
export const interactionCss = `
.kinmap-person[tabindex] { cursor: pointer; }
.kinmap-person:focus { outline: none; }
.kinmap-person:focus-visible { outline: 3px solid var(--kinmap-focus, #0b0c0c); outline-offset: 4px; }
.kinmap-focus-ring { fill: none; stroke: var(--kinmap-focus, #0b0c0c); stroke-width: 3; visibility: hidden; pointer-events: none; }
.kinmap-person:focus-visible .kinmap-focus-ring { visibility: visible; }
.kinmap-person[data-selected] .kinmap-focus-ring { visibility: visible; stroke: var(--kinmap-selection, #1d70b8); stroke-dasharray: 6 3; }
.kinmap-person[data-selected]:focus-visible .kinmap-focus-ring { stroke: var(--kinmap-focus, #0b0c0c); stroke-dasharray: none; }
@media (forced-colors: active) {
  .kinmap-focus-ring { stroke: Highlight; }
  .kinmap-person:focus-visible { outline-color: Highlight; }
}
`;
