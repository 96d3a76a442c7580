import type { Frame } from './frame.ts';
import { spreadCircle, spreadLine } from './spread.ts';

/** An agency circle's centre and radius. */
export interface Circle {
  x: number;
  y: number;
  radius: number;
}

/**
 * Agencies outside the ring (a symbol's width clear of it, room for arrowheads and hatching), each as near its wished-for angle as the others allow, in the
 * circular order of those angles (so their lines do not cross), never touching one another. When
 * they do not fit round the ring they move further out.
 */
export function placeOnRing(
  frame: Extract<Frame, { kind: 'ring' }>,
  wanted: readonly number[],
  radii: readonly number[],
  s: number,
): Circle[] {
  const gap = s * 0.4;
  const tau = 2 * Math.PI;
  const angle = wanted.map((w) => ((w % tau) + tau) % tau);
  let extra = 0;
  const distance = (i: number) => frame.r + s + (radii[i] as number) + extra;
  const angular = (i: number, j: number) =>
    2 *
    Math.asin(Math.min(1, ((radii[i] as number) + (radii[j] as number) + gap) / (distance(i) + distance(j))));
  const order = angle.map((_, i) => i).sort((a, b) => (angle[a] as number) - (angle[b] as number) || a - b);
  const total = () =>
    order.length < 2
      ? 0
      : order.reduce((sum, i, k) => sum + angular(i, order[(k + 1) % order.length] as number), 0);
  for (let guard = 0; guard < 200 && total() > tau - 1e-6; guard += 1) extra += s * 0.5;
  const angles = spreadCircle(angle, angular);
  return angles.map((a, i) => ({
    x: frame.cx + distance(i) * Math.cos(a),
    y: frame.cy + distance(i) * Math.sin(a),
    radius: radii[i] as number,
  }));
}

/**
 * Agencies in a row under the family (tops aligned), each as near its wished-for x as the others
 * allow, in the order of those x (so their lines do not cross), never touching one another.
 */
export function placeInBand(
  frame: Extract<Frame, { kind: 'band' }>,
  wanted: readonly number[],
  radii: readonly number[],
  s: number,
): Circle[] {
  const order = wanted
    .map((_, i) => i)
    .sort((a, b) => (wanted[a] as number) - (wanted[b] as number) || a - b);
  const gaps = order
    .slice(1)
    .map((j, k) => (radii[order[k] as number] as number) + (radii[j] as number) + s * 0.4);
  const xs = spreadLine(
    order.map((i) => wanted[i] as number),
    gaps,
  );
  // Lines run from where they leave the family down to their agency's top: the further an agency
  // had to move from there, the lower the row, so those lines stay steep and clear of neighbours.
  const shift = Math.max(0, ...order.map((i, k) => Math.abs((xs[k] as number) - (wanted[i] as number))));
  const top = frame.bottom + Math.max(s, shift * 0.75);
  const out: Circle[] = [];
  order.forEach((i, k) => {
    const radius = radii[i] as number;
    out[i] = { x: xs[k] as number, y: top + radius, radius };
  });
  return out;
}
