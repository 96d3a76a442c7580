import type { Point } from '@kinmap/layout';

const COMMAND = /([MmLlHhVvCcQqZz])([^MmLlHhVvCcQqZz]*)/g;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;
const CURVE_STEPS = 12;

function bezier(points: Point[], t: number): Point {
  let row = points;
  while (row.length > 1) {
    const next: Point[] = [];
    for (let i = 0; i < row.length - 1; i += 1) {
      const a = row[i] as Point;
      const b = row[i + 1] as Point;
      next.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
    }
    row = next;
  }
  return row[0] as Point;
}

/**
 * Flattens SVG path data (M, L, H, V, C, Q, Z; absolute or relative) into polylines, one per
 * subpath. Curves become short straight segments. Used to draw parallel and zigzag lines along any
 * connector the layout computed.
 */
export function flattenPath(d: string): Point[][] {
  const lines: Point[][] = [];
  let current: Point[] = [];
  let pen: Point = { x: 0, y: 0 };
  let start: Point = pen;
  for (const match of d.matchAll(COMMAND)) {
    const cmd = match[1] as string;
    const nums = (match[2]?.match(NUMBER) ?? []).map(Number);
    const rel = cmd === cmd.toLowerCase();
    const at = (x: number, y: number): Point => (rel ? { x: pen.x + x, y: pen.y + y } : { x, y });
    switch (cmd.toUpperCase()) {
      case 'M':
        for (let i = 0; i + 1 < nums.length; i += 2) {
          pen = at(nums[i] as number, nums[i + 1] as number);
          if (i === 0) {
            if (current.length > 1) lines.push(current);
            current = [pen];
            start = pen;
          } else current.push(pen);
        }
        break;
      case 'L':
        for (let i = 0; i + 1 < nums.length; i += 2) {
          pen = at(nums[i] as number, nums[i + 1] as number);
          current.push(pen);
        }
        break;
      case 'H':
        for (const n of nums) {
          pen = { x: rel ? pen.x + n : n, y: pen.y };
          current.push(pen);
        }
        break;
      case 'V':
        for (const n of nums) {
          pen = { x: pen.x, y: rel ? pen.y + n : n };
          current.push(pen);
        }
        break;
      case 'C':
      case 'Q': {
        const size = cmd.toUpperCase() === 'C' ? 6 : 4;
        for (let i = 0; i + size - 1 < nums.length; i += size) {
          const control: Point[] = [pen];
          for (let j = 0; j < size; j += 2)
            control.push(at(nums[i + j] as number, nums[i + j + 1] as number));
          for (let step = 1; step <= CURVE_STEPS; step += 1)
            current.push(bezier(control, step / CURVE_STEPS));
          pen = control[control.length - 1] as Point;
        }
        break;
      }
      case 'Z':
        current.push(start);
        pen = start;
        break;
    }
  }
  if (current.length > 1) lines.push(current);
  return lines;
}

/** SVG path data for polylines. */
export function polylinePath(lines: Point[][]): string {
  // Built by concatenation: a chart may hold tens of thousands of these.
  let d = '';
  for (const line of lines) {
    if (line.length < 2) continue;
    for (let i = 0; i < line.length; i += 1) {
      const p = line[i] as Point;
      d += `${d === '' ? '' : ' '}${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`;
    }
  }
  return d;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Unit normal (left-hand) of the segment a→b, or (0, 0) for a zero-length segment. */
function normal(a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  return len === 0 ? { x: 0, y: 0 } : { x: -dy / len, y: dx / len };
}

/** The polyline moved sideways by `distance` (a simple miter-free offset, enough for parallel lines). */
export function offsetLine(line: Point[], distance: number): Point[] {
  return line.map((p, i) => {
    const prev = line[Math.max(0, i - 1)] as Point;
    const next = line[Math.min(line.length - 1, i + 1)] as Point;
    const n = normal(i === 0 ? p : prev, i === 0 ? next : i === line.length - 1 ? p : next);
    const m = i === 0 || i === line.length - 1 ? n : normal(prev, next);
    return { x: p.x + m.x * distance, y: p.y + m.y * distance };
  });
}

/** A zigzag following the polyline: teeth `wavelength` apart, `amplitude` either side. */
export function zigzagLine(line: Point[], amplitude: number, wavelength: number): Point[] {
  const out: Point[] = [];
  const first = line[0];
  if (!first) return out;
  out.push(first);
  let carried = 0;
  let side = 1;
  for (let i = 1; i < line.length; i += 1) {
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len === 0) continue;
    const n = normal(a, b);
    let t = wavelength / 2 - carried;
    while (t < len) {
      const f = t / len;
      out.push({
        x: a.x + (b.x - a.x) * f + n.x * amplitude * side,
        y: a.y + (b.y - a.y) * f + n.y * amplitude * side,
      });
      side = -side;
      t += wavelength / 2;
    }
    carried = len - (t - wavelength / 2);
  }
  out.push(line[line.length - 1] as Point);
  return out;
}

/** Splits a polyline into two halves with a gap of `gap` units in the middle of its length. */
export function splitWithGap(line: Point[], gap: number): Point[][] {
  const lengths = line
    .slice(1)
    .map((p, i) => Math.hypot(p.x - (line[i] as Point).x, p.y - (line[i] as Point).y));
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total <= gap) return [line];
  const cut = (target: number): { index: number; point: Point } => {
    let run = 0;
    for (let i = 0; i < lengths.length; i += 1) {
      const len = lengths[i] as number;
      if (run + len >= target) {
        const a = line[i] as Point;
        const b = line[i + 1] as Point;
        const f = len === 0 ? 0 : (target - run) / len;
        return { index: i, point: { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f } };
      }
      run += len;
    }
    return { index: lengths.length - 1, point: line[line.length - 1] as Point };
  };
  const s = cut((total - gap) / 2);
  const e = cut((total + gap) / 2);
  return [
    [...line.slice(0, s.index + 1), s.point],
    [e.point, ...line.slice(e.index + 1)],
  ];
}
