import { removeAgency, updateAgency, enums, type Agency, type Family } from '@kinmap/model';
import { useEditorApi } from '../EditorContext.ts';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { labelOf } from '../optionLabels.ts';
import { AddInvolvementTarget } from './AddInvolvementTarget.tsx';
import { InvolvementFields } from './InvolvementFields.tsx';

/** One agency: its kind, name, team, contact and notes, then each of its involvements. */
export function AgencyCard({ agency, index }: { agency: Agency; index: number }) {
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
      <AddInvolvementTarget
        agency={agency}
        involvements={involvements.map(({ involvement }) => involvement)}
      />
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
