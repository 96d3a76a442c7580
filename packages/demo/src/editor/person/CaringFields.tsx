import {
  addCaringRole,
  enums,
  removeCaringRole,
  updateCaringRole,
  type CaringRole,
  type CaringRoleType,
  type Family,
  type Person,
  type PersonId,
} from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi, type Operation } from '../EditorContext.ts';
import { DateField } from '../fields/DateField.tsx';
import { describedBy, FieldMessages } from '../fields/FieldMessages.tsx';
import { idForPath, pathAttribute } from '../fields/fieldDom.ts';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useFieldEdit } from '../fields/useFieldEdit.ts';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';
import { patchPerson } from './personOps.ts';
import { LocalSelect } from '../fields/LocalSelect.tsx';
import { formatHours, parseHours } from './caringHours.ts';

/** Words for the caring lists the forms need. */
const CARE_KIND: Record<string, string> = {
  practical: 'Practical help (shopping, cooking, cleaning)',
  personal_care: 'Personal care (washing, dressing, toileting)',
  emotional: 'Emotional support',
  medication: 'Medication',
  supervision: 'Keeping them safe (supervision)',
  financial: 'Money and bills',
  interpreting: 'Interpreting',
  sibling_care: 'Looking after brothers or sisters',
};
const APPROPRIATE: Record<string, string> = {
  yes: 'Yes, appropriate',
  concern: 'There is a concern',
  unknown: 'Not known',
};
const NOT_KNOWN_YET = '';

type Patch = Parameters<typeof updateCaringRole>[1]['patch'];

/**
 * Caring, in one place (the model's `CaringRole`): whether caring was asked about; each caring role this
 * person has, with whom they care for (or "not known yet"), the role, the kinds of care, about how many
 * hours a week, since when (and until when), the carer's assessment, whether the care is appropriate and its impact; and
 * who cares for this person. A young carer is a caring role with the role "young carer", never a status.
 */
export function CaringFields({ person, at }: { person: Person; at: string }) {
  const api = useEditorApi();
  const id = useId();
  const others = api.family.people.filter((p) => p.id !== person.id && p.kind === 'person');
  const [caredFor, setCaredFor] = useState<string>(NOT_KNOWN_YET);
  const [role, setRole] = useState<CaringRoleType>('adult_carer');
  const roles = api.family.caringRoles
    .map((caring, index) => ({ caring, index }))
    .filter(({ caring }) => caring.carer === person.id);
  const caredForBy = api.family.caringRoles.filter((caring) => caring.caredFor === person.id);
  const nameOf = (personId: string | undefined) => {
    if (personId === undefined) return 'someone not known yet';
    const other = api.family.people.find((p) => p.id === personId);
    return other ? personName(other) : 'someone no longer on the map';
  };

  return (
    <fieldset>
      <legend>Caring</legend>
      <SelectField
        label="Asked whether they care for anyone"
        path={`${at}.caringAsked`}
        value={person.caringAsked}
        options={enums.CaringAsked}
        optionLabel={labelOf.caringAsked}
        toOperation={(caringAsked) => patchPerson(person.id, { caringAsked: caringAsked ?? 'not_asked' })}
      />
      {caredForBy.length > 0 && (
        <p className="muted">
          Cared for by{' '}
          {caredForBy
            .map((caring) => `${nameOf(caring.carer)} (${labelOf.caringRoleType(caring.role)})`)
            .join(', ')}
          .
        </p>
      )}
      {roles.length > 0 && (
        <ul className="list-plain">
          {roles.map(({ caring, index }) => (
            <li key={caring.id} className="item-card caring-role">
              <h4>
                {labelOf.caringRoleType(caring.role)} for {nameOf(caring.caredFor)}
              </h4>
              <CaringRoleFields caring={caring} at={`caringRoles[${index}]`} others={others} />
              <button
                type="button"
                className="button button--quiet"
                onClick={() => api.edit((family: Family) => removeCaringRole(family, { id: caring.id }))}
              >
                Remove this caring role
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-for`}>Cares for</label>
          <select
            id={`${id}-for`}
            value={caredFor}
            data-path="caringRoles"
            onChange={(event) => setCaredFor(event.target.value)}
          >
            <option value={NOT_KNOWN_YET}>Not known yet</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {personName(other)}
              </option>
            ))}
          </select>
        </div>
        <LocalSelect
          id={`${id}-role`}
          label="Caring role"
          value={role}
          options={enums.CaringRoleType}
          optionLabel={labelOf.caringRoleType}
          onChange={setRole}
        />
        <button
          type="button"
          className="button"
          onClick={() => {
            const outcome = api.editAll(
              [
                (family: Family) =>
                  addCaringRole(family, {
                    carer: person.id,
                    ...(caredFor ? { caredFor: caredFor as PersonId } : {}),
                    role,
                  } as Parameters<typeof addCaringRole>[1]),
                patchPerson(person.id, { caringAsked: 'asked' }),
              ],
              'Add caring role',
            );
            if (outcome.ok) setCaredFor(NOT_KNOWN_YET);
          }}
        >
          Add caring role
        </button>
      </div>
    </fieldset>
  );
}

/** Every detail of one caring role, each saved as it changes. */
function CaringRoleFields({
  caring,
  at,
  others,
}: {
  caring: CaringRole;
  at: string;
  others: readonly Person[];
}) {
  const update =
    (patch: Patch): Operation =>
    (family: Family) =>
      updateCaringRole(family, { id: caring.id, patch });
  return (
    <>
      <div className="field-row">
        <CaredForField caring={caring} path={`${at}.caredFor`} others={others} update={update} />
        <SelectField
          label="Caring role"
          path={`${at}.role`}
          value={caring.role}
          options={enums.CaringRoleType}
          optionLabel={labelOf.caringRoleType}
          toOperation={(role) => update({ role: role ?? caring.role })}
        />
      </div>
      <CareKindsField caring={caring} path={`${at}.careKinds`} update={update} />
      <div className="field-row">
        <HoursField caring={caring} path={`${at}.hoursPerWeek`} update={update} />
        <DateField
          legend="Caring since"
          path={`${at}.since`}
          value={caring.since}
          toOperation={(since) => update({ since })}
        />
        <DateField
          legend="Caring stopped"
          hint="Empty while they still care."
          path={`${at}.to`}
          value={caring.to}
          toOperation={(to) => update({ to })}
        />
      </div>
      <div className="field-row">
        <SelectField
          label="Carer’s assessment"
          path={`${at}.assessment`}
          value={caring.assessment}
          options={enums.CarerAssessment}
          optionLabel={labelOf.carerAssessment}
          toOperation={(assessment) => update({ assessment: assessment ?? 'unknown' })}
        />
        <SelectField
          label="Is the care appropriate for them to give?"
          path={`${at}.appropriate`}
          value={caring.appropriate}
          options={enums.CareAppropriate}
          optionLabel={(value) => APPROPRIATE[value] ?? value}
          toOperation={(appropriate) => update({ appropriate: appropriate ?? 'unknown' })}
        />
      </div>
      <TextField
        label="Impact of caring on them"
        hint="School, work, health, time for themselves."
        multiline
        path={`${at}.impact`}
        value={caring.impact}
        toOperation={(impact) => update({ impact })}
      />
      <TextField
        label="Notes about this caring role"
        multiline
        path={`${at}.notes`}
        value={caring.notes}
        toOperation={(notes) => update({ notes })}
      />
    </>
  );
}

function CaredForField({
  caring,
  path,
  others,
  update,
}: {
  caring: CaringRole;
  path: string;
  others: readonly Person[];
  update: (patch: Patch) => Operation;
}) {
  const id = idForPath(path);
  const { error, commit, findings } = useFieldEdit(path);
  return (
    <div className="field">
      <label htmlFor={id}>Cares for</label>
      <select
        id={id}
        value={caring.caredFor ?? NOT_KNOWN_YET}
        aria-describedby={describedBy(id, { error, findings })}
        {...pathAttribute(path)}
        onChange={(event) =>
          commit(
            update({
              caredFor: event.target.value === NOT_KNOWN_YET ? null : (event.target.value as PersonId),
            }),
          )
        }
      >
        <option value={NOT_KNOWN_YET}>Not known yet</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {personName(other)}
          </option>
        ))}
      </select>
      <FieldMessages id={id} error={error} findings={findings} />
    </div>
  );
}

function CareKindsField({
  caring,
  path,
  update,
}: {
  caring: CaringRole;
  path: string;
  update: (patch: Patch) => Operation;
}) {
  const { commit, findings } = useFieldEdit(path);
  const id = idForPath(path);
  return (
    <fieldset className="field care-kinds" aria-describedby={describedBy(id, { findings })}>
      <legend>Kinds of care they give</legend>
      {enums.CareKind.map((kind, i) => (
        <div key={kind} className="field field--inline">
          <input
            id={`${id}-${kind}`}
            type="checkbox"
            checked={caring.careKinds.includes(kind)}
            {...(i === 0 ? pathAttribute(path) : {})}
            onChange={(event) =>
              commit(
                update({
                  careKinds: event.target.checked
                    ? [...caring.careKinds, kind]
                    : caring.careKinds.filter((k) => k !== kind),
                }),
              )
            }
          />
          <label htmlFor={`${id}-${kind}`}>{CARE_KIND[kind] ?? kind}</label>
        </div>
      ))}
      <FieldMessages id={id} findings={findings} />
    </fieldset>
  );
}

function HoursField({
  caring,
  path,
  update,
}: {
  caring: CaringRole;
  path: string;
  update: (patch: Patch) => Operation;
}) {
  const id = idForPath(path);
  const { error, setError, commit, findings } = useFieldEdit(path);
  const [draft, setDraft] = useState<string | undefined>();
  const hint = 'A number, or a range such as 10-15.';
  return (
    <div className="field">
      <label htmlFor={id}>About how many hours a week</label>
      <input
        id={id}
        inputMode="numeric"
        value={draft ?? formatHours(caring.hoursPerWeek)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error, findings })}
        {...pathAttribute(path)}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const parsed = parseHours(text);
          if ('message' in parsed) setError(parsed.message);
          else commit(update({ hoursPerWeek: parsed.value }), true);
        }}
        onBlur={() => {
          if (!error) setDraft(undefined);
        }}
      />
      <FieldMessages id={id} hint={hint} error={error} findings={findings} />
    </div>
  );
}
