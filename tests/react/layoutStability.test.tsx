// Editing a family keeps the chart still: people the edit does not concern stay where they were.
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { layoutFamily, type FamilyLayout } from '@kinmap/layout';
import { addRelative, createId, type Family, type PartnershipId, type PersonId } from '@kinmap/model';
import { useFamilyLayout } from '@kinmap/react';
import { loadFixture } from './support/fixtures.ts';

const SYMBOL_WIDTH = 40;

function positions(layout: FamilyLayout | undefined): Map<string, number> {
  return new Map((layout?.nodes ?? []).map((n) => [n.id, n.x]));
}

function addChildToGraceAndDaniel(family: Family) {
  return addRelative(family, {
    of: createId('person', 'grace') as PersonId,
    relation: 'child',
    partnership: createId('partnership', 'grace-daniel') as PartnershipId,
    person: { names: { given: 'Baby' } },
  });
}

describe('useFamilyLayout across an edit', () => {
  it('moves nobody outside the new child’s sibship and ancestors by more than a symbol width', () => {
    const leo = loadFixture('leo');
    const { result, rerender } = renderHook(({ family }) => useFamilyLayout(family), {
      initialProps: { family: leo },
    });
    const before = positions(result.current);
    const { family: next, id: baby } = addChildToGraceAndDaniel(leo);
    rerender({ family: next });
    const after = positions(result.current);

    expect(after.has(baby)).toBe(true);
    // The new child's sibship (Grace and Daniel's children) and direct ancestors may make room.
    const concerned = new Set<string>([baby, 'person:leo', 'person:maisie', 'person:grace', 'person:daniel']);
    concerned.add('person:raymond').add('person:patricia').add('person:abena');
    const moves = [...before]
      .filter(([id]) => !concerned.has(id))
      .map(([id, x]) => Math.abs((after.get(id) ?? NaN) - x));
    expect(moves.length).toBeGreaterThan(0);
    expect(Math.max(...moves)).toBeLessThanOrEqual(SYMBOL_WIDTH);
  });

  it('leaves rows the edit does not touch exactly where they were, so they need no redraw', () => {
    const leo = loadFixture('leo');
    const { result, rerender } = renderHook(({ family }) => useFamilyLayout(family), {
      initialProps: { family: leo },
    });
    const first = result.current as FamilyLayout;
    const childRow = first.nodes.find((n) => n.id === 'person:leo')?.generation;
    rerender({ family: addChildToGraceAndDaniel(leo).family });
    const after = positions(result.current);
    const otherRows = first.nodes.filter(
      (n) => n.generation !== childRow && n.generation !== (childRow ?? 0) - 1,
    );
    expect(otherRows.length).toBeGreaterThan(0);
    for (const node of otherRows) expect([node.id, after.get(node.id)]).toEqual([node.id, node.x]);
  });

  it('lays out a different family document afresh', () => {
    const leo = loadFixture('leo');
    const twins = loadFixture('twins');
    const { result, rerender } = renderHook(({ family }) => useFamilyLayout(family), {
      initialProps: { family: leo },
    });
    rerender({ family: twins });
    expect(positions(result.current)).toEqual(positions(layoutFamily(twins, { ecomap: 'none' })));
  });
});
