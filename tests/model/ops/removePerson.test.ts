import { describe, expect, it } from 'vitest';
import { addRelative, applyChange, createId, invertChange, removePerson, updatePerson } from '@kinmap/model';
import { expectSoundResult, jonesFamily, modelErrorFrom, p, pt } from './familyBuilders.ts';

describe('removePerson', () => {
  it('removes everything that depends on the person in one change, and undo restores it exactly', () => {
    const before = jonesFamily();
    const result = removePerson(before, { id: p('leo') });
    const f = result.family;
    expect(f.people.map((x) => x.id)).toEqual([p('gran'), p('amy'), p('ben')]);
    expect(f.parentChildLinks.map((l) => l.child)).toEqual([p('amy')]);
    expect(f.households[0]?.members.map((m) => m.person)).toEqual([p('amy')]);
    expect(f.involvements).toEqual([]);
    expect(f.caringRoles).toEqual([]);
    expect(f.emotionalRelationships).toEqual([]);
    expect(f.subjects).toEqual([]);
    expect(f.partnerships).toHaveLength(1);
    expect(result.change.label).toBe('Remove person');
    expectSoundResult(before, result);
  });

  it("removes the person's partnerships; other links keep their parent but lose the partnership", () => {
    const before = jonesFamily();
    const result = removePerson(before, { id: p('ben') });
    expect(result.family.partnerships).toEqual([]);
    expect(result.family.parentChildLinks.find((l) => l.child === p('leo'))).toEqual(
      expect.not.objectContaining({ partnership: pt('amy-ben') }),
    );
    expect(result.family.parentChildLinks.filter((l) => l.child === p('leo')).map((l) => l.parent)).toEqual([
      p('amy'),
    ]);
    expectSoundResult(before, result);
  });

  it('dissolves a multiple birth left with one member, and keeps one left with two', () => {
    const twins = addRelative(jonesFamily(), { of: p('leo'), relation: 'twin' });
    const dissolved = removePerson(twins.family, { id: twins.id });
    expect(dissolved.family.multipleBirths).toEqual([]);
    expectSoundResult(twins.family, dissolved);
    const triplets = addRelative(twins.family, { of: p('leo'), relation: 'twin' });
    const kept = removePerson(triplets.family, { id: p('leo') });
    expect(kept.family.multipleBirths[0]?.members).toEqual([twins.id, triplets.id]);
    expectSoundResult(triplets.family, kept);
  });

  it('drops optional references to the person, such as a sponsor', () => {
    const before = updatePerson(jonesFamily(), {
      id: p('amy'),
      patch: { immigration: { sponsor: p('ben') } },
    }).family;
    const result = removePerson(before, { id: p('ben') });
    expect(result.family.people.find((x) => x.id === p('amy'))?.immigration).not.toHaveProperty('sponsor');
    expectSoundResult(before, result);
  });

  it('does not mutate its (frozen) input, and the change survives a JSON round trip', () => {
    const before = jonesFamily();
    const result = removePerson(before, { id: p('amy') });
    const change = JSON.parse(JSON.stringify(result.change)) as typeof result.change;
    expect(applyChange(result.family, invertChange(change))).toEqual(before);
  });

  it('refuses an unknown id or an id of another kind', () => {
    expect(modelErrorFrom(() => removePerson(jonesFamily(), { id: p('ghost') })).message).toBe(
      'removePerson: id: there is no person "person:ghost" in this family',
    );
    expect(
      modelErrorFrom(() => removePerson(jonesFamily(), { id: createId('agency', 'school') as never }))
        .message,
    ).toContain('agency id');
  });
});
