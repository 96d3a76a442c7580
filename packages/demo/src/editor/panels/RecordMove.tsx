import {
  moveIntoHousehold,
  moveOutOfHousehold,
  type Family,
  type Household,
  type HouseholdId,
  type Person,
  type PersonId,
} from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { LocalDateField } from '../fields/LocalDateField.tsx';
import { PersonSelect } from '../fields/PersonSelect.tsx';

/** A dated move: someone leaves this household on a date, and joins another household (or none). */
export function RecordMove({ household, members }: { household: Household; members: readonly Person[] }) {
  const api = useEditorApi();
  const id = useId();
  const [who, setWho] = useState('');
  const [to, setTo] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const elsewhere = api.family.households.filter((h) => h.id !== household.id);
  function move() {
    if (!who) return setError('Choose who moved');
    if (!date) return setError('Enter the date they moved (a year is enough)');
    const person = who as PersonId;
    const membership =
      household.members.find((m) => m.person === person && m.to === undefined)?.membership ?? 'resident';
    const steps = [(f: Family) => moveOutOfHousehold(f, { person, household: household.id, to: date })];
    if (to)
      steps.push((f: Family) =>
        moveIntoHousehold(f, { person, household: to as HouseholdId, membership, from: date }),
      );
    const outcome = api.editAll(steps, 'Record a household move', { showsRefusal: true });
    setError(outcome.ok ? undefined : outcome.message);
    if (outcome.ok) setWho('');
  }
  return (
    <fieldset className="record-move">
      <legend>Record a move out of {household.label}</legend>
      <div className="field-row">
        <PersonSelect id={`${id}-who`} label="Who moved" value={who} people={members} onChange={setWho} />
        <div className="field">
          <label htmlFor={`${id}-to`}>Moved to</label>
          <select id={`${id}-to`} value={to} onChange={(event) => setTo(event.target.value)}>
            <option value="">Somewhere not on the map</option>
            {elsewhere.map((h) => (
              <option key={h.id} value={h.id}>
                {h.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <LocalDateField legend="Date of the move" onDate={setDate} />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button" onClick={move}>
        Record the move
      </button>
    </fieldset>
  );
}
