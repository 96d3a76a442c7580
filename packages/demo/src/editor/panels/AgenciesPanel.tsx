import {
  addAgency,
  addInvolvement,
  createId,
  enums,
  removeAgency,
  removeInvolvement,
  updateAgency,
  updateInvolvement,
  type Agency,
  type AgencyCategory,
  type AgencyId,
  type AgencyRole,
  type Family,
  type Involvement,
  type InvolvementTarget,
} from '@kinmap/model';
import { useEffect, useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { DateField } from '../fields/DateField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { describedBy, FieldMessages } from '../fields/FieldMessages.tsx';
import { idForPath, pathAttribute } from '../fields/fieldDom.ts';
import { useFieldEdit } from '../fields/useFieldEdit.ts';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';
import { agencyLabelOf } from './agencyLabels.ts';
import { clearAgencyRequest, peekAgencyRequest } from './agencyRequest.ts';
import { targetKey, targetLabel, targetOptions } from './involvementTargets.ts';
import { LocalSelect } from '../fields/LocalSelect.tsx';

/** The `data-path` of the add-agency form's first control: where a "missing agency" finding lands. */
export const ADD_AGENCY_PATH = 'agencies';

/**
 * The agencies involved, each fully editable after adding: the agency (kind, name, team, contact by
 * role, notes) and each of its involvements (whom it works with, roles including lead practitioner,
 * status, dates, the ecomap line, invited to meetings, notes). An agency that works with several people
 * (a school with two children) has one involvement per person: "+ Works with another person" adds one.
 */
export function AgenciesPanel() {
  const api = useEditorApi();
  const { family } = api;
  return (
    <section className="tab-panel" aria-labelledby="agencies-heading">
      <h2 id="agencies-heading">Agencies</h2>
      {family.agencies.length === 0 && <p className="muted">No agencies recorded yet.</p>}
      {family.agencies.map((agency, index) => (
        <AgencyCard key={agency.id} agency={agency} index={index} />
      ))}
      <AddAgency />
    </section>
  );
}

function AgencyCard({ agency, index }: { agency: Agency; index: number }) {
  const api = useEditorApi();
  const { family } = api;
  const at = `agencies[${index}]`;
  const patch = (fields: Parameters<typeof updateAgency>[1]['patch']) => (f: Family) =>
    updateAgency(f, { id: agency.id, patch: fields });
  const involvements = family.involvements
    .map((involvement, i) => ({ involvement, i }))
    .filter(({ involvement }) => involvement.agency === agency.id);
  return (
    <div className="item-card agency-card" data-agency-card={agency.id}>
      <h3>{agency.name}</h3>
      <div className="field-row">
        <SelectField
          label="Kind of agency"
          path={`${at}.category`}
          value={agency.category}
          options={enums.AgencyCategory}
          optionLabel={labelOf.agencyCategory}
          toOperation={(category) => patch({ category: category ?? 'other' })}
        />
        {agency.category === 'other' && (
          <TextField
            label="What kind of agency"
            path={`${at}.categoryOther`}
            value={agency.categoryOther}
            toOperation={(categoryOther) => patch({ categoryOther })}
          />
        )}
      </div>
      <TextField
        label="Name"
        path={`${at}.name`}
        value={agency.name}
        toOperation={(name) => patch({ name: name ?? '' })}
      />
      <div className="field-row">
        <TextField
          label="Team"
          hint="For example “Pastoral team”."
          path={`${at}.team`}
          value={agency.team}
          toOperation={(team) => patch({ team })}
        />
        <TextField
          label="Contact (by role)"
          hint="A role or a team inbox, never a personal number."
          path={`${at}.contactByRole`}
          value={agency.contactByRole}
          toOperation={(contactByRole) => patch({ contactByRole })}
        />
      </div>
      <TextField
        label="Notes about the agency"
        multiline
        path={`${at}.notes`}
        value={agency.notes}
        toOperation={(notes) => patch({ notes })}
      />
      {involvements.length === 0 && (
        <p className="muted" data-path={at} tabIndex={-1}>
          Not yet working with anyone on the map: add whom they work with below.
        </p>
      )}
      {involvements.map(({ involvement, i }) => (
        <InvolvementFields key={involvement.id} agency={agency} involvement={involvement} index={i} />
      ))}
      <AddTarget agency={agency} involvements={involvements.map(({ involvement }) => involvement)} />
      <button
        type="button"
        className="button button--quiet"
        onClick={() => api.edit((f: Family) => removeAgency(f, { id: agency.id }))}
      >
        Remove {agency.name}
      </button>
    </div>
  );
}

/** Whom an involvement is with, as a drop-down stored as soon as it changes. */
function TargetField({ involvement, path }: { involvement: Involvement; path: string }) {
  const api = useEditorApi();
  const id = idForPath(path);
  const { error, commit, findings } = useFieldEdit(path);
  const options = targetOptions(api.family, personName);
  return (
    <div className="field">
      <label htmlFor={id}>Who they work with</label>
      <select
        id={id}
        value={targetKey(involvement.with)}
        aria-describedby={describedBy(id, { error, findings })}
        {...pathAttribute(path)}
        onChange={(event) => {
          const chosen = options.find((option) => option.key === event.target.value);
          if (chosen)
            commit((f: Family) =>
              updateInvolvement(f, { id: involvement.id, patch: { with: chosen.target } }),
            );
        }}
      >
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} error={error} findings={findings} />
    </div>
  );
}

/** The roles of an involvement other than lead practitioner: each removable, and one more to add. */
function RolesField({ involvement, path }: { involvement: Involvement; path: string }) {
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

function InvolvementFields({
  agency,
  involvement,
  index,
}: {
  agency: Agency;
  involvement: Involvement;
  index: number;
}) {
  const api = useEditorApi();
  const at = `involvements[${index}]`;
  const patch = (fields: Parameters<typeof updateInvolvement>[1]['patch']) => (f: Family) =>
    updateInvolvement(f, { id: involvement.id, patch: fields });
  const who = targetLabel(api.family, involvement.with);
  return (
    <fieldset className="involvement" data-path={at} tabIndex={-1}>
      <legend>
        {agency.name} works with {who}
      </legend>
      <TargetField involvement={involvement} path={`${at}.with`} />
      <CheckboxField
        label="Lead practitioner for the family"
        path={`${at}.roles.lead`}
        checked={involvement.roles.includes('lead_practitioner')}
        toOperation={(checked) =>
          patch({
            roles: checked
              ? [...involvement.roles, 'lead_practitioner']
              : involvement.roles.filter((role) => role !== 'lead_practitioner'),
          })
        }
      />
      <RolesField involvement={involvement} path={`${at}.roles`} />
      <SelectField
        label="Involvement"
        path={`${at}.status`}
        value={involvement.status}
        options={enums.InvolvementStatus}
        optionLabel={labelOf.involvementStatus}
        toOperation={(status) => patch({ status: status ?? 'unknown' })}
      />
      <div className="field-row">
        <DateField
          legend="Involved from"
          path={`${at}.from`}
          value={involvement.from}
          toOperation={(from) => patch({ from })}
        />
        <DateField
          legend="Involved until"
          hint="Leave empty while still involved."
          path={`${at}.to`}
          value={involvement.to}
          toOperation={(to) => patch({ to })}
        />
      </div>
      <SelectField
        label="Invited to the child’s meetings"
        path={`${at}.invitedToMeetings`}
        value={involvement.invitedToMeetings}
        options={enums.YesNoUnknown}
        optionLabel={agencyLabelOf.invited}
        toOperation={(invitedToMeetings) => patch({ invitedToMeetings: invitedToMeetings ?? 'not_asked' })}
      />
      <div className="field-row">
        <SelectField
          label="Strength (ecomap line)"
          allowEmpty
          path={`${at}.strength`}
          value={involvement.strength}
          options={enums.EcomapStrength}
          optionLabel={labelOf.ecomapStrength}
          toOperation={(strength) => patch({ strength })}
        />
        <SelectField
          label="Effect on the family"
          allowEmpty
          path={`${at}.impact`}
          value={involvement.impact}
          options={enums.EcomapImpact}
          optionLabel={agencyLabelOf.ecomapImpact}
          toOperation={(impact) => patch({ impact })}
        />
      </div>
      <div className="field-row">
        <SelectField
          label="Flow of support"
          allowEmpty
          path={`${at}.flow`}
          value={involvement.flow}
          options={enums.EcomapFlow}
          optionLabel={labelOf.ecomapFlow}
          toOperation={(flow) => patch({ flow })}
        />
        <SelectField
          label="Stressful"
          allowEmpty
          path={`${at}.quality`}
          value={involvement.quality}
          options={enums.EcomapQuality}
          optionLabel={agencyLabelOf.ecomapQuality}
          toOperation={(quality) => patch({ quality })}
        />
      </div>
      <TextField
        label="Notes"
        hint="For example “previous domestic abuse call involving the father”."
        multiline
        path={`${at}.notes`}
        value={involvement.notes}
        toOperation={(notes) => patch({ notes })}
      />
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => api.edit((f: Family) => removeInvolvement(f, { id: involvement.id }))}
      >
        Stop recording that {agency.name} works with {who}
      </button>
    </fieldset>
  );
}

/**
 * "+ Works with another person": one more involvement of the same agency (the model keeps one target
 * per involvement). It starts with the status of the agency's first involvement.
 */
function AddTarget({ agency, involvements }: { agency: Agency; involvements: readonly Involvement[] }) {
  const api = useEditorApi();
  const id = useId();
  const [open, setOpen] = useState(false);
  const taken = new Set(involvements.map((involvement) => targetKey(involvement.with)));
  const options = targetOptions(api.family, personName).filter((option) => !taken.has(option.key));
  const [chosen, setChosen] = useState('');
  const first = involvements[0];
  const wording = involvements.length === 0 ? 'Works with' : 'Works with another person';
  if (options.length === 0) return null;
  if (!open)
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        + {wording}
        <span className="visually-hidden"> ({agency.name})</span>
      </button>
    );
  const selected = options.find((option) => option.key === chosen) ?? options[0];
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={`${id}-with`}>Person, household or family</label>
        <select id={`${id}-with`} value={selected?.key} onChange={(event) => setChosen(event.target.value)}>
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          if (!selected) return;
          const outcome = api.edit((f: Family) =>
            addInvolvement(f, {
              agency: agency.id as AgencyId,
              with: selected.target,
              status: first?.status ?? 'open',
            }),
          );
          if (outcome.ok) {
            setOpen(false);
            setChosen('');
          }
        }}
      >
        Add
      </button>
      <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </div>
  );
}

function AddAgency() {
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
