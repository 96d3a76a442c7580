import type { SVGProps } from 'react';
import type { Connector } from '@kinmap/layout';
import type { NotationProfile } from '@kinmap/model';
import { useColours } from '../theme/ThemeContext.tsx';
import { connectorAppearance } from './connectorAppearance.ts';
import { ConnectorMarks } from './ConnectorMarks.tsx';
import { linePaths } from './linePaths.ts';

/** Props of {@link ConnectorPath}. */
export interface ConnectorPathProps {
  connector: Connector;
  /** Notation profile of the chart (decides the cohabitation line). Default `mcgoldrick`. */
  notation?: NotationProfile;
  /** Extra props for the connector's `<g>` (the interaction layer passes focus and ARIA props here). */
  groupProps?: SVGProps<SVGGElement>;
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
export function ConnectorPath({ connector, notation = 'mcgoldrick', groupProps }: ConnectorPathProps) {
  const colours = useColours();
  const look = connectorAppearance(connector.style, notation);
  const lines = connector.isDouble && look.lines === 1 ? 2 : look.lines;
  const colour = connector.isPast ? colours.muted : colours[look.tone];
  const paths = linePaths(connector.d, { ...look, lines });
  return (
    <g
      className="kinmap-connector"
      data-connector-id={connector.id}
      data-kind={connector.ref.kind}
      data-style={connector.style}
      data-state={connector.isPast ? 'past' : 'current'}
      data-lines={lines}
      data-zigzag={look.zigzag}
      {...groupProps}
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
          strokeLinecap={look.dash && look.dash.startsWith('2') ? 'round' : 'butt'}
          strokeLinejoin="round"
        />
      ))}
      <ConnectorMarks marks={connector.marks} colour={colour} paper={colours.paper} width={look.width} />
      {connector.label ? (
        <text
          className="kinmap-connector-label"
          x={connector.label.x}
          y={connector.label.y}
          dy="0.35em"
          textAnchor="middle"
          fontSize={10}
          fill={colour}
          stroke={colours.paper}
          strokeWidth={3}
          paintOrder="stroke"
        >
          {connector.label.text}
        </text>
      ) : null}
    </g>
  );
}
