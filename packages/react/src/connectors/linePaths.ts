import type { Point } from '@kinmap/layout';
import type { ConnectorAppearance } from './connectorAppearance.ts';
import { flattenPath, offsetLine, polylinePath, splitWithGap, zigzagLine } from './pathGeometry.ts';

const SPACING = 3.5;
const GAP = 14;
/**
 * Most teeth one zigzag draws. Each tooth is two path points, so without a cap a zigzag's path
 * grows with its length: 50,000 conflict lines across a wide chart made a 537-million-character SVG.
 * A line up to `MAX_TEETH` wavelengths long (640 units, 16 symbols, at the low zigzag) is drawn
 * exactly; a longer one spreads its teeth out, keeping their height.
 */
export const MAX_TEETH = 64;

function polylineLength(lines: readonly Point[][]): number {
  let total = 0;
  for (const line of lines)
    for (let i = 1; i < line.length; i += 1)
      total += Math.hypot(
        (line[i] as Point).x - (line[i - 1] as Point).x,
        (line[i] as Point).y - (line[i - 1] as Point).y,
      );
  return total;
}

function offsets(lines: number, spacing: number): number[] {
  if (lines === 3) return [-spacing, 0, spacing];
  if (lines === 2) return [-spacing / 2, spacing / 2];
  return [0];
}

/**
 * The path data to stroke for one connector: the layout's path as is for a plain line; otherwise
 * parallel copies, a zigzag, or two halves with a gap, one string per stroked path.
 */
export function linePaths(
  d: string,
  look: Pick<ConnectorAppearance, 'lines' | 'zigzag' | 'zigzagOver' | 'gap'>,
): string[] {
  if (look.lines === 1 && !look.zigzag && !look.gap) return [d];
  let polylines = flattenPath(d);
  if (look.gap) polylines = polylines.flatMap((line) => splitWithGap(line, GAP));
  const [amplitude, tooth] = look.zigzag === 'high' ? [6, 12] : [3.5, 10];
  const wavelength = look.zigzag ? Math.max(tooth, polylineLength(polylines) / MAX_TEETH) : tooth;
  const out: string[] = [];
  if (!look.zigzag || look.zigzagOver) {
    for (const offset of offsets(look.lines, SPACING)) {
      out.push(polylinePath(polylines.map((line) => (offset === 0 ? line : offsetLine(line, offset)))));
    }
  }
  if (look.zigzag) {
    const zig = polylines.map((line) => zigzagLine(line, amplitude, wavelength));
    const parallel = look.zigzagOver ? [0] : offsets(look.lines, 3);
    for (const offset of parallel) {
      out.push(polylinePath(zig.map((line) => (offset === 0 ? line : offsetLine(line, offset)))));
    }
  }
  return out.filter((p) => p.length > 0);
}
