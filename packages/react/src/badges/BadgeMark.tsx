import type { Badge } from '@kinmap/layout';
import { useColours } from '../theme/ThemeContext.tsx';
import { useDrawingLabels } from '../labels/LabelsContext.ts';
import { badgeText, badgeWidth } from './badgeText.ts';
import { xmlText } from '../text/xmlText.ts';
import { groupRootProps, type RootProps } from '../props/rootProps.ts';

/** Props of {@link BadgeMark}. `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on its `<g>`. */
export interface BadgeMarkProps extends RootProps<SVGGElement> {
  badge: Badge;
  /** Left edge of the badge. */
  x: number;
  /** Top edge of the badge. */
  y: number;
}

/** Height of a badge in layout units. */
export const BADGE_HEIGHT = 14;

/**
 * One badge: short text in a box, filled (solid box, light text) or outline (light box, dark
 * outline). Meaning never rests on colour. `data-badge` holds the code, `data-state` `filled` or
 * `outline`.
 *
 * @example
 * ```tsx
 * <svg><BadgeMark x={0} y={0} badge={{ code: 'nrpf_unknown', text: 'NRPF?', filled: false }} /></svg>
 * ```
 */
export function BadgeMark(props: BadgeMarkProps) {
  const { badge, x, y } = props;
  const colours = useColours();
  const labels = useDrawingLabels();
  const text = xmlText(badgeText(badge, labels));
  const width = badgeWidth(text);
  return (
    <g
      data-badge={badge.code}
      data-state={badge.filled ? 'filled' : 'outline'}
      {...groupRootProps(props, 'kinmap-badge')}
    >
      <rect
        x={x}
        y={y}
        width={width}
        height={BADGE_HEIGHT}
        rx={badge.filled ? 2 : 7}
        fill={badge.filled ? colours.badge : colours.paper}
        stroke={colours.badge}
        strokeWidth={1.2}
        strokeDasharray={badge.code === 'more' ? '2 2' : undefined}
      />
      <text
        x={x + width / 2}
        y={y + BADGE_HEIGHT / 2}
        dy="0.35em"
        textAnchor="middle"
        fontSize={9}
        fontWeight={700}
        fill={badge.filled ? colours.paper : colours.ink}
      >
        {text}
      </text>
    </g>
  );
}
