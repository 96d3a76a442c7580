import { isWithin } from '@kinmap/model';
import type { EmotionalRelationship, Family, PersonId } from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';
import type { Connector, PersonNode } from '../types.ts';
import { arrowHead } from './arrow.ts';
import { n } from './path.ts';

const CODE: Partial<Record<EmotionalRelationship['type'], string>> = {
  physical_abuse: 'PA',
  sexual_abuse: 'SA',
  emotional_abuse: 'EA',
  neglect: 'N',
  violence: 'V',
  controlling: 'CC',
  caretaker: 'cares',
};
const DIRECTED = new Set<EmotionalRelationship['type']>([
  'focused_on',
  'focused_on_negatively',
  'physical_abuse',
  'sexual_abuse',
  'emotional_abuse',
  'neglect',
  'controlling',
  'manipulative',
  'jealous',
  'caretaker',
]);

/**
 * Emotional relationships as quadratic curves bowing above the structure lines, so they are never
 * read as partnership lines or twin bars. Directed ones (`direction: from_to`, or an abuse, neglect,
 * control or caring type) get an arrowhead at the `to` end.
 */
export function emotionalConnectors(
  family: Family,
  byId: Map<PersonId, PersonNode>,
  options: ResolvedOptions,
): Connector[] {
  const out: Connector[] = [];
  const { s } = options;
  for (const e of family.emotionalRelationships) {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (!a || !b || a === b) continue;
    const p0 = { x: a.x, y: a.y - a.height / 2 };
    const p2 = { x: b.x, y: b.y - b.height / 2 };
    const dist = Math.hypot(p2.x - p0.x, p2.y - p0.y);
    // Normal to the chord, turned to point upwards; bow grows with distance.
    let nx = -(p2.y - p0.y) / (dist || 1);
    let ny = (p2.x - p0.x) / (dist || 1);
    if (ny > 0) {
      nx = -nx;
      ny = -ny;
    }
    const bow = s * 0.6 + dist * 0.2;
    const c = { x: (p0.x + p2.x) / 2 + nx * bow, y: (p0.y + p2.y) / 2 + ny * bow };
    const connector: Connector = {
      id: `emotional|${e.id}`,
      ref: { kind: 'emotional', emotional: e.id },
      style: `emotional-${e.type}`,
      d: `M${n(p0.x)} ${n(p0.y)} Q${n(c.x)} ${n(c.y)} ${n(p2.x)} ${n(p2.y)}`,
      marks: [],
    };
    if (e.direction === 'from_to' || DIRECTED.has(e.type))
      connector.marks.push({ kind: 'arrow', d: arrowHead(c, p2, s * 0.25) });
    if (e.until !== undefined && !isWithin({ to: e.until }, options.asAt)) connector.isPast = true;
    const code = e.type === 'other' ? e.label : CODE[e.type];
    if (code) {
      const text = e.basis === 'alleged' ? `${code} (alleged)` : code;
      connector.label = {
        x: 0.25 * p0.x + 0.5 * c.x + 0.25 * p2.x,
        y: 0.25 * p0.y + 0.5 * c.y + 0.25 * p2.y,
        text,
      };
    }
    out.push(connector);
  }
  return out;
}
