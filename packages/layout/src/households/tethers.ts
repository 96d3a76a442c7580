import type { PersonId } from '@kinmap/model';
import { n } from '../connectors/path.ts';
import type { ResolvedOptions } from '../options.ts';
import { pathPoints } from '../passes/bounds.ts';
import type { Connector, HouseholdOutline, LineWord, PersonNode, Point } from '../types.ts';
import { segmentHitsBox } from '../geometry/segmentHitsBox.ts';
import { segmentsCross } from '../readability/geometry.ts';
import { lineLabelBox, personArea, placeText, textSpaceIsFree, type TextSpace } from './labelPlace.ts';

/** Points on an outline a tether may end at: its corners and the middles of its edges. */
export function endPoints(paths: string[]): Point[] {
  const out: Point[] = [];
  for (const d of paths) {
    const corners: Point[] = [];
    pathPoints(d, (x, y) => corners.push({ x, y }));
    corners.forEach((p, i) => {
      const q = corners[(i + 1) % corners.length] as Point;
      out.push(p, { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 });
    });
  }
  return out;
}

/**
 * A short dotted tether from each regular visitor to their household's outline ("visits"):
 * visitors stay outside the boundary, joined to it. The tether goes to the nearest point of the
 * outline it can reach without crossing anyone else's symbol or name, and its label sits where it
 * covers no other text or line.
 */
export function householdTethers(
  households: HouseholdOutline[],
  byId: Map<PersonId, PersonNode>,
  space: TextSpace,
  options: ResolvedOptions,
): Connector[] {
  const out: Connector[] = [];
  for (const h of households) {
    if (h.visitors.length === 0) continue;
    const ends = endPoints(h.paths);
    for (const visitor of h.visitors) {
      const node = byId.get(visitor);
      if (!node || ends.length === 0) continue;
      const from = { x: node.x, y: node.y - node.height / 2 };
      const byDistance = [...ends].sort(
        (a, b) => Math.hypot(a.x - from.x, a.y - from.y) - Math.hypot(b.x - from.x, b.y - from.y),
      );
      const clear = (a: Point, p: Point, lines = true) => {
        const span = {
          x: Math.min(a.x, p.x),
          y: Math.min(a.y, p.y),
          width: Math.abs(p.x - a.x),
          height: Math.abs(p.y - a.y),
        };
        const people = space.nodes.query(span).filter((other) => other.id !== visitor);
        if ([...people.map(personArea), ...space.texts.query(span)].some((box) => segmentHitsBox(a, p, box)))
          return false;
        if (!lines) return true;
        // Nor across a line already drawn (a partnership line, a sibship).
        const tether = { a, b: p };
        return !space.lines
          .query(span)
          .some((line) =>
            line.some((q, i) => i > 0 && segmentsCross(tether, { a: line[i - 1] as Point, b: q })),
          );
      };
      // Straight to the nearest point it reaches clear of everyone and every line, else clear of
      // everyone and all text (a partnership line it crosses is then broken for it, see
      // connectors/bridges.ts), else to the nearest point.
      const to =
        byDistance.find((p) => clear(from, p)) ??
        byDistance.find((p) => clear(from, p, false)) ??
        (byDistance[0] as Point);
      const label = tetherLabel(node, from, to, space, options);
      if (label) placeText(space, lineLabelBox(label));
      out.push({
        id: `tether|${h.id}|${visitor}`,
        ref: { kind: 'household-tether', household: h.id, person: visitor },
        style: 'household-tether',
        d: `M${n(from.x)} ${n(from.y)} L${n(to.x)} ${n(to.y)}`,
        marks: [],
        ...(label ? { label } : {}),
      });
    }
  }
  return out;
}

/**
 * "visits" (in the chart's words) beside the tether, or beside the visitor's symbol, at the first place that covers no
 * other text or line. Where there is no such place the word is left out: the dotted tether still
 * says it, through the key, and text laid over a line would hide both.
 */
function tetherLabel(
  visitor: PersonNode,
  from: Point,
  to: Point,
  space: TextSpace,
  options: ResolvedOptions,
): { x: number; y: number; text: string; words: LineWord[] } | undefined {
  const text = options.words.visits;
  const width = lineLabelBox({ x: 0, y: 0, text }).width;
  const tries: Point[] = [];
  for (const t of [0.5, 0.3, 0.7, 0.15, 0.85])
    for (const side of [-1, 1]) {
      const x = from.x + (to.x - from.x) * t;
      const y = from.y + (to.y - from.y) * t;
      tries.push({ x: x + side * (width / 2 + options.s * 0.1), y });
      tries.push({ x, y: y + side * options.s * 0.25 });
    }
  const beside = visitor.width / 2 + width / 2 + options.s * 0.1;
  for (const dy of [-0.3, 0.3])
    for (const side of [-1, 1]) tries.push({ x: visitor.x + side * beside, y: visitor.y + dy * options.s });
  const free = tries.find((p) => {
    const box = lineLabelBox({ x: p.x, y: p.y, text });
    return textSpaceIsFree(box, space) && !segmentHitsBox(from, to, box);
  });
  return free ? { x: free.x, y: free.y, text, words: [{ code: 'visits' }] } : undefined;
}
