import {
  addAgency,
  addInvolvement,
  createId,
  enums,
  removeAgency,
  updateAgency,
  updateInvolvement,
  type AgencyCategory,
  type AgencyRole,
  type Family,
  type InvolvementTarget,
} from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';
import { targetLabel, targetOptions } from './involvementTargets.ts';
import { LocalSelect } from '../fields/LocalSelect.tsx';

/** The agencies involved: who each works with, their role (lead practitioner), and the ecomap line. */
export function AgenciesPanel() {
  const api = useEditorApi();
  const { family } = api;
  return (
    <section className="tab-panel" aria-labelledby="agencies-heading">
      <h2 id="agencies-heading">Agencies</h2>
      {family.agencies.length === 0 && <p className="muted">No agencies recorded yet.</p>}
      {family.agencies.map((agency, index) => (
        <div key={agency.id} className="item-card">
          <TextField
            label="Name"
            path={`agencies[${index}].name`}
            value={agency.name}
            toOperation={(name) => (f: Family) =>
              updateAgency(f, { id: agency.id, patch: { name: name ?? '' } })
            }
          />
          <SelectField
            label="Kind of agency"
            path={`agencies[${index}].category`}
            value={agency.category}
            options={enums.AgencyCategory}
            optionLabel={labelOf.agencyCategory}
            toOperation={(category) => (f: Family) =>
              updateAgency(f, { id: agency.id, patch: { category: category ?? 'other' } })
            }
          />
          {family.involvements.map((involvement, i) =>
            involvement.agency === agency.id ? (
              <fieldset key={involvement.id}>
                <legend>Works with {targetLabel(family, involvement.with)}</legend>
                <CheckboxField
                  label="Lead practitioner for the family"
                  path={`involvements[${i}].roles`}
                  checked={involvement.roles.includes('lead_practitioner')}
                  toOperation={(checked) => (f: Family) =>
                    updateInvolvement(f, {
                      id: involvement.id,
                      patch: {
                        roles: checked
                          ? [...involvement.roles, 'lead_practitioner']
                          : involvement.roles.filter((role) => role !== 'lead_practitioner'),
                      },
                    })
                  }
                />
                <SelectField
                  label="Involvement"
                  path={`involvements[${i}].status`}
                  value={involvement.status}
                  options={enums.InvolvementStatus}
                  optionLabel={labelOf.involvementStatus}
                  toOperation={(status) => (f: Family) =>
                    updateInvolvement(f, { id: involvement.id, patch: { status: status ?? 'unknown' } })
                  }
                />
                <div className="field-row">
                  <SelectField
                    label="Strength (ecomap line)"
                    allowEmpty
                    path={`involvements[${i}].strength`}
                    value={involvement.strength}
                    options={enums.EcomapStrength}
                    optionLabel={labelOf.ecomapStrength}
                    toOperation={(strength) => (f: Family) =>
                      updateInvolvement(f, { id: involvement.id, patch: { strength } })
                    }
                  />
                  <SelectField
                    label="Flow of support"
                    allowEmpty
                    path={`involvements[${i}].flow`}
                    value={involvement.flow}
                    options={enums.EcomapFlow}
                    optionLabel={labelOf.ecomapFlow}
                    toOperation={(flow) => (f: Family) =>
                      updateInvolvement(f, { id: involvement.id, patch: { flow } })
                    }
                  />
                </div>
              </fieldset>
            ) : null,
          )}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => api.edit((f: Family) => removeAgency(f, { id: agency.id }))}
          >
            Remove {agency.name}
          </button>
        </div>
      ))}
      <AddAgency />
    </section>
  );
}

function AddAgency() {
  const api = useEditorApi();
  const id = useId();
  const { family } = api;
  const options = targetOptions(family, personName);
  const [category, setCategory] = useState<AgencyCategory>('gp');
  const [name, setName] = useState('');
  const [target, setTarget] = useState('family');
  const [role, setRole] = useState<AgencyRole | ''>('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  function add() {
    const text = name.trim() || labelOf.agencyCategory(category);
    const agencyId = createId('agency');
    const chosen =
      options.find((option) => option.key === target)?.target ?? ({ kind: 'family' } as InvolvementTarget);
    const outcome = api.editAll(
      [
        (f: Family) => addAgency(f, { id: agencyId, category, name: text }),
        (f: Family) =>
          addInvolvement(f, { agency: agencyId, with: chosen, status: 'open', roles: role ? [role] : [] }),
      ],
      'Add agency',
      { showsRefusal: true },
    );
    if (outcome.ok) {
      setName('');
      setRole('');
      setNameError(undefined);
      setError(undefined);
    } else setError(outcome.message);
  }

  return (
    <fieldset>
      <legend>Add an agency</legend>
      <LocalSelect
        id={`${id}-category`}
        label="Kind of agency"
        value={category}
        options={enums.AgencyCategory}
        optionLabel={labelOf.agencyCategory}
        onChange={setCategory}
      />
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          aria-describedby={nameError ? `${id}-name-error` : `${id}-name-hint`}
          onChange={(event) => setName(event.target.value)}
        />
        <p id={`${id}-name-hint`} className="field__hint">
          For example “Riverside Surgery”. Contact by role only, never a personal number.
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-with`}>Works with</label>
        <select id={`${id}-with`} value={target} onChange={(event) => setTarget(event.target.value)}>
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(event) => setRole(event.target.value as AgencyRole | '')}
        >
          <option value="">Not recorded</option>
          {enums.AgencyRole.map((value) => (
            <option key={value} value={value}>
              {labelOf.agencyRole(value)}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button--primary" onClick={add}>
        Add agency
      </button>
    </fieldset>
  );
}
