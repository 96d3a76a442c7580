import type { HouseholdOutline, PersonNode } from '@kinmap/layout';
import { useColours } from '../theme/ThemeContext.tsx';
import { xmlText } from '../text/xmlText.ts';
import { groupRootProps, type RootProps } from '../props/rootProps.ts';

/** Props of {@link HouseholdShape}. `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on its `<g>`. */
export interface HouseholdShapeProps extends RootProps<SVGGElement> {
  household: HouseholdOutline;
  /** People on the chart, to place the part-time markers. */
  nodes?: readonly PersonNode[];
  symbolSize?: number;
  /** Draw the label with the outline. Default true; a chart draws labels in their own layer instead. */
  withLabel?: boolean;
}

/** A household's name on a paper halo, so lines crossing it do not hide it. */
export function HouseholdLabel({ household }: { household: HouseholdOutline }) {
  const colours = useColours();
  return (
    <text
      className="kinmap-household-label"
      data-household-id={xmlText(household.id)}
      x={household.label.x}
      y={household.label.y}
      fontSize={11}
      fontStyle="italic"
      fill={colours.household}
      stroke={colours.paper}
      strokeWidth={4}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {xmlText(household.label.text)}
    </text>
  );
}

/**
 * A household: a dotted outline round its residents (one per cluster), its label, and a
 * half-filled corner marker on each part-time member. `data-household-id` on the `<g>`.
 *
 * @example
 * ```tsx
 * <svg><HouseholdShape household={layout.households[0]} nodes={layout.nodes} /></svg>
 * ```
 */
export function HouseholdShape(props: HouseholdShapeProps) {
  const { household, nodes = [], symbolSize = 40, withLabel = true } = props;
  const colours = useColours();
  const partTime = nodes.filter((n) => household.partTime.includes(n.id));
  return (
    <g
      data-household-id={xmlText(household.id)}
      data-kind="household"
      {...groupRootProps(props, 'kinmap-household')}
    >
      {household.paths.map((d, i) => (
        <path
          key={i}
          className="kinmap-household-outline"
          d={d}
          fill="none"
          stroke={colours.household}
          strokeWidth={1.5}
          strokeDasharray="2 4"
          strokeLinecap="round"
        />
      ))}
      {withLabel ? <HouseholdLabel household={household} /> : null}
      {partTime.map((n) => {
        const x = n.x + symbolSize / 2 + 2;
        const y = n.y - symbolSize / 2 - 10;
        return (
          <g key={n.id} className="kinmap-part-time" data-person-id={xmlText(n.id)} data-mark="part-time">
            <rect
              x={x}
              y={y}
              width={8}
              height={8}
              fill={colours.paper}
              stroke={colours.household}
              strokeWidth={1.2}
            />
            <path d={`M${x} ${y} H${x + 8} L${x} ${y + 8} Z`} fill={colours.household} />
          </g>
        );
      })}
    </g>
  );
}
