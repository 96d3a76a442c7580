/** Props of {@link VitalUnknownMark}. */
export interface VitalUnknownMarkProps {
  cx: number;
  cy: number;
  /** Drawn size of the symbol. */
  s: number;
  /** Subjects have a second outline; the mark sits outside it. */
  isSubject: boolean;
  ink: string;
  paper: string;
}

/**
 * "Not known whether alive": a small circled "?" on the symbol's top-right corner, so unknown vital
 * status never looks the same as living. Shape and text, not colour. The words are in the key and
 * in the person's accessible name ("vital status not known").
 */
export function VitalUnknownMark({ cx, cy, s, isSubject, ink, paper }: VitalUnknownMarkProps) {
  const r = Math.max(4.5, s * 0.16);
  const reach = s / 2 + (isSubject ? 4 : 1);
  const x = cx + reach;
  const y = cy - reach;
  return (
    <g className="kinmap-vital-unknown" data-mark="vital-unknown" aria-hidden="true">
      <circle cx={x} cy={y} r={r} fill={paper} stroke={ink} strokeWidth={1.25} />
      <text x={x} y={y} dy="0.35em" textAnchor="middle" fontSize={r * 1.5} fontWeight={700} fill={ink}>
        ?
      </text>
    </g>
  );
}
