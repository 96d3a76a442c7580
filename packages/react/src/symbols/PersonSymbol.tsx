import type { SVGProps } from 'react';
import type { PersonNode } from '@kinmap/layout';
import { useColours } from '../theme/ThemeContext.tsx';
import { BadgeRow } from '../badges/BadgeRow.tsx';
import { SymbolGlyph } from './SymbolGlyph.tsx';
import { xmlText } from '../text/xmlText.ts';
import { groupRootProps, type RootProps } from '../props/rootProps.ts';

/** Props of {@link PersonSymbol}. `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on its `<g>`. */
export interface PersonSymbolProps extends RootProps<SVGGElement> {
  node: PersonNode;
  /** Standard symbol size `s` of the chart (`FamilyLayout.symbolSize`). */
  symbolSize: number;
  /** Extra props for the person's `<g>`: the interaction layer passes tabIndex, role, aria-label, handlers. */
  groupProps?: SVGProps<SVGGElement>;
}

/** Line height of names, as the layout reserves it (0.32 s). */
const lineHeight = (symbolSize: number) => Math.round(symbolSize * 0.32 * 10) / 10;

/** The person's state for `data-state`: what a stylesheet or test may want to pick out. */
function personState(node: PersonNode): string {
  if (node.symbol.loss) return 'loss';
  if (node.symbol.pregnancy) return 'pregnancy';
  if (node.symbol.isPlaceholder) return 'placeholder';
  return node.symbol.deceased ? 'deceased' : 'living';
}

/**
 * One person on the chart: symbol, name lines under it (shortened by layout) and badges under
 * those. The `<g>` has `data-person-id`, `data-kind` (shape), `data-state`
 * (`living`, `deceased`, `pregnancy`, `loss`, `placeholder`) and `data-subject` when a subject.
 * Names are React text nodes, never HTML.
 *
 * @example
 * ```tsx
 * <svg><PersonSymbol node={layout.nodes[0]} symbolSize={layout.symbolSize} /></svg>
 * ```
 */
export function PersonSymbol(props: PersonSymbolProps) {
  const { node, symbolSize, groupProps } = props;
  const colours = useColours();
  // The interaction layer marks a selected person with `data-selected`; draw it, not just flag it.
  const selected = (groupProps as Record<string, unknown> | undefined)?.['data-selected'] !== undefined;
  const { label } = node;
  const textX = label.x + label.width / 2;
  const lh = lineHeight(symbolSize);
  // Badges sit right under the name lines, in the row the layout reserved at the bottom of the box.
  const badgeTop = label.y + label.lines.length * lh + 1.5;
  return (
    <g
      data-person-id={xmlText(node.id)}
      data-kind={node.symbol.shape}
      data-size={node.symbol.size}
      data-state={personState(node)}
      data-subject={node.symbol.isSubject ? '' : undefined}
      data-adopted={node.symbol.isAdopted ? '' : undefined}
      data-vital={node.symbol.vitalStatusUnknown ? 'unknown' : undefined}
      {...groupRootProps(props, 'kinmap-person', groupProps)}
    >
      <SymbolGlyph symbol={node.symbol} cx={node.x} cy={node.y} symbolSize={symbolSize} selected={selected} />
      {label.lines.length > 0 ? (
        <text
          className="kinmap-name"
          x={textX}
          y={label.y}
          fontSize={label.fontSize ?? 11}
          fill={colours.ink}
          textAnchor="middle"
          stroke={colours.paper}
          strokeWidth={3}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {label.lines.map((line, i) => (
            <tspan key={i} x={textX} dy={i === 0 ? '1em' : lh}>
              {xmlText(line)}
            </tspan>
          ))}
        </text>
      ) : null}
      <BadgeRow badges={node.badges} cx={node.x} y={badgeTop} />
    </g>
  );
}
