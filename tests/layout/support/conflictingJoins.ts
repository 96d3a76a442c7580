// A small family dagre's network-simplex ranking lays out better than our own tree offsets.
import { createId } from '@kinmap/model';
import type { Family, PersonId } from '@kinmap/model';
import { generateFamily } from '../../support/generateFamily.ts';

/**
 * Two families joined three times with conflicting demands: one daughter of family B marries into
 * family A's first generation, two more marry into its third. Our breadth-first offsets keep B at the
 * top and stretch two lines by two rows each; network simplex moves the first couple down instead.
 */
export function conflictingJoins(): Family {
  const base = generateFamily({ people: 1, seed: 1 });
  const p = (id: string, year: number) => ({
    ...base.people[0]!,
    id: createId('person', id),
    names: { given: id, other: [] },
    birth: { date: String(year), estimated: false },
  });
  const people = [
    p('a0', 1900),
    p('a0w', 1900),
    p('a1', 1925),
    p('a2', 1927),
    p('a2w', 1927),
    p('a3', 1950),
    p('a3w', 1950),
    p('a4', 1975),
    p('a5', 1977),
    p('b0', 1930),
    p('b0w', 1930),
    p('b1', 1955),
    p('b2', 1957),
    p('b3', 1980),
    p('b4', 1982),
  ];
  const id = (x: string) => createId('person', x);
  const couple = (x: string, a: string, b: string) => ({
    id: createId('partnership', x),
    partners: [id(a), id(b)] as [PersonId, PersonId],
    kind: 'marriage' as const,
    events: [],
    secret: false,
  });
  const partnerships = [
    couple('a0', 'a0', 'a0w'),
    couple('a2', 'a2', 'a2w'),
    couple('a3', 'a3', 'a3w'),
    couple('b0', 'b0', 'b0w'),
    couple('j1', 'a1', 'b1'),
    couple('j2', 'a4', 'b3'),
    couple('j3', 'a5', 'b4'),
  ];
  const links = (
    [
      ['a0', 'a1'],
      ['a0', 'a2'],
      ['a2', 'a3'],
      ['a3', 'a4'],
      ['a3', 'a5'],
      ['b0', 'b1'],
      ['b0', 'b2'],
      ['b0', 'b3'],
      ['b0', 'b4'],
    ] as const
  ).map(([parent, child], i) => ({
    id: createId('link', `l${i}`),
    parent: id(parent),
    child: id(child),
    kind: 'birth' as const,
    parentalResponsibility: 'not_asked' as const,
    confidence: 'reported' as const,
  }));
  return {
    ...base,
    id: createId('family', 'conflicting-joins'),
    people,
    partnerships,
    parentChildLinks: links,
    households: [],
    involvements: [],
    agencies: [],
    emotionalRelationships: [],
    caringRoles: [],
    subjects: [],
  };
}
