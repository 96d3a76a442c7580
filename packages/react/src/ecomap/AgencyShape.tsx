import type { SVGProps } from 'react';
import type { AgencyNode } from '@kinmap/layout';
import { useColours } from '../theme/ThemeContext.tsx';

/** Props of {@link AgencyShape}. */
export interface AgencyShapeProps {
  agency: AgencyNode;
  /** Extra props for the agency's `<g>` (focus and ARIA from the interaction layer). */
  groupProps?: SVGProps<SVGGElement>;
}

/**
 * An agency on the ecomap: a circle with its name inside (lines from layout). The `<g>` has
 * `data-agency-id` and `data-kind="agency"`. The name is a text node.
 *
 * @example
 * ```tsx
 * <svg><AgencyShape agency={layout.agencies[0]} /></svg>
 * ```
 */
export function AgencyShape({ agency, groupProps }: AgencyShapeProps) {
  const colours = useColours();
  const { label } = agency;
  return (
    <g className="kinmap-agency" data-agency-id={agency.id} data-kind="agency" {...groupProps}>
      <circle
        cx={agency.x}
        cy={agency.y}
        r={agency.radius}
        fill={colours.paper}
        stroke={colours.ecomap}
        strokeWidth={2}
      />
      <text x={label.x} y={label.y} fontSize={10} textAnchor="middle" fill={colours.ink}>
        {label.lines.map((line, i) => (
          <tspan key={i} x={label.x} dy={i === 0 ? '0.35em' : 11}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
