import { describe, expect, it } from 'vitest';
import {
  birthChildrenOf,
  birthParentsOf,
  childrenOf,
  displayName,
  getPerson,
  indexFamily,
  legalName,
  multipleBirthOf,
  parentsOf,
  partnersOf,
  siblingsOf,
} from '@kinmap/model';
import { familyBuilder, pid } from './build.ts';

function blended() {
  const b = familyBuilder();
  b.person('amy', { gender: 'woman', born: '1990-05-01' });
  b.person('jo', { gender: 'man', born: '1985' });
  b.person('sam', { gender: 'man' });
  b.person('kim', { gender: 'woman' });
  b.person('mia', { gender: 'woman', born: '2012-02-01' }); // Amy + Sam
  b.person('leo', { gender: 'man', born: '2019-03-14' }); // Amy + Jo
  b.person('ella', { gender: 'woman', born: '2021-07-01' }); // Amy + Jo, twin of Isla
  b.person('isla', { gender: 'woman', born: '2021-07-01' });
  b.person('kai', { gender: 'man', born: '2008' }); // Jo + Kim
  b.person('zoe', { gender: 'woman', born: '2010' }); // Kim + another
  b.person('nat', { gender: 'woman', born: '2000' }); // foster carer
  b.partnership('amy', 'jo', 'marriage');
  b.partnership('amy', 'sam', 'cohabiting', [{ type: 'ended', date: '2015' }]);
  b.partnership('jo', 'kim', 'marriage', [{ type: 'divorced', date: '2012' }]);
  b.child(['amy', 'sam'], 'mia');
  b.child(['amy', 'jo'], 'leo');
  b.child(['amy', 'jo'], 'ella');
  b.child(['amy', 'jo'], 'isla');
  b.child(['jo', 'kim'], 'kai');
  b.child(['kim'], 'zoe');
  b.child(['nat'], 'leo', 'foster', { from: '2024-01-01', to: '2024-06-30' });
  b.multiple(['ella', 'isla'], 'mz');
  return b.build();
}

const names = (people: { names: { given?: string } }[]) => people.map((p) => p.names.given);

describe('people', () => {
  it('finds a person by id, and nothing for an unknown id', () => {
    const family = blended();
    expect(getPerson(family, pid('leo'))?.names.given).toBe('Leo');
    expect(getPerson(family, pid('nobody'))).toBeUndefined();
  });

  it('shows the known-as name first, then the legal name, then a neutral description', () => {
    const b = familyBuilder();
    b.person('a', { names: { given: 'Amelia', family: 'Smith', knownAs: 'Amy', other: [] } });
    b.person('b', { names: { given: 'Amelia', family: ' Smith ', other: [] } });
    b.person('c', { names: { other: [] } });
    b.person('d', {
      kind: 'placeholder',
      names: { other: [] },
      placeholder: { reasonUnknown: 'not_disclosed' },
    });
    b.person('e', { kind: 'pregnancy', names: { other: [] } });
    b.person('f', { kind: 'pregnancy_loss', names: { other: [] }, loss: { outcome: 'miscarriage' } });
    b.person('g', { kind: 'pet', names: { other: [] }, petSpecies: 'dog' });
    b.person('h', { kind: 'pet', names: { other: [] } });
    const f = b.build();
    const shown = f.people.map(displayName);
    expect(shown).toEqual([
      'Amy',
      'Amelia Smith',
      'Unnamed person',
      'Unknown parent',
      'Pregnancy',
      'Pregnancy loss',
      'Pet (dog)',
      'Pet',
    ]);
    expect(legalName(f.people[0]!)).toBe('Amelia Smith');
    expect(legalName(f.people[2]!)).toBeUndefined();
  });
});

describe('parentsOf / childrenOf', () => {
  it('lists every kind of parent by default, and narrows by kind and date', () => {
    const family = blended();
    expect(names(parentsOf(family, pid('leo')).map((p) => p.person))).toEqual(['Amy', 'Jo', 'Nat']);
    expect(parentsOf(family, pid('leo'), { kinds: ['foster'] }).map((p) => p.link.kind)).toEqual(['foster']);
    expect(names(parentsOf(family, pid('leo'), { asAt: '2025-01-01' }).map((p) => p.person))).toEqual([
      'Amy',
      'Jo',
    ]);
    expect(names(birthParentsOf(family, pid('leo')).map((p) => p.person))).toEqual(['Amy', 'Jo']);
  });

  it('lists children oldest first', () => {
    const family = blended();
    expect(names(childrenOf(family, pid('amy')).map((c) => c.person))).toEqual([
      'Mia',
      'Leo',
      'Ella',
      'Isla',
    ]);
    expect(names(birthChildrenOf(family, pid('jo')).map((c) => c.person))).toEqual([
      'Kai',
      'Leo',
      'Ella',
      'Isla',
    ]);
    expect(childrenOf(family, pid('nobody'))).toEqual([]);
  });

  it('lists partners with their partnerships', () => {
    const family = blended();
    const partners = partnersOf(family, pid('amy'));
    expect(names(partners.map((p) => p.person))).toEqual(['Jo', 'Sam']);
    expect(partners.map((p) => p.partnership.kind)).toEqual(['marriage', 'cohabiting']);
  });
});

describe('siblingsOf', () => {
  it('sorts siblings into full, half and step', () => {
    const family = blended();
    const leo = siblingsOf(family, pid('leo'));
    expect(names(leo.full)).toEqual(['Ella', 'Isla']);
    expect(names(leo.half)).toEqual(['Kai', 'Mia']);
    // Zoe is the child of Kim, who was married to Leo's father: no shared parent.
    expect(names(leo.step)).toEqual(['Zoe']);
    expect(names(siblingsOf(family, pid('kai')).half)).toEqual(['Zoe', 'Leo', 'Ella', 'Isla']);
  });

  it('does not make foster carers into parents of siblings', () => {
    const b = familyBuilder();
    b.person('carer');
    b.person('a');
    b.person('c');
    b.child(['carer'], 'a', 'foster');
    b.child(['carer'], 'c', 'foster');
    expect(siblingsOf(b.build(), pid('a'))).toEqual({ full: [], half: [], step: [] });
  });

  it('counts children adopted by the same couple as full siblings', () => {
    const b = familyBuilder();
    b.person('p1');
    b.person('p2');
    b.person('a');
    b.person('c');
    b.child(['p1', 'p2'], 'a', 'adoptive');
    b.child(['p1', 'p2'], 'c');
    expect(names(siblingsOf(b.build(), pid('a')).full)).toEqual(['C']);
  });
});

describe('multipleBirthOf', () => {
  it('gives the group and the other members', () => {
    const family = blended();
    const twins = multipleBirthOf(family, pid('ella'));
    expect(twins?.group.zygosity).toBe('mz');
    expect(names(twins?.others ?? [])).toEqual(['Isla']);
    expect(multipleBirthOf(family, pid('leo'))).toBeUndefined();
  });
});

describe('indexFamily', () => {
  it('builds the index once per family object and again for an edited copy', () => {
    const family = blended();
    const index = indexFamily(family);
    expect(indexFamily(family)).toBe(index);
    const edited = { ...family, people: family.people.slice(1) };
    expect(indexFamily(edited)).not.toBe(index);
    expect(indexFamily(edited).personById.has(pid('amy'))).toBe(false);
    expect(index.personById.has(pid('amy'))).toBe(true);
  });

  it('skips links to people who are missing instead of crashing', () => {
    const b = familyBuilder();
    b.person('a');
    b.child(['ghost'], 'a');
    expect(parentsOf(b.build(), pid('a'))).toEqual([]);
  });
});
