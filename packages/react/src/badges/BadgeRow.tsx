import type { Badge } from '@kinmap/layout';
import { useDrawingLabels } from '../labels/LabelsContext.ts';
import { BadgeMark } from './BadgeMark.tsx';
import { badgeText, badgeWidth, capBadges } from './badgeText.ts';

const GAP = 3;

/** A row of badges centred on `cx`, top at `y`; at most three and then "+n". */
export function BadgeRow({ badges, cx, y }: { badges: readonly Badge[]; cx: number; y: number }) {
  const labels = useDrawingLabels();
  const shown = capBadges(badges);
  if (shown.length === 0) return null;
  const widths = shown.map((b) => badgeWidth(badgeText(b, labels)));
  const total = widths.reduce((a, b) => a + b, 0) + GAP * (shown.length - 1);
  let x = cx - total / 2;
  return (
    <g className="kinmap-badges">
      {shown.map((badge, i) => {
        const left = x;
        x += (widths[i] as number) + GAP;
        return <BadgeMark key={`${badge.code}-${i}`} badge={badge} x={left} y={y} />;
      })}
    </g>
  );
}
