import { describe, expect, it } from 'vitest';
import { addRelative, removePerson, updatePerson } from '@kinmap/model';
import { describeChange, describePerson, describeRelationship } from '@kinmap/react';
import { id, smallFamily } from '../interaction/harness.tsx';

describe('describePerson', () => {
  const family = smallFamily(); // as at 2024-06-01

  it('says name, age, children, partner, household and an NRPF status never asked', () => {
    expect(describePerson(family, id('amy'))).toBe(
      'Amy Jones, 34, mother of Leo and Mia, partner of Sam, lives in Household A, NRPF not asked',
    );
  });

  it('describes a child by their parents, with subject and current statuses, and no NRPF for a child', () => {
    expect(describePerson(family, id('leo'))).toBe(
      'Leo Reid, 8, subject of the assessment, son of Amy and Sam, lives in Household A, child protection plan',
    );
  });

  it('leaves NRPF out for an adult recorded as not NRPF', () => {
    expect(describePerson(family, id('sam'))).toBe(
      'Sam Reid, 35, father of Leo and Mia, partner of Amy, lives in Household A',
    );
  });

  it('uses the chart date given', () => {
    expect(describePerson(family, id('amy'), { asAt: '2030-06-01' })).toMatch(/^Amy Jones, 40,/);
  });

  it('takes label overrides', () => {
    const text = describePerson(family, id('amy'), { labels: { nrpf: { not_asked: 'NRPF: ask' } } });
    expect(text).toMatch(/NRPF: ask$/);
  });

  it('keeps markup in names as plain text', () => {
    const hostile = updatePerson(family, {
      id: id('amy'),
      patch: { names: { given: '<img src=x onerror=alert(1)>' } },
    }).family;
    expect(describePerson(hostile, id('amy'))).toMatch(/^<img src=x onerror=alert\(1\)> Jones, 34/);
  });

  it('returns undefined for someone not in the family', () => {
    expect(describePerson(family, id('nobody'))).toBeUndefined();
  });
});

describe('describeRelationship', () => {
  const family = smallFamily();

  it('names a directed abuse line with roles, basis and year', () => {
    expect(describeRelationship(family, 'emotion:sam-leo' as never)).toBe(
      'Sam Reid (father) → Leo Reid (son): physical abuse, substantiated, 2023',
    );
  });

  it('names a partnership and a parent–child link', () => {
    expect(describeRelationship(family, 'partnership:as' as never)).toBe(
      'Amy Jones and Sam Reid: living together',
    );
    expect(describeRelationship(family, 'link:a-mia' as never)).toBe(
      'Amy Jones (mother) → Mia Reid (daughter)',
    );
  });
});

describe('describeChange', () => {
  const family = smallFamily();

  it('announces a new child with their parents', () => {
    const { family: next, change } = addRelative(family, {
      of: id('ben'),
      relation: 'child',
      person: { names: { given: 'Ivy', family: 'Jones' }, genderIdentity: 'woman' },
    });
    expect(describeChange(next, change)).toBe('Added Ivy Jones as daughter of Ben');
  });

  it('announces a new partner, a removal, and an undo by its label', () => {
    const added = addRelative(family, {
      of: id('ben'),
      relation: 'partner',
      person: { names: { given: 'Kit' } },
    });
    expect(describeChange(added.family, added.change)).toBe('Added Kit as partner of Ben');
    const removed = removePerson(family, { id: id('mia') });
    expect(describeChange(removed.family, removed.change)).toMatch(/^Removed Mia Reid/);
    expect(describeChange(family, { ...removed.change, label: 'Remove person' }, { action: 'undo' })).toBe(
      'Undone: Remove person',
    );
  });
});
