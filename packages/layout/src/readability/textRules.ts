import type { FamilyLayout } from '../types.ts';
import { boxesOverlap, boxOverlapsRegion, regionBox } from './geometry.ts';
import { Grid } from './grid.ts';
import type { Obstacle, TextBox } from './scene.ts';
import type { Tally } from './tally.ts';

/** How far two text boxes (or text and a symbol) must overlap to count, in layout units. */
const OVERLAP_MARGIN = 0.5;

/**
 * Rule 3: text on text (names, badges, line labels, household labels, agency names; one person's
 * or agency's own lines excepted) and text on a symbol or agency circle that is not its owner's.
 */
export function countTextCollisions(
  layout: FamilyLayout,
  texts: TextBox[],
  obstacles: Obstacle[],
  tally: Tally,
): void {
  const cell = layout.symbolSize * 2;
  const textGrid = new Grid<TextBox>(cell); // each text meets only the texts filed before it
  const obstacleGrid = new Grid<Obstacle>(cell);
  for (const o of obstacles) obstacleGrid.add(o, obstacleGrid.boxCells(regionBox(o.region)));
  for (const text of texts) {
    const cells = textGrid.boxCells(text.box);
    textGrid.near(cells, (other) => {
      if (text.owner && text.owner === other.owner) return;
      if (boxesOverlap(text.box, other.box, OVERLAP_MARGIN))
        tally.add('textCollisions', () => `${other.what} × ${text.what}`);
    });
    textGrid.add(text, cells);
    obstacleGrid.near(cells, (o) => {
      if (o.id === text.owner) return;
      if (boxOverlapsRegion(text.box, o.region, OVERLAP_MARGIN))
        tally.add('textCollisions', () => `${text.what} over the symbol of ${o.id}`);
    });
  }
}
