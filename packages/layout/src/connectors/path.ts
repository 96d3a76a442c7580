/** ".01" … ".99" for a coordinate's hundredths (a trailing zero dropped), "" for none. */
const HUNDREDTHS: string[] = [];
for (let k = 0; k < 100; k += 1)
  HUNDREDTHS.push(k === 0 ? '' : k % 10 === 0 ? `.${k / 10}` : `.${String(k).padStart(2, '0')}`);

/**
 * Rounds a coordinate for SVG path data: two decimals, no "-0". The same text as
 * `String(Math.round(value * 100) / 100)`, written from whole numbers, which is several times faster
 * (path data is most of what a layout writes); beyond ±10⁹ it is that expression.
 */
export function n(value: number): string {
  const k = Math.round(value * 100);
  if (k === 0) return '0';
  if (k > -1e11 && k < 1e11) {
    const a = k < 0 ? -k : k;
    const whole = Math.floor(a / 100);
    const text = String(whole) + (HUNDREDTHS[a - whole * 100] as string);
    return k < 0 ? `-${text}` : text;
  }
  return String(k / 100);
}

/** Path data through points: `M x y L x y …`. */
export function polyline(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join(' ');
}
