import { describe, expect, it } from 'vitest';
import {
  addAgency,
  addInvolvement,
  addPerson,
  applyChange,
  createId,
  recordShare,
  redactFamily,
  updateInvolvement,
  updatePerson,
  type Family,
} from '@kinmap/model';
import { describeChange } from '@kinmap/demo/describe-change';
import { blankFamily } from '@kinmap/demo/maps';

// What undo and redo announce: who and what changed, worked out from the change itself.

function withTomAndSchool(): { family: Family; tom: string; involvement: string } {
  let family = blankFamily('Tom’s family');
  const added = addPerson(family, { names: { given: 'Tom' } });
  family = added.family;
  const agency = createId('agency');
  family = addAgency(family, { id: agency, category: 'school', name: 'Oak Primary School' }).family;
  const involvement = addInvolvement(family, {
    agency,
    with: { kind: 'person', person: added.id },
  });
  return { family: involvement.family, tom: added.id, involvement: involvement.id };
}

describe('describeChange', () => {
  it('names the person and the field: “Tom’s NRPF status”, not “Update person”', () => {
    const { family, tom } = withTomAndSchool();
    const { change } = updatePerson(family, { id: tom as never, patch: { immigration: { nrpf: 'yes' } } });
    expect(change.label).toBe('Update person');
    expect(describeChange(change, family)).toBe('Tom’s NRPF status');
  });

  it('names two fields changed together', () => {
    const { family, tom } = withTomAndSchool();
    const { change } = updatePerson(family, {
      id: tom as never,
      patch: { names: { family: 'Jones' }, birth: { date: '1990' } },
    });
    expect(describeChange(change, family)).toBe('Tom Jones’s family name and date of birth');
  });

  it('names the agency, the field and whom the involvement is with', () => {
    const { family, involvement } = withTomAndSchool();
    const { change } = updateInvolvement(family, {
      id: involvement as never,
      patch: { roles: ['designated_safeguarding_lead'] },
    });
    expect(describeChange(change, family)).toBe('Oak Primary School’s role (with Tom)');
  });

  it('names who was added, also when the change is read back after undo (a removal)', () => {
    const family = blankFamily('Empty');
    const { change, family: next } = addPerson(family, { names: { given: 'Jake' } });
    expect(describeChange(change, family)).toBe('Add person: Jake');
    // After the addition is applied, the family has Jake too: the same words.
    expect(describeChange(change, applyChange(family, change))).toBe('Add person: Jake');
    expect(next.people).toHaveLength(1);
  });

  it('names a recorded share in words, not by its field name', () => {
    const { family } = withTomAndSchool();
    const { change } = recordShare(family, {
      by: 'Sam Patel, social worker',
      recipient: { name: 'Oak Primary School' },
      profile: 'partner_agency',
      lawfulBasis: 'public_task',
      consent: { state: 'given' },
      formats: ['pdf'],
      summary: redactFamily(family, 'partner_agency').summary,
    });
    expect(describeChange(change, family)).toBe('the record of a copy shared');
  });
});
