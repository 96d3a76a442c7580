import type { SymbolShape } from '@kinmap/layout';
import { shapePath } from './shapeGeometry.ts';

/** Gap between the symbol (or a subject's second outline, or adoption brackets) and the ring. */
const GAP = 3;
/** Stroke width of the ring: nearly twice the outline, so it reads as a mark, not a second outline. */
export const SELECTION_WIDTH = 3.5;

/** Props of {@link SelectionRing}. */
export interface SelectionRingProps {
  shape: SymbolShape;
  cx: number;
  cy: number;
  /** Drawn size of the symbol. */
  s: number;
  isSubject: boolean;
  /** Adoption brackets sit outside the symbol; the ring goes round them. */
  isAdopted?: boolean;
  colour: string;
}

/**
 * The mark of a selected person: a thick ring of the symbol's own shape, clear of the symbol (and of
 * a subject's double outline and adoption brackets), with short ticks at its left and right.
 * Unlike the keyboard focus ring (a thin rounded box) and the subject's thin second outline, it is thick and carries
 * ticks, so selection shows by shape as well as colour.
 */
export function SelectionRing({ shape, cx, cy, s, isSubject, isAdopted, colour }: SelectionRingProps) {
  const clear = (isSubject ? 4 : 0) + (isAdopted ? 7 : 0) + GAP + SELECTION_WIDTH / 2;
  const outer = s + 2 * clear * (shape === 'diamond' ? 1.4 : 1);
  const h = outer / 2 + SELECTION_WIDTH / 2;
  const t = 5;
  // Ticks left and right only: above and below are the years and the name. A triangle has no side
  // at those points, so its ring carries a tick at the apex instead.
  const ticks =
    shape === 'triangle'
      ? `M${cx} ${cy - h} V${cy - h - t}`
      : `M${cx - h} ${cy} H${cx - h - t} M${cx + h} ${cy} H${cx + h + t}`;
  return (
    <g className="kinmap-selection-ring" data-mark="selected" aria-hidden="true">
      <path
        d={shapePath(shape === 'pet' ? 'square' : shape, cx, cy, outer)}
        fill="none"
        stroke={colour}
        strokeWidth={SELECTION_WIDTH}
        strokeLinejoin="round"
      />
      <path d={ticks} fill="none" stroke={colour} strokeWidth={SELECTION_WIDTH - 1} strokeLinecap="round" />
    </g>
  );
}
