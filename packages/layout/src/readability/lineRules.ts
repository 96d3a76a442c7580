import type { FamilyLayout } from '../types.ts';
import { boxRegion, regionBox, segmentEntersRegion, type Region } from './geometry.ts';
import { Grid } from './grid.ts';
import { TEXT_INSET, type Line, type Obstacle, type TextBox } from './scene.ts';
import type { Tally } from './tally.ts';

/** Lines that may cross their own person's name: they arrive at the symbol from anywhere. */
const REACHES_OWN_NAME = new Set(['ecomap', 'emotional', 'caring', 'household-tether']);

/**
 * Rules 3, 4 and 5: a line through a symbol or agency circle it does not belong to; through a name
 * or badge (its own person's, too, unless it is an ecomap, emotional, caring or tether line arriving at
 * them); through a line label (not its own), a household label or another agency's name.
 */
export function countLinesThrough(
  layout: FamilyLayout,
  lines: Line[],
  obstacles: Obstacle[],
  texts: TextBox[],
  tally: Tally,
): void {
  const cell = layout.symbolSize * 2;
  const obstacleGrid = new Grid<Obstacle>(cell);
  for (const o of obstacles) obstacleGrid.add(o, obstacleGrid.boxCells(regionBox(o.region)));
  const textGrid = new Grid<{ text: TextBox; region: Region }>(cell);
  for (const t of texts)
    textGrid.add({ text: t, region: boxRegion(t.box, -TEXT_INSET) }, textGrid.boxCells(t.box));

  for (const line of lines) {
    const { connector, owners } = line;
    const hitSymbols = new Set<string>();
    const hitTexts = new Set<string>(); // a person's name lines and badges count once
    for (const seg of line.segments) {
      const cells = obstacleGrid.cellsAlong(seg);
      obstacleGrid.near(cells, (o) => {
        if (owners.has(o.id) || hitSymbols.has(o.id)) return;
        if (segmentEntersRegion(seg, o.region)) {
          hitSymbols.add(o.id);
          tally.add('linesThroughSymbols', () => `${connector.style} ${connector.id} through ${o.id}`);
        }
      });
      textGrid.near(cells, ({ text, region }, index) => {
        const key = text.kind === 'name' ? `name ${text.owner}` : String(index);
        if (hitTexts.has(key)) return;
        if (
          text.kind === 'name' &&
          text.owner &&
          owners.has(text.owner) &&
          REACHES_OWN_NAME.has(connector.ref.kind)
        )
          return;
        if (text.connector === connector.id) return;
        if (text.kind === 'agency-name' && text.owner && owners.has(text.owner)) return;
        if (!segmentEntersRegion(seg, region)) return;
        hitTexts.add(key);
        const rule = text.kind === 'name' ? 'linesThroughNames' : 'linesThroughLabels';
        tally.add(rule, () => `${connector.style} ${connector.id} through ${text.what}`);
      });
    }
  }
}
