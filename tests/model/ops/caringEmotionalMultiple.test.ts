import { describe, expect, it } from 'vitest';
import {
  addCaringRole,
  addEmotionalRelationship,
  addMultipleBirth,
  addPerson,
  createId,
  removeCaringRole,
  removeEmotionalRelationship,
  removeMultipleBirth,
  updateCaringRole,
  updateEmotionalRelationship,
  updateMultipleBirth,
} from '@kinmap/model';
import { expectSoundResult, jonesFamily, modelErrorFrom, p } from './familyBuilders.ts';

const caring = createId('caringRole', 'leo-amy');
const close = createId('emotional', 'leo-gran');

describe('caring roles', () => {
  it('adds, updates and removes a caring role', () => {
    const before = jonesFamily();
    const added = addCaringRole(before, {
      carer: p('amy'),
      caredFor: p('gran'),
      role: 'adult_carer',
      careKinds: ['personal_care'],
      hoursPerWeek: { min: 20 },
    });
    expect(added.family.caringRoles.at(-1)).toMatchObject({
      carer: p('amy'),
      caredFor: p('gran'),
      assessment: 'unknown',
    });
    expectSoundResult(before, added);
    const updated = updateCaringRole(before, { id: caring, patch: { assessment: 'offered' } });
    expect(updated.family.caringRoles[0]?.assessment).toBe('offered');
    expectSoundResult(before, updated);
    const removed = removeCaringRole(before, { id: caring });
    expect(removed.family.caringRoles).toEqual([]);
    expectSoundResult(before, removed);
  });

  it('refuses caring for oneself, more than 168 hours a week, and an unknown carer', () => {
    const f = jonesFamily();
    expect(
      modelErrorFrom(() => addCaringRole(f, { carer: p('amy'), caredFor: p('amy'), role: 'adult_carer' }))
        .issues[0]?.path,
    ).toBe('caredFor');
    expect(
      modelErrorFrom(() =>
        addCaringRole(f, {
          carer: p('amy'),
          caredFor: p('gran'),
          role: 'adult_carer',
          hoursPerWeek: { min: 200 },
        }),
      ).issues[0]?.path,
    ).toBe('hoursPerWeek.min');
    expect(
      modelErrorFrom(() => updateCaringRole(f, { id: caring, patch: { carer: p('ghost') } })).issues[0]?.path,
    ).toBe('patch.carer');
  });
});

describe('emotional relationships', () => {
  it('adds an alleged abuse line with its basis and reporter, then updates and removes it', () => {
    const before = jonesFamily();
    const added = addEmotionalRelationship(before, {
      from: p('ben'),
      to: p('amy'),
      type: 'physical_abuse',
      direction: 'from_to',
      basis: 'alleged',
      reportedBy: { agency: createId('agency', 'school') },
    });
    expect(added.family.emotionalRelationships.at(-1)).toMatchObject({
      type: 'physical_abuse',
      basis: 'alleged',
    });
    expectSoundResult(before, added);
    const updated = updateEmotionalRelationship(added.family, {
      id: added.id,
      patch: { basis: 'substantiated' },
    });
    expect(updated.family.emotionalRelationships.at(-1)?.basis).toBe('substantiated');
    expectSoundResult(added.family, updated);
    const removed = removeEmotionalRelationship(before, { id: close });
    expect(removed.family.emotionalRelationships).toEqual([]);
    expectSoundResult(before, removed);
  });

  it('refuses a line from a person to themselves and a reporter agency not in the family', () => {
    const f = jonesFamily();
    expect(
      modelErrorFrom(() => addEmotionalRelationship(f, { from: p('amy'), to: p('amy'), type: 'close' }))
        .issues[0]?.path,
    ).toBe('to');
    const dangling = modelErrorFrom(() =>
      addEmotionalRelationship(f, {
        from: p('amy'),
        to: p('ben'),
        type: 'conflict',
        reportedBy: { agency: createId('agency', 'police') },
      }),
    );
    expect(dangling.issues[0]).toMatchObject({
      path: 'reportedBy.agency',
      message: expect.stringContaining('"agency:police"'),
    });
  });
});

describe('multiple births', () => {
  it('groups two people, updates zygosity and dissolves the group', () => {
    const withMia = addPerson(jonesFamily(), { id: p('mia') }).family;
    const added = addMultipleBirth(withMia, { members: [p('leo'), p('mia')], zygosity: 'dz' });
    expect(added.family.multipleBirths).toEqual([
      { id: added.id, members: [p('leo'), p('mia')], zygosity: 'dz' },
    ]);
    expectSoundResult(withMia, added);
    const mz = updateMultipleBirth(added.family, { id: added.id, patch: { zygosity: 'mz' } });
    expect(mz.family.multipleBirths[0]?.zygosity).toBe('mz');
    const removed = removeMultipleBirth(mz.family, { id: added.id });
    expect(removed.family.multipleBirths).toEqual([]);
    expectSoundResult(mz.family, removed);
  });

  it('refuses fewer than two, a repeated person, or someone already in another group', () => {
    const withMia = addPerson(jonesFamily(), { id: p('mia') }).family;
    expect(modelErrorFrom(() => addMultipleBirth(withMia, { members: [p('leo')] })).issues[0]?.path).toBe(
      'members',
    );
    expect(
      modelErrorFrom(() => addMultipleBirth(withMia, { members: [p('leo'), p('leo')] })).message,
    ).toContain('listed twice');
    const grouped = addMultipleBirth(withMia, { members: [p('leo'), p('mia')] }).family;
    expect(
      modelErrorFrom(() => addMultipleBirth(grouped, { members: [p('leo'), p('amy')] })).message,
    ).toContain('already in the multiple birth');
  });
});
