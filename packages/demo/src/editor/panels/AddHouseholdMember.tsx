import {
  enums,
  moveIntoHousehold,
  type Family,
  type Household,
  type Membership,
  type Person,
  type PersonId,
} from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { LocalDateField } from '../fields/LocalDateField.tsx';
import { LocalSelect } from '../fields/LocalSelect.tsx';
import { PersonSelect } from '../fields/PersonSelect.tsx';
import { labelOf } from '../optionLabels.ts';

/**
 * Adding someone not yet in the household: who, how they live there, how often (visitors) and when
 * they moved in, then the reason if the model refused.
 */
export function AddHouseholdMember({
  household,
  others,
  at,
}: {
  household: Household;
  others: readonly Person[];
  at: string;
}) {
  const api = useEditorApi();
  const id = useId();
  const [adding, setAdding] = useState('');
  const [membership, setMembership] = useState<Membership>('resident');
  const [from, setFrom] = useState<string | null>(null);
  const [frequency, setFrequency] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <>
      {others.length > 0 && (
        <div className="field-row">
          <PersonSelect
            id={`${id}-person`}
            label={`Add to ${household.label}`}
            value={adding}
            people={others}
            onChange={setAdding}
            dataPath={`${at}.members`}
          />
          <LocalSelect
            id={`${id}-membership`}
            label="Lives there as"
            value={membership}
            options={enums.Membership}
            optionLabel={labelOf.membership}
            onChange={setMembership}
          />
          {membership !== 'resident' && (
            <div className="field">
              <label htmlFor={`${id}-frequency`}>How often they are there</label>
              <input
                id={`${id}-frequency`}
                value={frequency}
                onChange={(event) => setFrequency(event.target.value)}
              />
            </div>
          )}
          <LocalDateField legend="Moved in on (if known)" onDate={setFrom} />
          <button
            type="button"
            className="button"
            disabled={adding === ''}
            onClick={() => {
              const outcome = api.edit(
                (f: Family) =>
                  moveIntoHousehold(f, {
                    person: adding as PersonId,
                    household: household.id,
                    membership,
                    ...(from ? { from } : {}),
                    ...(membership !== 'resident' && frequency.trim() ? { frequency: frequency.trim() } : {}),
                  }),
                { showsRefusal: true },
              );
              setError(outcome.ok ? undefined : outcome.message);
              if (outcome.ok) {
                setAdding('');
                setFrequency('');
              }
            }}
          >
            Add member
          </button>
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
