import { addPerson, addRelative, type Family, type Person, type PersonId } from '@kinmap/model';
import { useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { personName } from '../personName.ts';

type Relation = 'parent' | 'partner' | 'child' | 'sibling' | 'significant_other';

const BUTTONS: { relation: Relation; label: string }[] = [
  { relation: 'parent', label: 'Parent' },
  { relation: 'partner', label: 'Partner' },
  { relation: 'child', label: 'Child' },
  { relation: 'sibling', label: 'Sibling' },
  { relation: 'significant_other', label: 'Significant other' },
];

/** One-step buttons that add a relative of the selected person, select them and open their details. */
export function AddRelatives({ person }: { person: Person }) {
  const api = useEditorApi();
  const [error, setError] = useState<string | undefined>();
  const name = personName(person);

  function add(relation: Relation) {
    let added: PersonId | undefined;
    const outcome = api.edit(
      (family: Family) => {
        const result =
          relation === 'significant_other'
            ? addPerson(family, { significance: 'significant_other' })
            : addRelative(family, { of: person.id, relation, person: {} });
        added = result.change.people?.added?.find(
          (entry) => !family.people.some((p) => p.id === entry.value.id),
        )?.value.id;
        return result;
      },
      { showsRefusal: true },
    );
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    setError(undefined);
    if (added) {
      api.selectPerson(added);
      api.showTab('person');
      const index = api.family.people.length; // the new person is appended
      api.requestFocus(`people[${index}].names.given`);
    }
  }

  return (
    <section className="add-relatives" aria-labelledby="add-relatives-heading">
      <h2 id="add-relatives-heading">Add a relative of {name}</h2>
      <div className="button-row" role="group" aria-labelledby="add-relatives-heading">
        {BUTTONS.map(({ relation, label }) => (
          <button key={relation} type="button" className="button" onClick={() => add(relation)}>
            <span aria-hidden="true">+ </span>
            {label}
            <span className="visually-hidden"> of {name}</span>
          </button>
        ))}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
