import { memo } from 'react';
import type { ReactNode, SVGProps } from 'react';
import type { AgencyNode, Connector, FamilyLayout, PersonNode } from '@kinmap/layout';
import type { PersonId } from '@kinmap/model';
import { ConnectorLabel, ConnectorPath } from '../connectors/ConnectorPath.tsx';
import { HouseholdLabel, HouseholdShape } from '../connectors/HouseholdShape.tsx';
import { PersonSymbol } from '../symbols/PersonSymbol.tsx';
import { AgencyShape } from '../ecomap/AgencyShape.tsx';
import { useColours } from '../theme/ThemeContext.tsx';

/** Which layers of the chart to draw. */
export interface DrawingParts {
  households?: boolean;
  structure?: boolean;
  emotional?: boolean;
  ecomap?: boolean;
}

/** Hook points for the interaction layer: extra props for each person, connector and agency `<g>`. */
export interface DrawingHooks {
  /** Props spread on a person's `<g>`: tabIndex, role, aria-label, event handlers, data attributes. */
  renderPersonProps?: (personId: PersonId, node: PersonNode) => SVGProps<SVGGElement> | undefined;
  /** Props spread on a connector's `<g>` (relationships a keyboard user can reach). */
  renderConnectorProps?: (connector: Connector) => SVGProps<SVGGElement> | undefined;
  /** Props spread on an agency's `<g>`. */
  renderAgencyProps?: (agency: AgencyNode) => SVGProps<SVGGElement> | undefined;
}

// Memoised on their props: with `stabiliseLayout`, a person or line the edit did not change keeps
// its node object and is skipped. Props from interaction hooks that change each render defeat this,
// which costs no more than drawing without it.
const MemoPersonSymbol = memo(PersonSymbol);
const MemoConnectorPath = memo(ConnectorPath);
const MemoConnectorLabel = memo(ConnectorLabel);
const MemoAgencyShape = memo(AgencyShape);

const ALL: Required<DrawingParts> = { households: true, structure: true, emotional: true, ecomap: true };

/**
 * The layers of one chart, back to front: households, ecomap, structure lines, emotional lines
 * (over structure), people. Draws exactly what the layout says.
 */
export function GenogramDrawing({
  layout,
  parts = ALL,
  hooks = {},
  children,
}: {
  layout: FamilyLayout;
  parts?: DrawingParts;
  hooks?: DrawingHooks;
  children?: ReactNode;
}) {
  const colours = useColours();
  const show = { ...ALL, ...parts };
  // Relationship lines (emotional relationships and caring roles) are drawn over the structure.
  const isRelationship = (c: Connector) => c.ref.kind === 'emotional' || c.ref.kind === 'caring';
  const emotional = layout.connectors.filter(isRelationship);
  const ecomap = layout.connectors.filter((c) => c.ref.kind === 'ecomap');
  const structure = layout.connectors.filter((c) => !isRelationship(c) && c.ref.kind !== 'ecomap');
  const connector = (c: Connector) => (
    <MemoConnectorPath
      key={c.id}
      connector={c}
      notation={layout.notation}
      groupProps={hooks.renderConnectorProps?.(c)}
      withLabel={false}
    />
  );
  // Labels (of lines and households) go in one layer over every line and under the people, so no
  // line crosses a label.
  const labelled = [
    ...(show.ecomap ? ecomap : []),
    ...(show.structure ? structure : []),
    ...(show.emotional ? emotional : []),
  ].filter((c) => c.label);
  return (
    <>
      {show.households ? (
        <g className="kinmap-layer-households">
          {layout.households.map((h) => (
            <HouseholdShape
              key={h.id}
              household={h}
              nodes={layout.nodes}
              symbolSize={layout.symbolSize}
              withLabel={false}
            />
          ))}
        </g>
      ) : null}
      {show.ecomap && (layout.agencies.length > 0 || layout.ecomapRing) ? (
        <g className="kinmap-layer-ecomap">
          {layout.ecomapRing ? (
            <circle
              className="kinmap-ecomap-ring"
              cx={layout.ecomapRing.cx}
              cy={layout.ecomapRing.cy}
              r={layout.ecomapRing.r}
              fill="none"
              stroke={colours.ecomap}
              strokeWidth={1}
              strokeDasharray="1 6"
              strokeLinecap="round"
            />
          ) : null}
          {ecomap.map(connector)}
          {layout.agencies.map((a) => (
            <MemoAgencyShape key={a.id} agency={a} groupProps={hooks.renderAgencyProps?.(a)} />
          ))}
        </g>
      ) : null}
      {show.structure ? <g className="kinmap-layer-structure">{structure.map(connector)}</g> : null}
      {show.emotional ? <g className="kinmap-layer-emotional">{emotional.map(connector)}</g> : null}
      {labelled.length > 0 || (show.households && layout.households.length > 0) ? (
        <g className="kinmap-layer-labels">
          {show.households ? layout.households.map((h) => <HouseholdLabel key={h.id} household={h} />) : null}
          {labelled.map((c) => (
            <MemoConnectorLabel key={c.id} connector={c} notation={layout.notation} />
          ))}
        </g>
      ) : null}
      <g className="kinmap-layer-people">
        {layout.nodes.map((node) => (
          <MemoPersonSymbol
            key={node.id}
            node={node}
            symbolSize={layout.symbolSize}
            groupProps={hooks.renderPersonProps?.(node.id, node)}
          />
        ))}
      </g>
      {children}
    </>
  );
}
