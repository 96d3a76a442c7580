import type { Family, PersonId, RedactionProfile } from '@kinmap/model';
import { useId } from 'react';
import { describedBy } from '../fields/FieldMessages.tsx';
import { peopleToChoose } from './shareForm.ts';

/**
 * The people a profile needs: who made a subject access request (required), or who a family copy
 * is for (their own details stay in it). Nothing for the other profiles.
 */
export function ProfilePeople({
  family,
  profile,
  requester,
  onRequester,
  familyMembers,
  onFamilyMembers,
  error,
}: {
  family: Family;
  profile: RedactionProfile;
  requester: PersonId | '';
  onRequester: (id: PersonId | '') => void;
  familyMembers: readonly PersonId[];
  onFamilyMembers: (ids: PersonId[]) => void;
  error: string | undefined;
}) {
  const id = useId();
  const people = peopleToChoose(family);
  if (profile === 'subject_access')
    return (
      <div className="field">
        <label htmlFor={`${id}-requester`}>Who made the request?</label>
        <select
          id={`${id}-requester`}
          value={requester}
          aria-describedby={describedBy(id, { error, hint: true })}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onRequester(event.target.value as PersonId | '')}
        >
          <option value="">Choose a person</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="field__hint">
          Their own information stays in the draft. Everything else about other people is listed for you to
          decide on.
        </p>
        {error && (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        )}
      </div>
    );
  if (profile === 'family_copy')
    return (
      <fieldset className="share-members" aria-describedby={`${id}-hint`}>
        <legend>Whose own details stay in the copy?</legend>
        <p id={`${id}-hint`} className="field__hint">
          Tick the people it is for: their own dates of birth, health and immigration details stay in it.
          Nobody else’s do.
        </p>
        {people.map((person) => (
          <div key={person.id} className="field--inline">
            <input
              type="checkbox"
              id={`${id}-${person.id}`}
              checked={familyMembers.includes(person.id)}
              onChange={(event) =>
                onFamilyMembers(
                  event.target.checked
                    ? [...familyMembers, person.id]
                    : familyMembers.filter((member) => member !== person.id),
                )
              }
            />
            <label htmlFor={`${id}-${person.id}`}>{person.name}</label>
          </div>
        ))}
      </fieldset>
    );
  return null;
}
