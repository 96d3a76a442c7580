// Rule 6 of issue 10 on every fixture family, in both ecomap modes: agency names shown whole at the
// chart's name size, agency lines ending at their target and passing through no one else.
import { describe, expect, it } from 'vitest';
import { layoutFamily, type Box, type FamilyLayout, type Point } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';
import { segmentCrossesBox } from './support/segmentCrossesBox.ts';

type Segment = [Point, Point];

/** Straight segments of path data made of M and L commands (what ecomap lines use). */
function segments(d: string): Segment[] {
  const nums = (d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/g) ?? []).map(Number);
  const points: Point[] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) points.push({ x: nums[i]!, y: nums[i + 1]! });
  return points.slice(1).map((p, i) => [points[i]!, p]);
}

function crosses([a, b]: Segment, box: Box, inset = 1): boolean {
  return segmentCrossesBox(a, b, box, inset);
}

function distanceToSegment(p: Point, [a, b]: Segment): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** Every breach of rule 6 on one layout, described, so a failure names what went wrong. */
function breaches(family: Family, layout: FamilyLayout): string[] {
  const out: string[] = [];
  const s = layout.symbolSize;
  const involvement = new Map(family.involvements.map((i) => [i.id as string, i]));
  for (const agency of layout.agencies) {
    const model = family.agencies.find((a) => a.id === agency.id)!;
    const shown = squash(agency.label.lines.join(' '));
    if (!shown.includes(squash(model.name)))
      out.push(`${agency.id}: name shown as "${agency.label.lines.join(' / ')}"`);
    if (model.team && !shown.includes(squash(model.team))) out.push(`${agency.id}: team not shown whole`);
    if (
      /…|\b\p{L}\.\s/u.test(agency.label.lines.join(' ')) &&
      !/…|\b\p{L}\.\s/u.test(`${model.name} ${model.team ?? ''}`)
    )
      out.push(`${agency.id}: initials or ellipsis`);
    if ((agency.label.fontSize ?? 0) < 0.25 * s)
      out.push(`${agency.id}: text ${agency.label.fontSize} < names`);
    const block = agency.label.lines.length * (agency.label.lineHeight ?? 0);
    if (block / 2 > agency.radius) out.push(`${agency.id}: lines taller than the circle`);
    for (const other of layout.agencies)
      if (
        other !== agency &&
        Math.hypot(other.x - agency.x, other.y - agency.y) < other.radius + agency.radius
      )
        out.push(`${agency.id} overlaps ${other.id}`);
    for (const node of layout.nodes)
      if (Math.hypot(node.x - agency.x, node.y - agency.y) < agency.radius + node.width / 2)
        out.push(`${agency.id} over ${node.id}`);
  }
  const texts: { id: string; box: Box }[] = layout.households.map((h) => ({
    id: `household label ${h.id}`,
    box: { x: h.label.x, y: h.label.y - 11 * 0.8, width: h.label.text.length * 11 * 0.55, height: 11 },
  }));
  for (const c of layout.connectors.filter((c) => c.ref.kind === 'ecomap')) {
    if (c.ref.kind !== 'ecomap') continue;
    const inv = involvement.get(c.ref.involvement)!;
    const own = inv.with.kind === 'person' ? inv.with.person : undefined;
    const segs = segments(c.d);
    for (const node of layout.nodes) {
      if (node.id === own) continue;
      const symbol = {
        x: node.x - node.width / 2,
        y: node.y - node.height / 2,
        width: node.width,
        height: node.height,
      };
      if (segs.some((seg) => crosses(seg, symbol))) out.push(`${c.id} through ${node.id}`);
      if (node.label.lines.length > 0 && segs.some((seg) => crosses(seg, node.label)))
        out.push(`${c.id} through the name of ${node.id}`);
    }
    for (const t of texts) if (segs.some((seg) => crosses(seg, t.box))) out.push(`${c.id} through ${t.id}`);
    for (const agency of layout.agencies) {
      if (agency.id === inv.agency) continue;
      if (segs.some((seg) => distanceToSegment(agency, seg) < agency.radius - 1))
        out.push(`${c.id} through ${agency.id}`);
    }
    // Where the line ends: the symbol's edge, the household outline, or the family's edge.
    const end = segs[segs.length - 1]![1];
    const start = segs[0]![0];
    const agency = layout.agencies.find((a) => a.id === inv.agency)!;
    if (Math.abs(Math.hypot(start.x - agency.x, start.y - agency.y) - agency.radius) > 1)
      out.push(`${c.id} does not start at its agency's circle`);
    if (own) {
      const node = layout.nodes.find((n) => n.id === own)!;
      const dx = Math.max(Math.abs(end.x - node.x) - node.width / 2, 0);
      const dy = Math.max(Math.abs(end.y - node.y) - node.height / 2, 0);
      if (Math.hypot(dx, dy) > 3)
        out.push(`${c.id} ends ${Math.hypot(dx, dy).toFixed(1)} from ${own}'s symbol`);
    } else if (inv.with.kind === 'household') {
      const outline = layout.households.find((h) => h.id === (inv.with as { household: string }).household)!;
      const edges = outline.paths.flatMap(segments);
      const nearest = Math.min(...edges.map((e) => distanceToSegment(end, e)));
      if (nearest > 1) out.push(`${c.id} ends ${nearest.toFixed(1)} from the household outline`);
    } else if (layout.ecomapRing) {
      const ring = layout.ecomapRing;
      if (Math.abs(Math.hypot(end.x - ring.cx, end.y - ring.cy) - ring.r) > 1)
        out.push(`${c.id} ends off the ring`);
    } else if (Math.abs(end.y - Math.max(...layout.nodes.map((n) => n.label.y + n.label.height))) > 3 * s)
      out.push(`${c.id} ends far from the family's edge`);
  }
  return out;
}

describe.each(['ring', 'band'] as const)('ecomap %s', (ecomap) => {
  it.each(FIXTURE_NAMES)('keeps rule 6 on "%s"', (name) => {
    const family = loadFixture(name);
    const layout = layoutFamily(family, { ecomap });
    expect(layout.agencies).toHaveLength(family.agencies.length);
    expect(breaches(family, layout)).toEqual([]);
  });

  it('wraps a long name over several lines instead of cutting it', () => {
    const family = loadFixture('many-agencies');
    const layout = layoutFamily(family, { ecomap });
    const longest = [...layout.agencies].sort((a, b) => b.label.lines.length - a.label.lines.length)[0]!;
    expect(longest.label.lines.length).toBeGreaterThan(2);
    expect(longest.label.nameLines).toBeLessThanOrEqual(longest.label.lines.length);
  });

  it('sizes each circle to its text: a longer name makes a bigger circle', () => {
    const layout = layoutFamily(loadFixture('many-agencies'), { ecomap });
    const byLength = [...layout.agencies].sort(
      (a, b) => a.label.lines.join(' ').length - b.label.lines.join(' ').length,
    );
    expect(byLength.at(-1)!.radius).toBeGreaterThan(byLength[0]!.radius);
  });
});

it('scales the ecomap text with the symbol size, at the chart name size', () => {
  const layout = layoutFamily(loadFixture('leo'), { symbolSize: 60 });
  for (const agency of layout.agencies) expect(agency.label.fontSize).toBe(15);
});
