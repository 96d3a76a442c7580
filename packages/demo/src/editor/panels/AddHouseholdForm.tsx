import { addHousehold, type Family } from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';

/** "Add a household": its name; the selected person is added as a resident. */
export function AddHouseholdForm() {
  const api = useEditorApi();
  const { family } = api;
  const [label, setLabel] = useState('');
  const id = useId();

  function add() {
    const text = label.trim() || `Household ${family.households.length + 1}`;
    const selected = family.people.find((p) => p.id === api.selectedPersonId);
    api.edit((f: Family) =>
      addHousehold(f, {
        label: text,
        members: selected ? [{ person: selected.id, membership: 'resident' }] : [],
      }),
    );
    setLabel('');
  }

  return (
    <fieldset>
      <legend>Add a household</legend>
      <div className="field">
        <label htmlFor={`${id}-label`}>Name of the household</label>
        <input
          id={`${id}-label`}
          data-path="households"
          value={label}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setLabel(event.target.value)}
        />
        <p id={`${id}-hint`} className="field__hint">
          For example “Mum’s flat”. The selected person is added as a resident.
        </p>
      </div>
      <button type="button" className="button" onClick={add}>
        Add household
      </button>
    </fieldset>
  );
}
