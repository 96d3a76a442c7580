/** Props of {@link DeceasedMark}. */
export interface DeceasedMarkProps {
  kind: 'cross' | 'slash';
  /** `deceased` for a death, `loss` for a pregnancy loss (written to `data-mark-for`). */
  data: 'deceased' | 'loss';
  cx: number;
  cy: number;
  /** Half the width of the cross inside the shape. */
  half: number;
  s: number;
  colour: string;
}

/**
 * The X inside a symbol (McGoldrick, ICS) or one diagonal slash running past it (NSGC), for a death
 * or a pregnancy loss.
 */
export function DeceasedMark({ kind, data, cx, cy, half, s, colour }: DeceasedMarkProps) {
  const common = {
    className: 'kinmap-deceased-mark',
    'data-mark': kind,
    'data-mark-for': data,
    fill: 'none',
    stroke: colour,
    strokeWidth: 2,
    strokeLinecap: 'round' as const,
  };
  if (kind === 'slash') {
    const reach = s * 0.7;
    return <path {...common} d={`M${cx - reach} ${cy + reach} L${cx + reach} ${cy - reach}`} />;
  }
  return (
    <path
      {...common}
      d={`M${cx - half} ${cy - half} L${cx + half} ${cy + half} M${cx + half} ${cy - half} L${cx - half} ${cy + half}`}
    />
  );
}
