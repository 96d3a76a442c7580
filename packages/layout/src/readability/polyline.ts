import type { Point } from '../types.ts';

/** Segments a quadratic or cubic curve is flattened into: enough to tell which boxes it passes. */
const CURVE_STEPS = 8;

/** Whether a character code is one of the path commands M L H V Q C Z A, either case. */
function isCommandCode(c: number): boolean {
  switch (c | 32) {
    case 109: // m
    case 108: // l
    case 104: // h
    case 118: // v
    case 113: // q
    case 99: // c
    case 122: // z
    case 97: // a
      return true;
    default:
      return false;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Splits path data into its tokens: a command letter (`commands[k]`, its number NaN) or a number
 * (`commands[k]` 0) such as `-1.5`, `.5` or `2e-3`; anything else is skipped.
 */
function tokenize(d: string): { commands: number[]; numbers: number[] } {
  const commands: number[] = [];
  const numbers: number[] = [];
  const length = d.length;
  let p = 0;
  while (p < length) {
    const c = d.charCodeAt(p);
    if (isCommandCode(c)) {
      commands.push(c);
      numbers.push(NaN);
      p += 1;
      continue;
    }
    // A number: [-+]? (digits [.] digits* | . digits) ([eE] [-+]? digits)?
    let q = p;
    if (c === 45 || c === 43) q += 1;
    let mantissa = false;
    if (q < length && isDigit(d.charCodeAt(q))) {
      while (q < length && isDigit(d.charCodeAt(q))) q += 1;
      if (q < length && d.charCodeAt(q) === 46) {
        q += 1;
        while (q < length && isDigit(d.charCodeAt(q))) q += 1;
      }
      mantissa = true;
    } else if (q + 1 < length && d.charCodeAt(q) === 46 && isDigit(d.charCodeAt(q + 1))) {
      q += 1;
      while (q < length && isDigit(d.charCodeAt(q))) q += 1;
      mantissa = true;
    }
    if (!mantissa) {
      p += 1;
      continue;
    }
    if (q < length && (d.charCodeAt(q) | 32) === 101) {
      let e = q + 1;
      if (e < length && (d.charCodeAt(e) === 45 || d.charCodeAt(e) === 43)) e += 1;
      if (e < length && isDigit(d.charCodeAt(e))) {
        while (e < length && isDigit(d.charCodeAt(e))) e += 1;
        q = e;
      }
    }
    commands.push(0);
    numbers.push(Number(d.slice(p, q)));
    p = q;
  }
  return { commands, numbers };
}

/**
 * SVG path data as polylines (one per subpath), curves flattened into a few straight pieces.
 * Reads M L H V Q C Z (absolute and relative); an arc (A) is taken as a straight line to its end.
 *
 * @example
 * toPolylines('M0 0 H10 V5'); // [[{x:0,y:0},{x:10,y:0},{x:10,y:5}]]
 */
export function toPolylines(d: string): Point[][] {
  const { commands, numbers } = tokenize(d);
  const count = commands.length;
  const out: Point[][] = [];
  let current: Point[] | undefined;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = 0; // none yet
  let i = 0;
  // A command token read as a number is NaN, as Number('L') is.
  const num = () => numbers[i++] as number;
  const lineTo = (nx: number, ny: number) => {
    if (!current) {
      current = [{ x, y }];
      out.push(current);
    }
    current.push({ x: nx, y: ny });
    x = nx;
    y = ny;
  };
  while (i < count) {
    if ((commands[i] as number) !== 0) command = commands[i++] as number;
    else if (command === 0 || command === 90 || command === 122) {
      i += 1; // stray number: skip
      continue;
    }
    const rel = command >= 97;
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    switch (command | 32) {
      case 109: {
        // M
        x = ox + num();
        y = oy + num();
        startX = x;
        startY = y;
        current = [{ x, y }];
        out.push(current);
        command = rel ? 108 : 76; // further pairs are line-tos
        break;
      }
      case 108: // L
        lineTo(ox + num(), oy + num());
        break;
      case 104: // H
        lineTo(ox + num(), y);
        break;
      case 118: // V
        lineTo(x, oy + num());
        break;
      case 113: {
        // Q
        const cx = ox + num();
        const cy = oy + num();
        const ex = ox + num();
        const ey = oy + num();
        const sx = x;
        const sy = y;
        for (let k = 1; k <= CURVE_STEPS; k += 1) {
          const t = k / CURVE_STEPS;
          const u = 1 - t;
          lineTo(u * u * sx + 2 * u * t * cx + t * t * ex, u * u * sy + 2 * u * t * cy + t * t * ey);
        }
        break;
      }
      case 99: {
        // C
        const c1x = ox + num();
        const c1y = oy + num();
        const c2x = ox + num();
        const c2y = oy + num();
        const ex = ox + num();
        const ey = oy + num();
        const sx = x;
        const sy = y;
        for (let k = 1; k <= CURVE_STEPS; k += 1) {
          const t = k / CURVE_STEPS;
          const u = 1 - t;
          const a = u * u * u;
          const b = 3 * u * u * t;
          const c = 3 * u * t * t;
          const e = t * t * t;
          lineTo(a * sx + b * c1x + c * c2x + e * ex, a * sy + b * c1y + c * c2y + e * ey);
        }
        break;
      }
      case 97: {
        // A
        i += 5; // radii, rotation, flags
        lineTo(ox + num(), oy + num());
        break;
      }
      case 122: // Z
        if (current) lineTo(startX, startY);
        current = undefined;
        x = startX;
        y = startY;
        break;
      default:
        i += 1;
    }
  }
  const kept: Point[][] = [];
  for (const line of out) if (line.length > 1) kept.push(line);
  return kept;
}
