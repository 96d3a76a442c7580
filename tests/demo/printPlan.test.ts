import { describe, expect, it } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import { A4_LANDSCAPE, MIN_NAME_PT, printPlan } from '@kinmap/demo/print';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';
import { generateFamily } from '../support/generateFamily.ts';

// The printed chart: names at least 8 pt on A4, over several pages when the family needs them.

const MM_PER_PT = 25.4 / 72;
/** The genogram view's layout (the ecomap view adds the agencies' ring). */
const GENOGRAM = { ecomap: 'none' } as const;

describe('printPlan', () => {
  it.each(FIXTURE_NAMES.flatMap((name) => [[name, 'none'] as const, [name, 'ring'] as const]))(
    'prints %s (ecomap: %s) with names at least 8 pt, its pages within A4',
    (name, ecomap) => {
      const layout = layoutFamily(loadFixture(name), { ecomap });
      const plan = printPlan(layout);
      expect(plan.namePt).toBeGreaterThanOrEqual(MIN_NAME_PT - 1e-9);
      for (const tile of plan.tiles) {
        expect(tile.width * plan.scale).toBeLessThanOrEqual(A4_LANDSCAPE.width + 1e-6);
        expect(tile.height * plan.scale).toBeLessThanOrEqual(A4_LANDSCAPE.height + 1e-6);
      }
    },
  );

  it('keeps a small family on one page with its key', () => {
    const plan = printPlan(layoutFamily(loadFixture('leo'), GENOGRAM));
    expect(plan.tiles).toHaveLength(1);
    expect(plan.keyPlace).not.toBe('own-page');
  });

  it.each([30, 60, 200])(
    'lays a generated family of %i people over pages that cover the whole chart at one scale',
    (people) => {
      const layout = layoutFamily(generateFamily({ people, seed: 3 }), GENOGRAM);
      const plan = printPlan(layout);
      const fontSize = Math.min(...layout.nodes.map((n) => n.label.fontSize ?? 11));
      // The name size follows from the scale: font size (units) × mm per unit, in points.
      expect((fontSize * plan.scale) / MM_PER_PT).toBeCloseTo(plan.namePt, 6);
      expect(plan.namePt).toBeGreaterThanOrEqual(MIN_NAME_PT - 1e-9);
      expect(plan.tiles).toHaveLength(plan.rows * plan.columns);
      // Tiles meet edge to edge and cover the bounds.
      const { bounds } = layout;
      const left = Math.min(...plan.tiles.map((t) => t.x));
      const right = Math.max(...plan.tiles.map((t) => t.x + t.width));
      const top = Math.min(...plan.tiles.map((t) => t.y));
      const bottom = Math.max(...plan.tiles.map((t) => t.y + t.height));
      expect(left).toBeLessThanOrEqual(bounds.x);
      expect(right).toBeGreaterThanOrEqual(bounds.x + bounds.width);
      expect(top).toBeLessThanOrEqual(bounds.y);
      expect(bottom).toBeGreaterThanOrEqual(bounds.y + bounds.height);
      for (const tile of plan.tiles) {
        expect(tile.width * plan.scale).toBeLessThanOrEqual(A4_LANDSCAPE.width + 1e-6);
        expect(tile.height * plan.scale).toBeLessThanOrEqual(A4_LANDSCAPE.height + 1e-6);
        const next = plan.tiles.find((t) => t.row === tile.row && t.column === tile.column + 1);
        if (next) expect(next.x).toBeCloseTo(tile.x + tile.width, 6);
      }
      if (people === 200) expect(plan.tiles.length).toBeGreaterThan(1);
      expect(plan.keyPlace).toBe(plan.tiles.length > 1 ? 'own-page' : plan.keyPlace);
    },
  );

  it('cuts between people, not through them, where there is a gap', () => {
    const layout = layoutFamily(generateFamily({ people: 200, seed: 3 }), GENOGRAM);
    const plan = printPlan(layout);
    const cuts = [...new Set(plan.tiles.map((t) => t.x))].slice(1);
    const cutThrough = cuts.filter((x) =>
      layout.nodes.some((n) => n.x - n.width / 2 < x && x < n.x + n.width / 2),
    );
    expect(cutThrough.length).toBeLessThan(Math.max(1, cuts.length));
  });
});
