// Adding one child should not rearrange the chart: people outside the child's sibship and direct
// ancestors move little. The full figures (median, p90, max) are printed by bench/stability.ts.
import { describe, expect, it } from 'vitest';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';
import { generateFamily } from '../support/generateFamily.ts';
import { measureStability } from './support/stability.ts';

const SYMBOL = 40;

describe('stability under adding one child', () => {
  it('fixture families: nobody else moves more than 1.5 symbol widths, most not at all beyond one', () => {
    const figures = FIXTURE_NAMES.flatMap((name) =>
      measureStability(loadFixture(name), 20).map((r) => r.maxDisplacement),
    );
    expect(figures.length).toBeGreaterThan(10);
    expect(Math.max(...figures)).toBeLessThanOrEqual(1.5 * SYMBOL);
    expect(figures.filter((f) => f <= SYMBOL).length / figures.length).toBeGreaterThanOrEqual(0.85);
  });

  it('generated families: the typical edit moves nobody else more than one symbol width', () => {
    const figures = [1, 2, 3, 4].flatMap((seed) =>
      measureStability(generateFamily({ people: 40, seed }), 10).map((r) => r.maxDisplacement),
    );
    figures.sort((a, b) => a - b);
    expect(figures[Math.floor(figures.length / 2)]).toBeLessThanOrEqual(SYMBOL);
    expect(figures.at(-1)).toBeLessThanOrEqual(3 * SYMBOL);
  });
});
