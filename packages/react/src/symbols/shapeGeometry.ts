import type { SymbolShape } from '@kinmap/layout';

/** Path data for a symbol outline of side (or diameter) `s` centred on (cx, cy). */
export function shapePath(shape: SymbolShape, cx: number, cy: number, s: number): string {
  const h = s / 2;
  switch (shape) {
    case 'square':
      return `M${cx - h} ${cy - h} H${cx + h} V${cy + h} H${cx - h} Z`;
    case 'circle':
      return `M${cx - h} ${cy} A${h} ${h} 0 1 0 ${cx + h} ${cy} A${h} ${h} 0 1 0 ${cx - h} ${cy} Z`;
    case 'diamond':
      return `M${cx} ${cy - h} L${cx + h} ${cy} L${cx} ${cy + h} L${cx - h} ${cy} Z`;
    case 'triangle':
      return `M${cx} ${cy - h} L${cx + h} ${cy + h} L${cx - h} ${cy + h} Z`;
    case 'pet': {
      const r = s * 0.25;
      const p = h * 0.85;
      return (
        `M${cx - p + r} ${cy - p} H${cx + p - r} Q${cx + p} ${cy - p} ${cx + p} ${cy - p + r} ` +
        `V${cy + p - r} Q${cx + p} ${cy + p} ${cx + p - r} ${cy + p} H${cx - p + r} ` +
        `Q${cx - p} ${cy + p} ${cx - p} ${cy + p - r} V${cy - p + r} Q${cx - p} ${cy - p} ${cx - p + r} ${cy - p} Z`
      );
    }
  }
}

/** Half the width of the area inside a shape where a cross fits without leaving the outline. */
export function innerHalf(shape: SymbolShape, s: number): number {
  if (shape === 'circle') return (s / 2) * 0.7;
  // A triangle's inscribed circle has radius 0.31 s; the cross's arms stay inside it, stroke and all.
  if (shape === 'triangle') return s * 0.18;
  // The square inscribed in a diamond has half-side s/4; keep the arms' ends off the outline.
  if (shape === 'diamond') return s * 0.2;
  return s / 2;
}

/** The centre of the area inside a shape: a triangle's inscribed circle sits below its middle. */
export function innerCentreY(shape: SymbolShape, cy: number, s: number): number {
  return shape === 'triangle' ? cy + s * 0.19 : cy;
}
