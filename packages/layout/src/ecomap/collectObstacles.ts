import { badgeRowBox } from '../labels/badges.ts';
import { textWidth } from '../labels/textWidth.ts';
import type { Box, Connector, HouseholdOutline, PersonNode } from '../types.ts';
import type { Obstacle } from './obstacles.ts';

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/**
 * Whether `box` lies inside `outer` to within a unit: a line through less than that of a text box
 * does not pass through the text (readability's measure sees it the same way).
 */
function inside(box: Box, outer: Box): boolean {
  return (
    box.x >= outer.x - 1 &&
    box.y >= outer.y - 1 &&
    box.x + box.width <= outer.x + outer.width + 1 &&
    box.y + box.height <= outer.y + outer.height + 1
  );
}

/** A text box wide enough for the renderer's font and for a plain 0.55 em per glyph estimate. */
function textSpan(text: string, fontSize: number): number {
  return Math.max(textWidth(text, fontSize), text.length * fontSize * 0.55);
}

/**
 * Everything on the genogram an agency line must keep out of: each person's symbol, name lines and
 * row of badges (which may be wider than the name box), each household label, and each label on a
 * line ("m. 1990", "visits", "PA"). Boxes are grown by a unit so a line never grazes them.
 * `lineHeight` is the chart's name line height, which places the badge row under the name.
 */
export function collectObstacles(
  nodes: Iterable<PersonNode>,
  households: HouseholdOutline[],
  connectors: readonly Connector[],
  lineHeight: number,
): Obstacle[] {
  const out: Obstacle[] = [];
  for (const node of nodes) {
    const symbol = {
      x: node.x - node.width / 2,
      y: node.y - node.height / 2,
      width: node.width,
      height: node.height,
    };
    out.push({ kind: 'symbol', owner: node.id, box: grow(symbol, 1.5) });
    if (node.label.lines.length > 0) out.push({ kind: 'name', owner: node.id, box: grow(node.label, 1.5) });
    // Badges are the person's own text, like their name: the same kind of obstacle, where the row
    // sticks out of the name box (wider than it, or lower at a small symbol size).
    const badges = badgeRowBox(node, lineHeight);
    if (badges && !inside(badges, node.label))
      out.push({ kind: 'name', owner: node.id, box: grow(badges, 1.5), badges: true });
  }
  for (const h of households) {
    if (!h.label.text) continue;
    const size = 11;
    out.push({
      kind: 'text',
      box: grow(
        { x: h.label.x, y: h.label.y - size * 0.8, width: textSpan(h.label.text, size), height: size },
        1.5,
      ),
    });
  }
  for (const c of connectors) {
    if (!c.label?.text || c.ref.kind === 'ecomap') continue;
    const size = 10;
    const width = textSpan(c.label.text, size);
    out.push({
      kind: 'text',
      box: grow({ x: c.label.x - width / 2, y: c.label.y - size / 2, width, height: size }, 1.5),
    });
  }
  return out;
}
