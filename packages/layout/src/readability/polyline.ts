import type { Point } from '../types.ts';

/** Segments a quadratic or cubic curve is flattened into: enough to tell which boxes it passes. */
const CURVE_STEPS = 8;

const TOKEN = /[MLHVQCZAmlhvqcza]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/**
 * SVG path data as polylines (one per subpath), curves flattened into a few straight pieces.
 * Reads M L H V Q C Z (absolute and relative); an arc (A) is taken as a straight line to its end.
 *
 * @example
 * toPolylines('M0 0 H10 V5'); // [[{x:0,y:0},{x:10,y:0},{x:10,y:5}]]
 */
export function toPolylines(d: string): Point[][] {
  const tokens = d.match(TOKEN) ?? [];
  const out: Point[][] = [];
  let current: Point[] | undefined;
  let x = 0;
  let y = 0;
  let start: Point = { x: 0, y: 0 };
  let command = '';
  let i = 0;
  const isCommand = (t: string | undefined) => {
    if (t === undefined || t.length !== 1) return false;
    const c = t.charCodeAt(0) | 32; // lower case
    return c >= 97 && c <= 122 && c !== 101; // a letter, but not the "e" of an exponent
  };
  const num = () => Number(tokens[i++]);
  const lineTo = (nx: number, ny: number) => {
    if (!current) {
      current = [{ x, y }];
      out.push(current);
    }
    current.push({ x: nx, y: ny });
    x = nx;
    y = ny;
  };
  while (i < tokens.length) {
    if (isCommand(tokens[i])) command = tokens[i++] as string;
    else if (command === '' || command === 'Z' || command === 'z') {
      i += 1; // stray number: skip
      continue;
    }
    const rel = command === command.toLowerCase();
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    switch (command.toUpperCase()) {
      case 'M': {
        x = ox + num();
        y = oy + num();
        start = { x, y };
        current = [{ x, y }];
        out.push(current);
        command = rel ? 'l' : 'L'; // further pairs are line-tos
        break;
      }
      case 'L':
        lineTo(ox + num(), oy + num());
        break;
      case 'H':
        lineTo(ox + num(), y);
        break;
      case 'V':
        lineTo(x, oy + num());
        break;
      case 'Q': {
        const [cx, cy, ex, ey] = [ox + num(), oy + num(), ox + num(), oy + num()];
        const [sx, sy] = [x, y];
        for (let k = 1; k <= CURVE_STEPS; k += 1) {
          const t = k / CURVE_STEPS;
          const u = 1 - t;
          lineTo(u * u * sx + 2 * u * t * cx + t * t * ex, u * u * sy + 2 * u * t * cy + t * t * ey);
        }
        break;
      }
      case 'C': {
        const [c1x, c1y, c2x, c2y, ex, ey] = [
          ox + num(),
          oy + num(),
          ox + num(),
          oy + num(),
          ox + num(),
          oy + num(),
        ];
        const [sx, sy] = [x, y];
        for (let k = 1; k <= CURVE_STEPS; k += 1) {
          const t = k / CURVE_STEPS;
          const u = 1 - t;
          const [a, b, c, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
          lineTo(a * sx + b * c1x + c * c2x + e * ex, a * sy + b * c1y + c * c2y + e * ey);
        }
        break;
      }
      case 'A': {
        i += 5; // radii, rotation, flags
        lineTo(ox + num(), oy + num());
        break;
      }
      case 'Z':
        if (current) lineTo(start.x, start.y);
        current = undefined;
        x = start.x;
        y = start.y;
        break;
      default:
        i += 1;
    }
  }
  return out.filter((p) => p.length > 1);
}
