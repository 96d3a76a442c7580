import { enums, updateInvolvement, type AgencyRole, type Family, type Involvement } from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { FieldMessages } from '../fields/FieldMessages.tsx';
import { labelOf } from '../optionLabels.ts';

/** The roles of an involvement other than lead practitioner: each removable, and one more to add. */
export function RolesField({ involvement, path }: { involvement: Involvement; path: string }) {
  const api = useEditorApi();
  const id = useId();
  const others = involvement.roles.filter((role) => role !== 'lead_practitioner');
  const choices = enums.AgencyRole.filter(
    (role) => role !== 'lead_practitioner' && !involvement.roles.includes(role),
  );
  const [role, setRole] = useState<AgencyRole | ''>('');
  const findings = api.findingsByPath.get(path);
  const setRoles = (roles: AgencyRole[]) =>
    api.edit((f: Family) => updateInvolvement(f, { id: involvement.id, patch: { roles } }));
  return (
    <fieldset className="roles-field">
      <legend>Role</legend>
      {others.length === 0 ? (
        <p className="muted">No role recorded.</p>
      ) : (
        <ul className="list-plain">
          {others.map((value) => (
            <li key={value}>
              {labelOf.agencyRole(value)}{' '}
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setRoles(involvement.roles.filter((r) => r !== value))}
              >
                Remove<span className="visually-hidden"> the role {labelOf.agencyRole(value)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field field--inline">
        <label htmlFor={`${id}-role`}>Add a role</label>
        <select
          id={`${id}-role`}
          value={role}
          data-path={path}
          aria-describedby={findings && findings.length > 0 ? `${id}-check` : undefined}
          onChange={(event) => setRole(event.target.value as AgencyRole | '')}
        >
          <option value="">Choose a role</option>
          {choices.map((value) => (
            <option key={value} value={value}>
              {labelOf.agencyRole(value)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small"
          disabled={role === ''}
          onClick={() => {
            if (role === '') return;
            if (setRoles([...involvement.roles, role]).ok) setRole('');
          }}
        >
          Add role
        </button>
      </div>
      <FieldMessages id={id} findings={findings} />
    </fieldset>
  );
}
