import {
  addCaringRole,
  enums,
  removeCaringRole,
  updateCaringRole,
  type CaringRoleType,
  type Family,
  type Person,
  type PersonId,
} from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { SelectField } from '../fields/SelectField.tsx';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';
import { patchPerson } from './personOps.ts';
import { LocalSelect } from '../fields/LocalSelect.tsx';
import { PersonSelect } from '../fields/PersonSelect.tsx';

/** Whether caring was asked about, and the caring roles this person has for others. */
export function CaringFields({ person, at }: { person: Person; at: string }) {
  const api = useEditorApi();
  const id = useId();
  const others = api.family.people.filter((p) => p.id !== person.id && p.kind === 'person');
  const [caredFor, setCaredFor] = useState<string>('');
  const [role, setRole] = useState<CaringRoleType>('adult_carer');
  const roles = api.family.caringRoles
    .map((caring, index) => ({ caring, index }))
    .filter(({ caring }) => caring.carer === person.id);
  const nameOf = (personId: string) => {
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
      {roles.length > 0 && (
        <ul className="list-plain">
          {roles.map(({ caring, index }) => (
            <li key={caring.id} className="item-card">
              <strong>
                {labelOf.caringRoleType(caring.role)} for {nameOf(caring.caredFor)}
              </strong>
              <SelectField
                label="Carer’s assessment"
                path={`caringRoles[${index}].assessment`}
                value={caring.assessment}
                options={enums.CarerAssessment}
                optionLabel={labelOf.carerAssessment}
                toOperation={(assessment) => (family: Family) =>
                  updateCaringRole(family, { id: caring.id, patch: { assessment: assessment ?? 'unknown' } })
                }
              />
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
      {others.length > 0 && (
        <div className="field-row">
          <PersonSelect
            id={`${id}-for`}
            label="Cares for"
            value={caredFor}
            people={others}
            onChange={setCaredFor}
          />
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
            disabled={caredFor === ''}
            onClick={() =>
              api.editAll(
                [
                  (family: Family) =>
                    addCaringRole(family, { carer: person.id, caredFor: caredFor as PersonId, role }),
                  patchPerson(person.id, { caringAsked: 'asked' }),
                ],
                'Add caring role',
              )
            }
          >
            Add caring role
          </button>
        </div>
      )}
    </fieldset>
  );
}
