// What one emotional line costs to draw is bounded, however long the line: a zigzag across a wide
// chart has at most 64 teeth (they spread out; docs/performance.md), while a line of ordinary length
// keeps its usual 10-unit teeth. (Speed itself is measured by `pnpm bench:svg`, not here.)
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Connector } from '@kinmap/layout';
import { ConnectorPath } from '@kinmap/react';
import { createId } from '@kinmap/model';

function zigzag(length: number): string {
  const connector: Connector = {
    id: 'emotional|e',
    ref: { kind: 'emotional', emotional: createId('emotional', 'e') },
    style: 'emotional-conflict',
    d: `M0 0 L${length} 0`,
    marks: [],
  };
  const svg = renderToStaticMarkup(
    <svg>
      <ConnectorPath connector={connector} />
    </svg>,
  );
  return /class="kinmap-line" d="([^"]*)"/.exec(svg)?.[1] ?? '';
}
const points = (d: string) => (d.match(/[ML]/g) ?? []).length;

describe('zigzag lines', () => {
  it('keep 10-unit teeth on a line of ordinary length', () => {
    // A point every half wavelength (5 units), plus the two ends.
    expect(points(zigzag(200))).toBe(200 / 5 + 1);
  });

  it('draw a line 100 times as long with a bounded number of points, still as a zigzag', () => {
    const d = zigzag(20_000);
    expect(points(d)).toBeLessThanOrEqual(2 * 64 + 2);
    expect(points(d)).toBeGreaterThan(64);
    const ys = [...d.matchAll(/[ML]-?[\d.]+ (-?[\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys)).toBeCloseTo(3.5, 1);
    expect(Math.min(...ys)).toBeCloseTo(-3.5, 1);
  });
});
