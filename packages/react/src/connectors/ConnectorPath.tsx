import type { SVGProps } from 'react';
import type { Connector } from '@kinmap/layout';
import type { NotationProfile } from '@kinmap/model';
import { useColours } from '../theme/ThemeContext.tsx';
import type { KinmapPalette } from '../theme/palettes.ts';
import { connectorAppearance } from './connectorAppearance.ts';
import { ConnectorMarks } from './ConnectorMarks.tsx';
import { linePaths } from './linePaths.ts';
import { xmlText } from '../text/xmlText.ts';
import { groupRootProps, type RootProps } from '../props/rootProps.ts';
import { useDrawingLabels } from '../labels/LabelsContext.ts';
import { lineLabelText } from '../labels/chartWords.ts';

/** Props of {@link ConnectorPath}. `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on its `<g>`. */
export interface ConnectorPathProps extends RootProps<SVGGElement> {
  connector: Connector;
  /** Notation profile of the chart (decides the cohabitation line). Default `mcgoldrick`. */
  notation?: NotationProfile;
  /** Extra props for the connector's `<g>` (the interaction layer passes focus and ARIA props here). */
  groupProps?: SVGProps<SVGGElement>;
  /** Draw the label with the line. Default true; a chart draws labels in their own layer instead. */
  withLabel?: boolean;
}

/** The colour of a connector's line, marks and label. */
function connectorColour(connector: Connector, notation: NotationProfile, colours: KinmapPalette) {
  const look = connectorAppearance(connector.style, notation);
  return connector.isPast ? colours.muted : colours[look.tone];
}

/**
 * A connector's label ("m. 1990", "s. 2008") on a paper halo (a wide paper-coloured stroke painted
 * under the letters), so it stays legible where it crosses a line. `<Genogram>` draws every label in
 * one layer over the lines, so no later line runs through a label.
 */
export function ConnectorLabel({
  connector,
  notation = 'mcgoldrick',
}: {
  connector: Connector;
  notation?: NotationProfile;
}) {
  const colours = useColours();
  const labels = useDrawingLabels();
  if (!connector.label) return null;
  return (
    <text
      className="kinmap-connector-label"
      data-connector-id={xmlText(connector.id)}
      x={connector.label.x}
      y={connector.label.y}
      dy="0.35em"
      textAnchor="middle"
      fontSize={10}
      fill={connectorColour(connector, notation, colours)}
      stroke={colours.paper}
      strokeWidth={4}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {xmlText(lineLabelText(connector.label, labels))}
    </text>
  );
}

/**
 * Draws one connector: its line pattern (dash, width, double or triple parallel lines, zigzag, gap),
 * its marks and its label. The `<g>` carries `data-kind` (what it links), `data-style` (the style
 * token), `data-state` (`current` or `past`) and `data-lines`, for tests and CSS.
 *
 * @example
 * ```tsx
 * <svg><ConnectorPath connector={{ id: 'c1', ref: { kind: 'partnership', partnership }, style: 'partnership-married',
 *   d: 'M0 0 H100', marks: [] }} /></svg>
 * ```
 */
export function ConnectorPath(props: ConnectorPathProps) {
  const { connector, notation = 'mcgoldrick', groupProps, withLabel = true } = props;
  const colours = useColours();
  const look = connectorAppearance(connector.style, notation);
  const lines = connector.isDouble && look.lines === 1 ? 2 : look.lines;
  const colour = connectorColour(connector, notation, colours);
  const paths = linePaths(connector.d, { ...look, lines });
  return (
    <g
      data-connector-id={xmlText(connector.id)}
      data-kind={connector.ref.kind}
      data-style={connector.style}
      data-state={connector.isPast ? 'past' : 'current'}
      data-lines={lines}
      data-zigzag={look.zigzag}
      {...groupRootProps(props, 'kinmap-connector', groupProps)}
    >
      {paths.map((d, i) => (
        <path
          key={i}
          className="kinmap-line"
          d={d}
          fill="none"
          stroke={colour}
          strokeWidth={look.width}
          strokeDasharray={look.dash}
          strokeLinecap={look.dash && /^[12] /.test(look.dash) ? 'round' : 'butt'}
          strokeLinejoin="round"
        />
      ))}
      <ConnectorMarks marks={connector.marks} colour={colour} paper={colours.paper} width={look.width} />
      {withLabel ? <ConnectorLabel connector={connector} notation={notation} /> : null}
    </g>
  );
}
