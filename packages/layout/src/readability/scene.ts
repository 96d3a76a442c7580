import type { Box, Connector, FamilyLayout, PersonNode } from '../types.ts';
import { textWidth } from '../labels/textWidth.ts';
import { BADGE_GAP, badgeWidth } from '../labels/badges.ts';
import { boxRegion, segmentsOf, type Region, type Segment } from './geometry.ts';
import { coupleOf, isParentChild, isStructural, ownersOf, type FamilyIndex } from './owners.ts';
import { toPolylines } from './polyline.ts';

/** A drawn line, flattened, with whom it belongs to. */
export interface Line {
  connector: Connector;
  segments: Segment[];
  owners: Set<string>;
  couple: string | undefined;
  structural: boolean;
  parentChild: boolean;
}

/** A symbol or agency circle a line must not pass through unless it belongs to it. */
export interface Obstacle {
  id: string;
  region: Region;
}

/** A piece of text on the chart, as the renderer draws it. */
export interface TextBox {
  /** What it is, for examples: "name of person:a", "label of partnership:x"… */
  what: string;
  box: Box;
  kind: 'name' | 'line-label' | 'household-label' | 'agency-name';
  /** The person or agency whose text it is (names and badges, agency names). */
  owner?: string;
  /** The connector whose label it is. */
  connector?: string;
}

/** How far inside a symbol a line must go before it counts as passing through (layout units). */
const SYMBOL_INSET = 2;
/** How far inside a text box a line must go before it counts. */
const TEXT_INSET = 1;

// Text metrics as the React renderer draws them (packages/react): line labels 10 units centred on
// their point, household labels 11 italic from their point on the baseline, agency names 10 centred
// with 11 between lines, badges 14 high (widths from labels/badges.ts).
const LINE_LABEL_FONT = 10;
const HOUSEHOLD_LABEL_FONT = 11;
const AGENCY_FONT = 10;
const AGENCY_LINE_GAP = 11;
const BADGE_HEIGHT = 14;

export function linesOf(layout: FamilyLayout, index: FamilyIndex): Line[] {
  return layout.connectors.map((connector) => ({
    connector,
    segments: segmentsOf(toPolylines(connector.d)),
    owners: ownersOf(connector, index),
    couple: coupleOf(connector, index),
    structural: isStructural(connector),
    parentChild: isParentChild(connector),
  }));
}

/** The outline of a person's symbol (circle, square, diamond, triangle), pulled in by `inset`. */
export function symbolRegion(node: PersonNode, inset = SYMBOL_INSET): Region {
  const h = Math.max(0.5, node.width / 2 - inset);
  const v = Math.max(0.5, node.height / 2 - inset);
  const centre = { x: node.x, y: node.y };
  switch (node.symbol.shape) {
    case 'circle':
      return { kind: 'circle', centre, r: Math.min(h, v) };
    case 'diamond':
      return {
        kind: 'polygon',
        centre,
        corners: [
          { x: node.x, y: node.y - v },
          { x: node.x + h, y: node.y },
          { x: node.x, y: node.y + v },
          { x: node.x - h, y: node.y },
        ],
      };
    case 'triangle':
      return {
        kind: 'polygon',
        centre: { x: node.x, y: node.y + v / 3 },
        corners: [
          { x: node.x, y: node.y - v },
          { x: node.x + h, y: node.y + v },
          { x: node.x - h, y: node.y + v },
        ],
      };
    default:
      return boxRegion({ x: node.x - h, y: node.y - v, width: 2 * h, height: 2 * v });
  }
}

export function obstaclesOf(layout: FamilyLayout): Obstacle[] {
  return [
    ...layout.nodes.map((n) => ({ id: n.id as string, region: symbolRegion(n) })),
    ...layout.agencies.map((a) => ({
      id: a.id as string,
      region: {
        kind: 'circle',
        centre: { x: a.x, y: a.y },
        r: Math.max(0.5, a.radius - SYMBOL_INSET),
      } as Region,
    })),
  ];
}

/** Every piece of text: name lines and badges under symbols, line labels, household labels, agency names. */
export function textsOf(layout: FamilyLayout): TextBox[] {
  const out: TextBox[] = [];
  const s = layout.symbolSize;
  const lineHeight = Math.round(s * 0.32 * 10) / 10;
  for (const n of layout.nodes) {
    const { label } = n;
    const font = label.fontSize ?? 11;
    const cx = label.x + label.width / 2;
    label.lines.forEach((line, i) => {
      const w = textWidth(line, font);
      // First baseline one em below the box top, later ones a line height apart.
      const baseline = label.y + font + i * lineHeight;
      out.push({
        what: `name of ${n.id}`,
        kind: 'name',
        owner: n.id,
        box: { x: cx - w / 2, y: baseline - 0.8 * font, width: w, height: font },
      });
    });
    if (n.badges.length) {
      const top = label.y + label.lines.length * lineHeight + 1.5;
      const widths = n.badges.map((b) => badgeWidth(b.text));
      const total = widths.reduce((sum, w) => sum + w, 0) + BADGE_GAP * (widths.length - 1);
      out.push({
        what: `badges of ${n.id}`,
        kind: 'name',
        owner: n.id,
        box: { x: cx - total / 2, y: top, width: total, height: BADGE_HEIGHT },
      });
    }
  }
  for (const c of layout.connectors) {
    if (!c.label || !c.label.text) continue;
    const w = textWidth(c.label.text, LINE_LABEL_FONT);
    out.push({
      what: `label "${c.label.text}" of ${c.id}`,
      kind: 'line-label',
      connector: c.id,
      box: {
        x: c.label.x - w / 2,
        y: c.label.y - 0.45 * LINE_LABEL_FONT,
        width: w,
        height: 0.9 * LINE_LABEL_FONT,
      },
    });
  }
  for (const h of layout.households) {
    const w = textWidth(h.label.text, HOUSEHOLD_LABEL_FONT);
    out.push({
      what: `label "${h.label.text}" of ${h.id}`,
      kind: 'household-label',
      box: {
        x: h.label.x,
        y: h.label.y - 0.75 * HOUSEHOLD_LABEL_FONT,
        width: w,
        height: 0.95 * HOUSEHOLD_LABEL_FONT,
      },
    });
  }
  for (const a of layout.agencies) {
    a.label.lines.forEach((line, i) => {
      const w = textWidth(line, AGENCY_FONT);
      const middle = a.label.y + i * AGENCY_LINE_GAP;
      out.push({
        what: `name of ${a.id}`,
        kind: 'agency-name',
        owner: a.id,
        box: { x: a.label.x - w / 2, y: middle - 0.45 * AGENCY_FONT, width: w, height: 0.9 * AGENCY_FONT },
      });
    });
  }
  return out;
}

export { TEXT_INSET };
