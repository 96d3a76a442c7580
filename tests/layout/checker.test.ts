// The quality checks themselves must be able to fail: a broken layout is reported.
import { describe, expect, it } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import type { FamilyLayout } from '@kinmap/layout';
import { loadFixture } from '../support/fixtures.ts';
import { qualityProblems } from './support/quality.ts';

const family = loadFixture('leo');
const good = layoutFamily(family);

function moved(
  layout: FamilyLayout,
  index: number,
  change: (n: FamilyLayout['nodes'][number]) => object,
): FamilyLayout {
  return { ...layout, nodes: layout.nodes.map((n, i) => (i === index ? { ...n, ...change(n) } : n)) };
}

describe('quality checks catch broken layouts', () => {
  it('reports a symbol moved on top of another', () => {
    const [a, b] = good.nodes;
    const broken = moved(good, 1, () => ({
      x: a!.x,
      y: a!.y,
      label: { ...b!.label, x: a!.label.x, y: a!.label.y },
    }));
    expect(qualityProblems(family, broken).some((p) => p.includes('overlaps'))).toBe(true);
  });

  it('reports a partner on another row and a person drawn twice', () => {
    const p = family.partnerships[0]!;
    const i = good.nodes.findIndex((n) => n.id === p.partners[1]);
    const broken = moved(good, i, (n) => ({ y: n.y + 1000 }));
    expect(qualityProblems(family, broken).some((x) => x.includes('partners on rows'))).toBe(true);
    const twice = { ...good, nodes: [...good.nodes, good.nodes[0]!] };
    expect(qualityProblems(family, twice).some((x) => x.includes('drawn 2 times'))).toBe(true);
  });

  it('reports siblings out of birth order and a child above its parent', () => {
    const sibship = good.connectors.find(
      (c) => c.ref.kind === 'sibship' && (c.ref.children?.length ?? 0) > 1,
    );
    expect(sibship).toBeDefined();
    const kids = sibship!.ref.kind === 'sibship' ? sibship!.ref.children! : [];
    const reversed = {
      ...sibship!,
      ref: { ...sibship!.ref, children: [...kids].reverse() },
    } as (typeof good.connectors)[number];
    const broken = { ...good, connectors: good.connectors.map((c) => (c === sibship ? reversed : c)) };
    expect(qualityProblems(family, broken).some((x) => x.includes('is not left of'))).toBe(true);
    const link = family.parentChildLinks[0]!;
    const i = good.nodes.findIndex((n) => n.id === link.child);
    expect(
      qualityProblems(
        family,
        moved(good, i, () => ({ y: -5000 })),
      ).some((x) => x.includes('is not below')),
    ).toBe(true);
  });
});
