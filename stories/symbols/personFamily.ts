import type { Family, PersonInput } from '@kinmap/model';
import { buildFamily, person } from '../support/build.ts';
import type { StoryPerson } from '../support/build.ts';
import type { PersonState } from './personStates.ts';

/**
 * The tiny family that shows one person state: the person, plus the relative they care for when the
 * state is a carer. The person is `person:alex`.
 */
export function familyForState(state: PersonState, gender: PersonInput['genderIdentity']): Family {
  const alex = person('alex', { genderIdentity: gender, ...state.person });
  const people: StoryPerson[] = [alex];
  const caringRoles = [];
  if (state.carer) {
    const caredFor = person('pat', {
      genderIdentity: 'woman',
      birth: { date: '1950', estimated: false },
      immigration: { status: 'british_citizen', nrpf: 'no' },
    });
    people.push(caredFor);
    caringRoles.push({
      id: 'caring:alex-pat',
      carer: alex.id,
      caredFor: caredFor.id,
      role: state.carer,
      careKinds: ['practical'],
    });
  }
  return buildFamily(
    {
      title: 'Person state',
      people,
      subjects: state.isSubject ? [alex.id] : [],
      caringRoles,
    },
    'state',
  );
}

/** A one-person family from direct overrides (pregnancy, loss, other kinds). */
export function familyOfOne(overrides: Partial<PersonInput>, isSubject = false): Family {
  const alex = person('alex', { immigration: { status: 'british_citizen', nrpf: 'no' }, ...overrides });
  return buildFamily({ title: 'Person state', people: [alex], subjects: isSubject ? [alex.id] : [] }, 'one');
}
