// Issue 10 rule 5: emotional and caring lines curve clear of other people's symbols and names, and
// their labels ("PA", "cares", "V") sit clear of other text and of symbols. Checked from the layout's
// geometry on every fixture family and on generated families with extra relationships.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import type { Box, FamilyLayout, Point } from '@kinmap/layout';
import { createId, parseFamily } from '@kinmap/model';
import type { EmotionalRelationship, Family } from '@kinmap/model';
import { generateFamily } from '../support/generateFamily.ts';
import { segmentCrossesBox } from './support/segmentCrossesBox.ts';

const DIR = join(import.meta.dirname, '../fixtures/families');

/**
 * An emotional line's path as the renderer flattens it: a bow "M x y Q cx cy x y", or a route round
 * the chart "M … L … Q … …" (straight pieces with rounded corners), each curve as 12 straight pieces.
 */
function curvePoints(d: string): Point[] {
  const tokens = d.match(/[MLQ]|-?[\d.]+(?:e[-+]?\d+)?/g) ?? [];
  const points: Point[] = [];
  let i = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const cmd = tokens[i++];
    if (cmd === 'M' || cmd === 'L') points.push({ x: num(), y: num() });
    else if (cmd === 'Q') {
      const p0 = points[points.length - 1] as Point;
      const c = { x: num(), y: num() };
      const p2 = { x: num(), y: num() };
      for (let k = 1; k <= 12; k += 1) {
        const t = k / 12;
        const u = 1 - t;
        points.push({
          x: u * u * p0.x + 2 * u * t * c.x + t * t * p2.x,
          y: u * u * p0.y + 2 * u * t * c.y + t * t * p2.y,
        });
      }
    } else throw new Error(`unexpected path command ${cmd} in ${d}`);
  }
  return points;
}

const overlap = (a: Box, b: Box) =>
  a.x + 0.5 < b.x + b.width &&
  b.x + 0.5 < a.x + a.width &&
  a.y + 0.5 < b.y + b.height &&
  b.y + 0.5 < a.y + a.height;
const symbolBox = (n: FamilyLayout['nodes'][number]): Box => ({
  x: n.x - n.width / 2,
  y: n.y - n.height / 2,
  width: n.width,
  height: n.height,
});
/** A line label as drawn: centred on its point, font 10, about 0.55 em a character. */
const labelBox = (l: Point & { text: string }): Box => ({
  x: l.x - (l.text.length * 5.5) / 2,
  y: l.y - 5,
  width: l.text.length * 5.5,
  height: 10,
});

/** What a reader would trip over on the emotional lines of one layout, named for the failure message. */
function emotionalDefects(family: Family, layout: FamilyLayout): string[] {
  const ends = new Map(family.emotionalRelationships.map((e) => [`emotional|${e.id}`, [e.from, e.to]]));
  const defects: string[] = [];
  const emotional = layout.connectors.filter((c) => c.ref.kind === 'emotional');
  for (const c of emotional) {
    const joined = ends.get(c.id) ?? [];
    const points = curvePoints(c.d);
    for (const node of layout.nodes) {
      if (joined.includes(node.id)) continue;
      for (let i = 1; i < points.length; i += 1) {
        const [a, b] = [points[i - 1] as Point, points[i] as Point];
        if (segmentCrossesBox(a, b, symbolBox(node), 2))
          defects.push(`${c.id} through the symbol of ${node.id}`);
        else if (node.label.lines.length > 0 && segmentCrossesBox(a, b, node.label, 1.5))
          defects.push(`${c.id} through the name of ${node.id}`);
        else continue;
        break;
      }
    }
    if (!c.label) continue;
    const box = labelBox(c.label);
    for (const node of layout.nodes) {
      if (overlap(box, symbolBox(node))) defects.push(`label of ${c.id} over the symbol of ${node.id}`);
      if (node.label.lines.length > 0 && overlap(box, node.label))
        defects.push(`label of ${c.id} over the name of ${node.id}`);
    }
    for (const other of layout.connectors)
      if (other !== c && other.label && overlap(box, labelBox(other.label)))
        defects.push(`label of ${c.id} over the label of ${other.id}`);
  }
  return defects;
}

describe('emotional lines keep clear of people and text', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

  it.each(files)('%s: no emotional line through another person, no label on text', (file) => {
    const parsed = parseFamily(readFileSync(join(DIR, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file} is not a valid family`);
    expect(emotionalDefects(parsed.family, layoutFamily(parsed.family))).toEqual([]);
  });

  it('keeps clear on generated families with lines and labels between relatives across the chart', () => {
    const types: EmotionalRelationship['type'][] = [
      'conflict',
      'caretaker',
      'physical_abuse',
      'close',
      'cutoff',
    ];
    const found: string[] = [];
    for (let seed = 1; seed <= 12; seed += 1) {
      const base = generateFamily({ people: 24, seed });
      const ids = base.people.map((p) => p.id);
      // Each person with the one four places on (often another row, often across the chart).
      const extra = ids.slice(0, 12).map((from, i) => ({
        id: createId('emotional', `x${i}`),
        from,
        to: ids[(i + 4) % ids.length] as (typeof ids)[number],
        type: types[i % types.length] as EmotionalRelationship['type'],
        direction: 'mutual' as const,
        basis: 'reported' as const,
      }));
      const family = { ...base, emotionalRelationships: [...base.emotionalRelationships, ...extra] };
      found.push(...emotionalDefects(family, layoutFamily(family)).map((d) => `seed ${seed}: ${d}`));
    }
    // Where no bow is clear, the line is routed round the chart: none goes through anything.
    expect(found, found.join('\n')).toEqual([]);
  }, 60_000);
});
