import { describe, expect, it } from 'vitest';
import { addPartnership, addRelative, createId, type Family, type PersonId } from '@kinmap/model';
import {
  deepFreeze,
  expectSoundResult,
  family,
  jonesFamily,
  ln,
  modelErrorFrom,
  p,
  pt,
} from './familyBuilders.ts';

const parentsOf = (f: Family, child: PersonId) =>
  f.parentChildLinks
    .filter((l) => l.child === child)
    .map((l) => ({ parent: l.parent, partnership: l.partnership }));

describe('addRelative: parent', () => {
  it('adds a parent with a birth link; the first parent gets no partnership', () => {
    const before = deepFreeze(family({ people: [{ id: p('leo') }] }));
    const result = addRelative(before, { of: p('leo'), relation: 'parent', person: { id: p('amy') } });
    expect(result.id).toBe('person:amy');
    expect(parentsOf(result.family, p('leo'))).toEqual([{ parent: p('amy'), partnership: undefined }]);
    expect(result.family.partnerships).toEqual([]);
    expect(result.change.label).toBe('Add parent');
    expectSoundResult(before, result);
  });

  it('joins a second parent to the first in a partnership of kind unknown, named by both links', () => {
    const before = deepFreeze(
      family({
        people: [{ id: p('leo') }, { id: p('amy') }],
        parentChildLinks: [{ id: ln('a'), parent: p('amy'), child: p('leo') }],
      }),
    );
    const result = addRelative(before, {
      of: p('leo'),
      relation: 'parent',
      person: { id: p('ben') },
      ids: { partnership: pt('amy-ben'), links: [ln('b')] },
    });
    expect(result.family.partnerships).toEqual([
      expect.objectContaining({ id: pt('amy-ben'), partners: [p('amy'), p('ben')], kind: 'unknown' }),
    ]);
    expect(parentsOf(result.family, p('leo'))).toEqual([
      { parent: p('amy'), partnership: pt('amy-ben') },
      { parent: p('ben'), partnership: pt('amy-ben') },
    ]);
    expectSoundResult(before, result);
  });

  it('refuses a third birth parent, and accepts a foster parent alongside two birth parents', () => {
    const before = jonesFamily();
    const error = modelErrorFrom(() => addRelative(before, { of: p('leo'), relation: 'parent' }));
    expect(error.issues[0]).toMatchObject({
      path: 'of',
      message: expect.stringContaining('two birth parents'),
    });
    const foster = addRelative(before, { of: p('leo'), relation: 'parent', link: { kind: 'foster' } });
    expect(foster.family.parentChildLinks.filter((l) => l.child === p('leo')).map((l) => l.kind)).toEqual([
      'birth',
      'birth',
      'foster',
    ]);
    expect(foster.family.partnerships).toHaveLength(1);
    expectSoundResult(before, foster);
  });
});

describe('addRelative: partner', () => {
  it('adds a partner in a partnership with the given fields', () => {
    const before = jonesFamily();
    const result = addRelative(before, {
      of: p('ben'),
      relation: 'partner',
      partnershipFields: { kind: 'marriage', events: [{ type: 'married', date: '2022' }] },
    });
    const partnership = result.family.partnerships.at(-1);
    expect(partnership).toMatchObject({ partners: [p('ben'), result.id], kind: 'marriage' });
    expect(partnership?.events).toEqual([{ type: 'married', date: '2022', estimated: false }]);
    expectSoundResult(before, result);
  });
});

describe('addRelative: child', () => {
  it("goes under the person's only partnership, linked to both partners", () => {
    const before = jonesFamily();
    const result = addRelative(before, {
      of: p('amy'),
      relation: 'child',
      person: { names: { given: 'Mia' } },
    });
    expect(parentsOf(result.family, result.id)).toEqual([
      { parent: p('amy'), partnership: pt('amy-ben') },
      { parent: p('ben'), partnership: pt('amy-ben') },
    ]);
    expect(result.change.label).toBe('Add child');
    expectSoundResult(before, result);
  });

  it('goes under a chosen partnership, or the most recent one when several exist', () => {
    const base = addRelative(jonesFamily(), {
      of: p('ben'),
      relation: 'partner',
      person: { id: p('cat') },
    }).family;
    const latest = addRelative(base, { of: p('ben'), relation: 'child' });
    expect(parentsOf(latest.family, latest.id).map((x) => x.parent)).toEqual([p('ben'), p('cat')]);
    const chosen = addRelative(base, { of: p('ben'), relation: 'child', partnership: pt('amy-ben') });
    expect(parentsOf(chosen.family, chosen.id).map((x) => x.parent)).toEqual([p('amy'), p('ben')]);
  });

  it('picks by start date when every partnership is dated', () => {
    let f = family({ people: [{ id: p('ben') }, { id: p('amy') }, { id: p('cat') }] });
    f = addPartnership(f, {
      id: pt('late'),
      partners: [p('ben'), p('cat')],
      events: [{ type: 'started', date: '2018' }],
    }).family;
    f = addPartnership(f, {
      id: pt('early'),
      partners: [p('ben'), p('amy')],
      events: [{ type: 'started', date: '2005' }],
    }).family;
    const result = addRelative(f, { of: p('ben'), relation: 'child' });
    expect(parentsOf(result.family, result.id).map((x) => x.partnership)).toEqual([pt('late'), pt('late')]);
  });

  it('is a single-parent child when asked, or when the person has no partnership', () => {
    const single = addRelative(jonesFamily(), { of: p('amy'), relation: 'child', singleParent: true });
    expect(parentsOf(single.family, single.id)).toEqual([{ parent: p('amy'), partnership: undefined }]);
    const gran = addRelative(jonesFamily(), { of: p('gran'), relation: 'child' });
    expect(parentsOf(gran.family, gran.id)).toEqual([{ parent: p('gran'), partnership: undefined }]);
  });

  it('refuses a partnership the person is not in', () => {
    const error = modelErrorFrom(() =>
      addRelative(jonesFamily(), { of: p('gran'), relation: 'child', partnership: pt('amy-ben') }),
    );
    expect(error.issues[0]).toEqual({
      path: 'partnership',
      message: '"partnership:amy-ben" is not a partnership of "person:gran"',
    });
  });
});

describe('addRelative: sibling and half-sibling', () => {
  it('gives a sibling the same parents and partnership', () => {
    const before = jonesFamily();
    const result = addRelative(before, { of: p('leo'), relation: 'sibling' });
    expect(parentsOf(result.family, result.id)).toEqual(parentsOf(before, p('leo')));
    expectSoundResult(before, result);
  });

  it('refuses a sibling for someone with no parents on the map', () => {
    const error = modelErrorFrom(() => addRelative(jonesFamily(), { of: p('gran'), relation: 'sibling' }));
    expect(error.message).toContain('has no parents on the map yet');
  });

  it('adds a half-sibling through another partnership of one parent', () => {
    const withCat = addRelative(jonesFamily(), {
      of: p('ben'),
      relation: 'partner',
      person: { id: p('cat') },
      ids: { partnership: pt('ben-cat') },
    }).family;
    const result = addRelative(withCat, {
      of: p('leo'),
      relation: 'half_sibling',
      partnership: pt('ben-cat'),
    });
    expect(parentsOf(result.family, result.id)).toEqual([
      { parent: p('ben'), partnership: pt('ben-cat') },
      { parent: p('cat'), partnership: pt('ben-cat') },
    ]);
    expect(result.change.label).toBe('Add half-sibling');
    expectSoundResult(withCat, result);
  });

  it("refuses the person's own parents' partnership, an unrelated one, or none", () => {
    const f = jonesFamily();
    expect(
      modelErrorFrom(() =>
        addRelative(f, { of: p('leo'), relation: 'half_sibling', partnership: pt('amy-ben') }),
      ).message,
    ).toContain('add a sibling instead');
    expect(
      modelErrorFrom(() => addRelative(f, { of: p('leo'), relation: 'half_sibling' })).issues[0]?.path,
    ).toBe('partnership');
  });

  it('adds a half-sibling via one shared parent alone', () => {
    const before = jonesFamily();
    const result = addRelative(before, { of: p('leo'), relation: 'half_sibling', via: p('amy') });
    expect(parentsOf(result.family, result.id)).toEqual([{ parent: p('amy'), partnership: undefined }]);
    expect(
      modelErrorFrom(() => addRelative(before, { of: p('leo'), relation: 'half_sibling', via: p('gran') }))
        .issues[0],
    ).toEqual({
      path: 'via',
      message: '"person:gran" is not a parent of "person:leo"',
    });
  });
});

describe('addRelative: twin', () => {
  it('gives a twin the same parents and birth date, in a new multiple birth', () => {
    const before = jonesFamily();
    const result = addRelative(before, {
      of: p('leo'),
      relation: 'twin',
      zygosity: 'dz',
      ids: { multipleBirth: createId('multipleBirth', 'twins') },
    });
    const twin = result.family.people.find((x) => x.id === result.id);
    expect(twin?.birth).toEqual({ date: '2015-06-01', estimated: false });
    expect(parentsOf(result.family, result.id)).toEqual(parentsOf(before, p('leo')));
    expect(result.family.multipleBirths).toEqual([
      { id: 'multiple:twins', members: [p('leo'), result.id], zygosity: 'dz' },
    ]);
    expectSoundResult(before, result);
  });

  it('extends an existing group into triplets', () => {
    const twins = addRelative(jonesFamily(), { of: p('leo'), relation: 'twin' });
    const triplets = addRelative(twins.family, { of: twins.id, relation: 'twin' });
    expect(triplets.family.multipleBirths).toHaveLength(1);
    expect(triplets.family.multipleBirths[0]?.members).toEqual([p('leo'), twins.id, triplets.id]);
    expectSoundResult(twins.family, triplets);
  });

  it('refuses a different birth date for a twin', () => {
    const error = modelErrorFrom(() =>
      addRelative(jonesFamily(), { of: p('leo'), relation: 'twin', person: { birth: { date: '2016' } } }),
    );
    expect(error.issues[0]?.path).toBe('person.birth');
  });
});

describe('addRelative: bad input', () => {
  it('names the field: unknown person, wrong id kind, unknown relation, bad person fields', () => {
    const f = jonesFamily();
    expect(modelErrorFrom(() => addRelative(f, { of: p('nobody'), relation: 'child' })).issues).toEqual([
      { path: 'of', message: 'there is no person "person:nobody" in this family' },
    ]);
    expect(
      modelErrorFrom(() => addRelative(f, { of: 'agency:school' as PersonId, relation: 'child' })).issues[0]
        ?.path,
    ).toBe('of');
    expect(
      modelErrorFrom(() => addRelative(f, { of: p('amy'), relation: 'cousin' as 'child' })).issues[0]?.path,
    ).toBe('relation');
    expect(
      modelErrorFrom(() =>
        addRelative(f, { of: p('amy'), relation: 'child', person: { birth: { date: 'soon' } } }),
      ).issues[0]?.path,
    ).toBe('person.birth.date');
  });
});
