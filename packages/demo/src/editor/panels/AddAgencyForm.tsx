import {
  addAgency,
  addInvolvement,
  createId,
  enums,
  type AgencyCategory,
  type AgencyRole,
  type Family,
  type InvolvementTarget,
} from '@kinmap/model';
import { useEffect, useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { FieldMessages } from '../fields/FieldMessages.tsx';
import { LocalSelect } from '../fields/LocalSelect.tsx';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';
import { clearAgencyRequest, peekAgencyRequest } from './agencyRequest.ts';
import { targetOptions } from './involvementTargets.ts';

/** The `data-path` of the add-agency form's first control: where a "missing agency" finding lands. */
export const ADD_AGENCY_PATH = 'agencies';

/**
 * "Add an agency": its kind, name, whom it works with and a role. A "missing agency" finding opens
 * this form with the missing kind (and person) already chosen.
 */
export function AddAgencyForm() {
  const api = useEditorApi();
  const id = useId();
  const { family } = api;
  const options = targetOptions(family, personName);
  // A "missing agency" finding opens this form with the missing kind chosen.
  const [request] = useState(peekAgencyRequest);
  useEffect(() => clearAgencyRequest, []);
  const [category, setCategory] = useState<AgencyCategory>(request?.category ?? 'gp');
  const [name, setName] = useState('');
  const [target, setTarget] = useState(
    options.some((option) => option.key === request?.personId) ? (request?.personId ?? 'family') : 'family',
  );
  const [role, setRole] = useState<AgencyRole | ''>('');
  const [error, setError] = useState<string | undefined>();
  const findings = api.findingsByPath.get(ADD_AGENCY_PATH);

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
      `Add ${text}`,
      { showsRefusal: true },
    );
    if (outcome.ok) {
      setName('');
      setRole('');
      setError(undefined);
    } else setError(outcome.message);
  }

  return (
    <fieldset className="add-agency">
      <legend>Add an agency</legend>
      <div className="field">
        <label htmlFor={`${id}-category`}>Kind of agency</label>
        <select
          id={`${id}-category`}
          value={category}
          data-path={ADD_AGENCY_PATH}
          aria-describedby={findings && findings.length > 0 ? `${id}-check` : undefined}
          onChange={(event) => setCategory(event.target.value as AgencyCategory)}
        >
          {enums.AgencyCategory.map((option) => (
            <option key={option} value={option}>
              {labelOf.agencyCategory(option)}
            </option>
          ))}
        </select>
        <FieldMessages id={id} findings={findings} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          aria-describedby={`${id}-name-hint`}
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
        <p className="field__hint">More people can be added once the agency is on the map.</p>
      </div>
      <LocalSelect
        id={`${id}-role`}
        label="Role"
        value={role}
        options={['', ...enums.AgencyRole] as (AgencyRole | '')[]}
        optionLabel={(value) => (value === '' ? 'Not recorded' : labelOf.agencyRole(value))}
        onChange={setRole}
      />
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
