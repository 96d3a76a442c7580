import { describe, expect, it } from 'vitest';
import {
  addPartnership,
  addPartnershipEvent,
  linkParentChild,
  removePartnership,
  unlinkParentChild,
  updateLink,
  updatePartnership,
} from '@kinmap/model';
import { expectSoundResult, jonesFamily, ln, modelErrorFrom, p, pt } from './familyBuilders.ts';

describe('partnerships', () => {
  it('adds a partnership between two people', () => {
    const before = jonesFamily();
    const result = addPartnership(before, {
      id: pt('gran-ben'),
      partners: [p('gran'), p('ben')],
      kind: 'affair',
    });
    expect(result.id).toBe('partnership:gran-ben');
    expect(result.family.partnerships.at(-1)).toMatchObject({
      partners: [p('gran'), p('ben')],
      kind: 'affair',
      events: [],
    });
    expectSoundResult(before, result);
  });

  it('refuses an unknown partner or a person partnered with themselves', () => {
    const f = jonesFamily();
    expect(
      modelErrorFrom(() => addPartnership(f, { partners: [p('amy'), p('ghost')] })).issues[0]?.path,
    ).toBe('partners[1]');
    expect(
      modelErrorFrom(() => addPartnership(f, { partners: [p('amy'), p('amy')] })).issues[0]?.message,
    ).toContain('own partner');
  });

  it('updates the kind and keeps events in date order', () => {
    const before = jonesFamily();
    const updated = updatePartnership(before, { id: pt('amy-ben'), patch: { kind: 'marriage' } });
    expect(updated.family.partnerships[0]?.kind).toBe('marriage');
    expectSoundResult(before, updated);
    const separated = addPartnershipEvent(updated.family, {
      partnership: pt('amy-ben'),
      event: { type: 'separated', date: '2021' },
    });
    const married = addPartnershipEvent(separated.family, {
      partnership: pt('amy-ben'),
      event: { type: 'married', date: '2014-05' },
    });
    expect(married.family.partnerships[0]?.events.map((e) => e.type)).toEqual(['married', 'separated']);
    expectSoundResult(separated.family, married);
    expect(
      modelErrorFrom(() =>
        addPartnershipEvent(before, { partnership: pt('amy-ben'), event: { type: 'eloped' as 'married' } }),
      ).issues[0]?.path,
    ).toBe('event.type');
  });

  it('removes a partnership, keeping the children linked to both parents', () => {
    const before = jonesFamily();
    const result = removePartnership(before, { id: pt('amy-ben') });
    expect(result.family.partnerships).toEqual([]);
    const leoLinks = result.family.parentChildLinks.filter((l) => l.child === p('leo'));
    expect(leoLinks.map((l) => [l.parent, l.partnership])).toEqual([
      [p('amy'), undefined],
      [p('ben'), undefined],
    ]);
    expectSoundResult(before, result);
  });
});

describe('parent–child links', () => {
  it('links a special guardian with parental responsibility', () => {
    const before = jonesFamily();
    const result = linkParentChild(before, {
      id: ln('gran-leo'),
      parent: p('gran'),
      child: p('leo'),
      kind: 'special_guardian',
      parentalResponsibility: 'yes',
    });
    expect(result.family.parentChildLinks.at(-1)).toMatchObject({
      parent: p('gran'),
      child: p('leo'),
      kind: 'special_guardian',
    });
    expectSoundResult(before, result);
  });

  it('refuses a duplicate link, a cycle, a self-link and a partnership without the parent', () => {
    const f = jonesFamily();
    expect(modelErrorFrom(() => linkParentChild(f, { parent: p('amy'), child: p('leo') })).message).toContain(
      'already a birth parent',
    );
    expect(
      modelErrorFrom(() => linkParentChild(f, { parent: p('leo'), child: p('gran') })).message,
    ).toContain('ancestor');
    expect(modelErrorFrom(() => linkParentChild(f, { parent: p('amy'), child: p('amy') })).message).toContain(
      'own parent',
    );
    expect(
      modelErrorFrom(() =>
        linkParentChild(f, {
          parent: p('gran'),
          child: p('leo'),
          kind: 'foster',
          partnership: pt('amy-ben'),
        }),
      ).issues[0],
    ).toEqual({
      path: 'partnership',
      message: '"partnership:amy-ben" is not a partnership of the parent "person:gran"',
    });
  });

  it('updates a link and re-checks it', () => {
    const before = jonesFamily();
    const result = updateLink(before, {
      id: ln('ben-leo'),
      patch: { parentalResponsibility: 'yes', confidence: 'disputed' },
    });
    expect(result.family.parentChildLinks.find((l) => l.id === ln('ben-leo'))).toMatchObject({
      parentalResponsibility: 'yes',
      confidence: 'disputed',
    });
    expectSoundResult(before, result);
    expect(
      modelErrorFrom(() => updateLink(before, { id: ln('ben-leo'), patch: { parent: p('leo') } })).message,
    ).toContain('own parent');
  });

  it('unlinks by id or by parent and child', () => {
    const before = jonesFamily();
    const byId = unlinkParentChild(before, { id: ln('gran-amy') });
    expect(byId.family.parentChildLinks.map((l) => l.id)).toEqual([ln('amy-leo'), ln('ben-leo')]);
    expectSoundResult(before, byId);
    const byPair = unlinkParentChild(before, { parent: p('ben'), child: p('leo') });
    expect(byPair.family.parentChildLinks.map((l) => l.id)).toEqual([ln('gran-amy'), ln('amy-leo')]);
    expect(byPair.family.people).toBe(before.people);
    expect(
      modelErrorFrom(() => unlinkParentChild(before, { parent: p('gran'), child: p('leo') })).message,
    ).toContain('not linked');
  });
});
