import {
  enums,
  removeInvolvement,
  updateInvolvement,
  type Agency,
  type Family,
  type Involvement,
} from '@kinmap/model';
import { useEditorApi } from '../EditorContext.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { DateField } from '../fields/DateField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { labelOf } from '../optionLabels.ts';
import { agencyLabelOf } from './agencyLabels.ts';
import { InvolvementTargetField } from './InvolvementTargetField.tsx';
import { RolesField } from './RolesField.tsx';
import { targetLabel } from './involvementTargets.ts';

/**
 * One involvement of an agency: whom it works with, lead practitioner, roles, status, dates, the
 * ecomap line, invited to meetings and notes, with a button to stop recording it.
 */
export function InvolvementFields({
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
      <InvolvementTargetField involvement={involvement} path={`${at}.with`} />
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
