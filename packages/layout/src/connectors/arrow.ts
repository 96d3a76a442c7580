import type { Point } from '../types.ts';
import { n } from './path.ts';

/** A closed triangular arrowhead with its tip at `tip`, pointing away from `from`. */
export function arrowHead(from: Point, tip: Point, size: number): string {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const w = size * 0.45;
  return `M${n(tip.x)} ${n(tip.y)} L${n(bx - uy * w)} ${n(by + ux * w)} L${n(bx + uy * w)} ${n(by - ux * w)} Z`;
}
