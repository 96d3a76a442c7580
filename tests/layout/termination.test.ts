// Layout always finishes, within a step budget it counts itself (no timer), and keeps every child
// strictly below each of its parents, whatever the family's shape.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import type { FamilyLayout } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import { loadFixture } from '../support/fixtures.ts';
import { tangledFamily } from '../support/tangledFamily.ts';
import { childBelowProblems, presenceProblems } from './support/quality.ts';

function problems(family: Family, layout: FamilyLayout): string[] {
  const out = [...childBelowProblems(family, layout), ...presenceProblems(family, layout)];
  if (layout.work.steps > layout.work.bound)
    out.push(`took ${layout.work.steps} steps, over the bound of ${layout.work.bound}`);
  return out;
}

describe('layout terminates within its step bound', () => {
  it('two sisters partnered with two brothers (a six-person family that once never finished)', () => {
    const family = loadFixture('sisters-brothers');
    const layout = layoutFamily(family);
    expect(problems(family, layout)).toEqual([]);
    expect(layout.nodes).toHaveLength(6);
  });

  it('the same family in every document order of its people and partners', () => {
    const family = loadFixture('sisters-brothers');
    const byId = (ids: string[]) => ids.map((id) => family.people.find((p) => p.id === `person:${id}`)!);
    const orders = [
      family.people,
      [...family.people].reverse(),
      // The order in which the row walk used to go round in circles until memory ran out.
      byId(['adam', 'yonah', 'narayana', 'peninah', 'ulku', 'kaya-parent']),
    ];
    for (const people of orders)
      for (const flip of [false, true]) {
        const partnerships = family.partnerships.map((p) =>
          flip ? { ...p, partners: [p.partners[1], p.partners[0]] as typeof p.partners } : p,
        );
        const variant = { ...family, people, partnerships };
        expect(problems(variant, layoutFamily(variant))).toEqual([]);
      }
  });

  it('a person partnered with their parent’s partner stays on their own row, below the parent', () => {
    const family = tangledFamily(1, 4);
    const [a, b, c] = family.people;
    const withStep: Family = {
      ...family,
      partnerships: [
        {
          id: 'partnership:x1' as never,
          partners: [a!.id, b!.id],
          kind: 'marriage',
          events: [],
          secret: false,
        },
        {
          id: 'partnership:x2' as never,
          partners: [b!.id, c!.id],
          kind: 'cohabiting',
          events: [],
          secret: false,
        },
      ],
      parentChildLinks: [
        {
          ...family.parentChildLinks[0]!,
          id: 'link:x1' as never,
          parent: a!.id,
          child: c!.id,
          kind: 'birth',
        },
      ],
    } as Family;
    expect(problems(withStep, layoutFamily(withStep))).toEqual([]);
  });

  it('generated tangled families: siblings with siblings, cousins, step-siblings, 3+ partners, care across generations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 4, max: 60 }),
        (seed, people) => {
          const family = tangledFamily(seed, people);
          expect(problems(family, layoutFamily(family))).toEqual([]);
        },
      ),
      { numRuns: 150, seed: 20261207 },
    );
  }, 120_000);
});
