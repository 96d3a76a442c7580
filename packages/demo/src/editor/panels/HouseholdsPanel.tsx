import {
  addHousehold,
  enums,
  householdMembersAt,
  moveIntoHousehold,
  moveOutOfHousehold,
  todayIsoDate,
  updateHousehold,
  type Family,
  type Household,
  type HouseholdId,
  type Membership,
  type PersonId,
} from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { TextField } from '../fields/TextField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { LocalDateField } from '../fields/LocalDateField.tsx';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';
import { LocalSelect } from '../fields/LocalSelect.tsx';
import { PersonSelect } from '../fields/PersonSelect.tsx';

/** Who lives in each household, as at a date, and whether all residents were confirmed. */
export function HouseholdsPanel() {
  const api = useEditorApi();
  const { family } = api;
  const [asAt, setAsAt] = useState<string | null>(null);
  const date = asAt ?? family.asAt ?? todayIsoDate();
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
    <section className="tab-panel" aria-labelledby="households-heading">
      <h2 id="households-heading">Households</h2>
      <LocalDateField legend="Show who lives where as at (leave empty for today)" onDate={setAsAt} />
      <p className="muted">Showing members as at {date}.</p>
      {family.households.map((household, index) => (
        <HouseholdCard key={household.id} household={household} index={index} asAt={date} />
      ))}
      <fieldset>
        <legend>Add a household</legend>
        <div className="field">
          <label htmlFor={`${id}-label`}>Name of the household</label>
          <input
            id={`${id}-label`}
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
    </section>
  );
}

function HouseholdCard({ household, index, asAt }: { household: Household; index: number; asAt: string }) {
  const api = useEditorApi();
  const id = useId();
  const members = householdMembersAt(api.family, household.id as HouseholdId, asAt);
  const memberIds = new Set(members.map((m) => m.person.id));
  const others = api.family.people.filter((p) => !memberIds.has(p.id));
  const [adding, setAdding] = useState('');
  const [membership, setMembership] = useState<Membership>('resident');
  const [error, setError] = useState<string | undefined>();
  const at = `households[${index}]`;

  return (
    <div className="item-card">
      <TextField
        label="Name of the household"
        path={`${at}.label`}
        value={household.label}
        toOperation={(text) => (f: Family) =>
          updateHousehold(f, { id: household.id, patch: { label: text ?? '' } })
        }
      />
      <h3 id={`${id}-members`}>Members</h3>
      {members.length === 0 ? (
        <p className="muted">Nobody recorded on this date.</p>
      ) : (
        <ul className="list-plain member-list" aria-labelledby={`${id}-members`}>
          {members.map(({ person, member }) => (
            <li key={person.id}>
              {personName(person)} ({labelOf.membership(member.membership)}){' '}
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() =>
                  api.edit((f: Family) =>
                    moveOutOfHousehold(f, { person: person.id, household: household.id }),
                  )
                }
              >
                Remove
                <span className="visually-hidden">
                  {' '}
                  {personName(person)} from {household.label}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
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
          <button
            type="button"
            className="button"
            disabled={adding === ''}
            onClick={() => {
              const outcome = api.edit(
                (f: Family) =>
                  moveIntoHousehold(f, { person: adding as PersonId, household: household.id, membership }),
                { showsRefusal: true },
              );
              setError(outcome.ok ? undefined : outcome.message);
              if (outcome.ok) setAdding('');
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
      <SelectField
        label="Have all the residents been confirmed?"
        allowEmpty
        path={`${at}.membersConfirmed.confirmed`}
        value={household.membersConfirmed?.confirmed}
        options={enums.MembersConfirmed}
        optionLabel={labelOf.membersConfirmed}
        toOperation={(confirmed) => (f: Family) =>
          updateHousehold(f, {
            id: household.id,
            patch: { membersConfirmed: confirmed === null ? null : { confirmed, date: todayIsoDate() } },
          })
        }
      />
      {household.membersConfirmed && (
        <SelectField
          label="How they were confirmed"
          allowEmpty
          path={`${at}.membersConfirmed.method`}
          value={household.membersConfirmed.method}
          options={enums.ConfirmationMethod}
          optionLabel={labelOf.confirmationMethod}
          toOperation={(method) => (f: Family) =>
            updateHousehold(f, { id: household.id, patch: { membersConfirmed: { method } } })
          }
        />
      )}
    </div>
  );
}
