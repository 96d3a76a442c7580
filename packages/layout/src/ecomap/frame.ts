import type { Box, Point } from '../types.ts';

/**
 * Where agency lines leave the genogram: the ecomap ring round the family (`ring`), or the bottom
 * edge of the family's box with the agencies in a row under it (`band`). `box` holds every symbol,
 * name, line and outline of the genogram; nothing of the genogram lies outside it.
 */
export type Frame =
  { kind: 'ring'; box: Box; cx: number; cy: number; r: number } | { kind: 'band'; box: Box; bottom: number };

/** How far along the ray from `p` in direction `u` it meets the frame's exit (ring or bottom edge). */
export function rayToExit(frame: Frame, p: Point, ux: number, uy: number): number | undefined {
  if (frame.kind === 'band') {
    if (uy < 0.2) return undefined;
    const t = (frame.bottom - p.y) / uy;
    return t > 0 ? t : undefined;
  }
  const ox = p.x - frame.cx;
  const oy = p.y - frame.cy;
  const b = ox * ux + oy * uy;
  const c = ox * ox + oy * oy - frame.r * frame.r;
  const disc = b * b - c;
  if (disc < 0) return undefined;
  const t = -b + Math.sqrt(disc);
  return t > 0 ? t : undefined;
}

/** Where an exit point sits along the frame: its angle on the ring, or its x under the band. */
export function exitPosition(frame: Frame, p: Point): number {
  return frame.kind === 'ring' ? Math.atan2(p.y - frame.cy, p.x - frame.cx) : p.x;
}

/** Whether `p` lies outside the genogram, where a line can run freely to the exit. */
export function isOutside(frame: Frame, p: Point): boolean {
  if (frame.kind === 'band') return p.y > frame.bottom;
  const b = frame.box;
  return p.x < b.x || p.x > b.x + b.width || p.y < b.y || p.y > b.y + b.height;
}

/** From a point outside the genogram straight to the exit: radially to the ring, or down to the band. */
export function toExit(frame: Frame, p: Point): Point {
  if (frame.kind === 'band') return { x: p.x, y: Math.max(p.y, frame.bottom) };
  const dx = p.x - frame.cx;
  const dy = p.y - frame.cy;
  const len = Math.hypot(dx, dy) || 1;
  return { x: frame.cx + (dx / len) * frame.r, y: frame.cy + (dy / len) * frame.r };
}
