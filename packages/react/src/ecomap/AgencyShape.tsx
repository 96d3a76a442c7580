import type { SVGProps } from 'react';
import type { AgencyNode } from '@kinmap/layout';
import { useColours } from '../theme/ThemeContext.tsx';
import { useDrawingLabels } from '../labels/LabelsContext.ts';
import { xmlText } from '../text/xmlText.ts';
import { groupRootProps, type RootProps } from '../props/rootProps.ts';

/** Props of {@link AgencyShape}. `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on its `<g>`. */
export interface AgencyShapeProps extends RootProps<SVGGElement> {
  agency: AgencyNode;
  /** Extra props for the agency's `<g>` (focus and ARIA from the interaction layer). */
  groupProps?: SVGProps<SVGGElement>;
}

/**
 * An agency on the ecomap: a circle with its whole name inside, on the lines the layout wrapped it
 * to, at the size the layout fitted them (the chart's name size); the team, when recorded, follows
 * in the muted colour. The agency holding the lead practitioner role (`isLead`) has a bold "Lead"
 * tag above its name and `data-lead="true"`. The `<g>` has `data-agency-id` and `data-kind="agency"`. Each line is a text
 * node (`<tspan>`), never HTML.
 *
 * @example
 * ```tsx
 * <svg><AgencyShape agency={layout.agencies[0]} /></svg>
 * ```
 */
export function AgencyShape(props: AgencyShapeProps) {
  const { agency, groupProps } = props;
  const colours = useColours();
  const labels = useDrawingLabels();
  const { label } = agency;
  const fontSize = label.fontSize ?? 10;
  const lineHeight = label.lineHeight ?? 11;
  const nameLines = label.nameLines ?? label.lines.length;
  return (
    <g
      data-agency-id={xmlText(agency.id)}
      data-kind="agency"
      data-lead={agency.isLead ? 'true' : undefined}
      {...groupRootProps(props, 'kinmap-agency', groupProps)}
    >
      <circle
        cx={agency.x}
        cy={agency.y}
        r={agency.radius}
        fill={colours.paper}
        stroke={colours.ecomap}
        strokeWidth={2}
      />
      {agency.isLead ? (
        <text
          className="kinmap-agency-lead"
          x={label.x}
          y={label.y - lineHeight}
          dy="0.35em"
          fontSize={fontSize}
          fontWeight={700}
          textAnchor="middle"
          fill={colours.ecomap}
        >
          {xmlText(labels.agencyLeadTag)}
        </text>
      ) : null}
      <text className="kinmap-agency-name" x={label.x} y={label.y} fontSize={fontSize} textAnchor="middle">
        {label.lines.map((line, i) => (
          <tspan
            key={i}
            x={label.x}
            dy={i === 0 ? '0.35em' : lineHeight}
            fill={i < nameLines ? colours.ink : colours.muted}
            data-part={i < nameLines ? 'name' : 'team'}
          >
            {xmlText(line)}
          </tspan>
        ))}
      </text>
    </g>
  );
}
