import type { SymbolShape } from '@kinmap/layout';
import { shapePath } from './shapeGeometry.ts';

/** Gap between the symbol (or a subject's second outline) and the selection ring. */
const GAP = 5;
/** Stroke width of the ring: twice the outline, so it reads as a mark, not a second outline. */
export const SELECTION_WIDTH = 4;

/** Props of {@link SelectionRing}. */
export interface SelectionRingProps {
  shape: SymbolShape;
  cx: number;
  cy: number;
  /** Drawn size of the symbol. */
  s: number;
  isSubject: boolean;
  colour: string;
}

/**
 * The mark of a selected person: a thick ring of the symbol's own shape, clear of the symbol (and of
 * a subject's double outline), with four short ticks at its compass points. Unlike the keyboard
 * focus ring (a thin rounded box) and the subject's thin second outline, it is thick and carries
 * ticks, so selection shows by shape as well as colour.
 */
export function SelectionRing({ shape, cx, cy, s, isSubject, colour }: SelectionRingProps) {
  const outer = s + 2 * (GAP + (isSubject ? 4 : 0)) * (shape === 'diamond' ? 1.4 : 1);
  const h = outer / 2 + SELECTION_WIDTH / 2;
  const t = 5;
  const upDown = `M${cx} ${cy - h} V${cy - h - t} M${cx} ${cy + h} V${cy + h + t}`;
  // A triangle has no sides at its left and right compass points.
  const ticks =
    shape === 'triangle'
      ? upDown
      : `${upDown} M${cx - h} ${cy} H${cx - h - t} M${cx + h} ${cy} H${cx + h + t}`;
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
