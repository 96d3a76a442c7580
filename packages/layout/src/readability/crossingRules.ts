import type { FamilyLayout } from '../types.ts';
import { collinearOverlap, segmentsCross, type Segment } from './geometry.ts';
import { Grid } from './grid.ts';
import type { Line } from './scene.ts';
import type { Tally } from './tally.ts';

/** Two lines lying on top of each other for at least this many units count as one overlap. */
const MIN_OVERLAP = 1;

/**
 * Crossings and overlaps among the structural lines (partnership, sibship, descent, twin bar, tether):
 * rule 1, a partnership line crossing any of them; rule 4, lines of two couples on top of each other
 * (once per pair of lines); clutter, parent–child lines crossing each other (once per crossing point).
 */
export function countCrossings(layout: FamilyLayout, lines: Line[], tally: Tally): void {
  const grid = new Grid<{ line: Line; seg: Segment; lineIndex: number }>(layout.symbolSize * 2);
  const overlapping = new Set<string>();
  lines.forEach((line, lineIndex) => {
    if (!line.structural) return;
    for (const seg of line.segments) {
      const cells = grid.cellsAlong(seg);
      grid.near(cells, (other) => {
        if (other.lineIndex === lineIndex) return;
        const [p, q] = [other.line, line];
        if (segmentsCross(other.seg, seg)) {
          const partnership =
            p.connector.ref.kind === 'partnership' || q.connector.ref.kind === 'partnership';
          if (partnership) tally.add('partnershipCrossings', () => `${p.connector.id} × ${q.connector.id}`);
          else if (p.parentChild && q.parentChild)
            tally.add('parentChildCrossings', () => `${p.connector.id} × ${q.connector.id}`);
          return;
        }
        if (p.couple === q.couple) return;
        const key = `${other.lineIndex}|${lineIndex}`;
        if (overlapping.has(key)) return;
        if (collinearOverlap(other.seg, seg) >= MIN_OVERLAP) {
          overlapping.add(key);
          tally.add('collinearOverlaps', () => `${p.connector.id} along ${q.connector.id}`);
        }
      });
      grid.add({ line, seg, lineIndex }, cells);
    }
  });
}
