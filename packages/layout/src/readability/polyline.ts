import type { Point } from '../types.ts';

/** Segments a cubic curve is flattened into, at the least. */
const CURVE_STEPS = 8;
/**
 * Segments a quadratic curve (an emotional line's bow) is flattened into, at the least: the 12 the
 * layout has always tested its bows as, so a shallow bow is measured through the very points it
 * was chosen by.
 */
const QUADRATIC_STEPS = 12;
/** Most segments for one curve. */
export const MAX_CURVE_STEPS = 64;
/** Farthest a flattened piece may stray from the curve it stands for, in layout units. */
const CURVE_TOLERANCE = 0.5;

/**
 * Segments for a curve whose second differences (p0 − 2·c1 + c2, and for a cubic c1 − 2·c2 + p1)
 * reach `bend` (for a cubic, times 3/2): enough that no piece strays more than CURVE_TOLERANCE from
 * the curve as drawn (a piece of a quadratic strays bend / (4 n²) at most), so a wide bow, flattened
 * into 8 pieces, is not read tens of units off where it is drawn. Small curves keep `least` (8 for
 * a cubic, 12 for a quadratic).
 */
function curveSteps(bend: number, least = CURVE_STEPS): number {
  const n = Math.ceil(Math.sqrt(bend / (4 * CURVE_TOLERANCE)));
  return n <= least ? least : Math.min(MAX_CURVE_STEPS, n);
}

/**
 * Segments a quadratic curve from (sx, sy) by (cx, cy) to (ex, ey) is flattened into: the one
 * count for the layout's curves and the readability measure, so a bow tested clear is the bow
 * measured (its control polygon's second difference gives it without walking the curve).
 */
export function quadraticSteps(
  sx: number,
  sy: number,
  cx: number,
  cy: number,
  ex: number,
  ey: number,
): number {
  return curveSteps(Math.hypot(sx - 2 * cx + ex, sy - 2 * cy + ey), QUADRATIC_STEPS);
}

/**
 * The points of a quadratic curve flattened into `steps` pieces (from `quadraticSteps`), written
 * into `xs` and `ys` from index 0 (the start) to `steps` (the end): the same points `toPolylines`
 * draws the curve through.
 */
export function quadraticPoints(
  sx: number,
  sy: number,
  cx: number,
  cy: number,
  ex: number,
  ey: number,
  steps: number,
  xs: Float64Array,
  ys: Float64Array,
): void {
  xs[0] = sx;
  ys[0] = sy;
  for (let k = 1; k <= steps; k += 1) {
    const t = k / steps;
    const u = 1 - t;
    xs[k] = u * u * sx + 2 * u * t * cx + t * t * ex;
    ys[k] = u * u * sy + 2 * u * t * cy + t * t * ey;
  }
}

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

/** 10⁰ … 10¹⁵, each exact as a double. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The number written in `d` from `p` to `q` (a sign, digits, a point, digits, perhaps an exponent),
 * exactly as `Number(d.slice(p, q))` reads it, without making the substring: with at most 15 digits
 * and no exponent it is the whole number of its digits divided by a power of ten, both exact, so the
 * one rounding is the same as Number's; anything else is read by Number.
 */
export function numberAt(d: string, p: number, q: number): number {
  let k = p;
  const sign = d.charCodeAt(k);
  if (sign === 45 || sign === 43) k += 1;
  let whole = 0;
  let digits = 0;
  let decimals = -1;
  for (; k < q; k += 1) {
    const c = d.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      digits += 1;
      if (decimals >= 0) decimals += 1;
    } else if (c === 46 && decimals < 0) decimals = 0;
    else return Number(d.slice(p, q));
  }
  if (digits === 0 || digits > 15) return Number(d.slice(p, q));
  const value = decimals > 0 ? whole / (POWERS_OF_TEN[decimals] as number) : whole;
  return sign === 45 ? -value : value;
}

/**
 * Splits path data into its tokens: a command letter (`commands[k]`, its number NaN) or a number
 * (`commands[k]` 0) such as `-1.5`, `.5` or `2e-3`; anything else is skipped. The one reader of path
 * data in the layout: the readability measure's polylines and the connectors' (`pathPolylines`).
 */
export function pathTokens(d: string): { commands: number[]; numbers: number[] } {
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
    numbers.push(numberAt(d, p, q));
    p = q;
  }
  return { commands, numbers };
}

/** Scratch for a quadratic curve's points in `toPolylines`. */
const QX = new Float64Array(MAX_CURVE_STEPS + 1);
const QY = new Float64Array(MAX_CURVE_STEPS + 1);

/** Where `toPolylines` is: its position, the polyline being drawn and those drawn so far. */
interface Pen {
  out: Point[][];
  current: Point[] | undefined;
  x: number;
  y: number;
}

/** Draws a straight piece to (nx, ny), starting a polyline at the pen if none is being drawn. */
function lineTo(pen: Pen, nx: number, ny: number): void {
  if (!pen.current) {
    pen.current = [{ x: pen.x, y: pen.y }];
    pen.out.push(pen.current);
  }
  pen.current.push({ x: nx, y: ny });
  pen.x = nx;
  pen.y = ny;
}

/**
 * SVG path data as polylines (one per subpath), curves flattened into a few straight pieces.
 * Reads M L H V Q C Z (absolute and relative); an arc (A) is taken as a straight line to its end.
 *
 * @example
 * toPolylines('M0 0 H10 V5'); // [[{x:0,y:0},{x:10,y:0},{x:10,y:5}]]
 */
export function toPolylines(d: string): Point[][] {
  const { commands, numbers } = pathTokens(d);
  const count = commands.length;
  // The pen: `x`, `y` and the polyline it is drawing (module-level helpers, no closures per call).
  const pen: Pen = { out: [], current: undefined, x: 0, y: 0 };
  let startX = 0;
  let startY = 0;
  let command = 0; // none yet
  let i = 0;
  // A command token read as a number is NaN, as Number('L') is.
  while (i < count) {
    if ((commands[i] as number) !== 0) command = commands[i++] as number;
    else if (command === 0 || command === 90 || command === 122) {
      i += 1; // stray number: skip
      continue;
    }
    const rel = command >= 97;
    const ox = rel ? pen.x : 0;
    const oy = rel ? pen.y : 0;
    switch (command | 32) {
      case 109: {
        // M
        pen.x = ox + (numbers[i++] as number);
        pen.y = oy + (numbers[i++] as number);
        startX = pen.x;
        startY = pen.y;
        pen.current = [{ x: pen.x, y: pen.y }];
        pen.out.push(pen.current);
        command = rel ? 108 : 76; // further pairs are line-tos
        break;
      }
      case 108: {
        // L
        const nx = ox + (numbers[i++] as number);
        lineTo(pen, nx, oy + (numbers[i++] as number));
        break;
      }
      case 104: // H
        lineTo(pen, ox + (numbers[i++] as number), pen.y);
        break;
      case 118: // V
        lineTo(pen, pen.x, oy + (numbers[i++] as number));
        break;
      case 113: {
        // Q
        const cx = ox + (numbers[i++] as number);
        const cy = oy + (numbers[i++] as number);
        const ex = ox + (numbers[i++] as number);
        const ey = oy + (numbers[i++] as number);
        const sx = pen.x;
        const sy = pen.y;
        const steps = quadraticSteps(sx, sy, cx, cy, ex, ey);
        quadraticPoints(sx, sy, cx, cy, ex, ey, steps, QX, QY);
        for (let k = 1; k <= steps; k += 1) lineTo(pen, QX[k] as number, QY[k] as number);
        break;
      }
      case 99: {
        // C
        const c1x = ox + (numbers[i++] as number);
        const c1y = oy + (numbers[i++] as number);
        const c2x = ox + (numbers[i++] as number);
        const c2y = oy + (numbers[i++] as number);
        const ex = ox + (numbers[i++] as number);
        const ey = oy + (numbers[i++] as number);
        const sx = pen.x;
        const sy = pen.y;
        const steps = curveSteps(
          1.5 *
            Math.max(
              Math.hypot(sx - 2 * c1x + c2x, sy - 2 * c1y + c2y),
              Math.hypot(c1x - 2 * c2x + ex, c1y - 2 * c2y + ey),
            ),
        );
        for (let k = 1; k <= steps; k += 1) {
          const t = k / steps;
          const u = 1 - t;
          const a = u * u * u;
          const b = 3 * u * u * t;
          const c = 3 * u * t * t;
          const e = t * t * t;
          lineTo(pen, a * sx + b * c1x + c * c2x + e * ex, a * sy + b * c1y + c * c2y + e * ey);
        }
        break;
      }
      case 97: {
        // A
        i += 5; // radii, rotation, flags
        const nx = ox + (numbers[i++] as number);
        lineTo(pen, nx, oy + (numbers[i++] as number));
        break;
      }
      case 122: // Z
        if (pen.current) lineTo(pen, startX, startY);
        pen.current = undefined;
        pen.x = startX;
        pen.y = startY;
        break;
      default:
        i += 1;
    }
  }
  const { out } = pen;
  const kept: Point[][] = [];
  for (const line of out) if (line.length > 1) kept.push(line);
  return kept;
}
