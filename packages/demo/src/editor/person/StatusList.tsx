import { enums, type Family, type Person, type StatusType } from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { DateField } from '../fields/DateField.tsx';
import { labelOf } from '../optionLabels.ts';
import { patchPerson } from './personOps.ts';

/** Dated safeguarding and legal statuses (CIN, CP plan, looked after, s42, DoLS, s117…). */
export function StatusList({ person, at }: { person: Person; at: string }) {
  const api = useEditorApi();
  const id = useId();
  const [type, setType] = useState<StatusType>('child_in_need');
  const statuses = person.statuses;
  const replace = (next: Person['statuses']) => patchPerson(person.id, { statuses: next });

  return (
    <fieldset>
      <legend>Statuses</legend>
      {statuses.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ul className="list-plain">
          {statuses.map((status, index) => (
            <li key={index} className="item-card">
              <strong>{labelOf.status(status.type)}</strong>
              <DateField
                legend="From"
                path={`${at}.statuses[${index}].from`}
                value={status.from}
                toOperation={(from) =>
                  replace(statuses.map((s, i) => (i === index ? { ...s, from: from ?? undefined } : s)))
                }
              />
              <button
                type="button"
                className="button button--quiet"
                onClick={() =>
                  api.edit((family: Family) => replace(statuses.filter((_, i) => i !== index))(family))
                }
              >
                Remove {labelOf.status(status.type)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field field--inline">
        <label htmlFor={`${id}-type`}>New status</label>
        <select
          id={`${id}-type`}
          value={type}
          onChange={(event) => setType(event.target.value as StatusType)}
        >
          <optgroup label="Children">
            {enums.ChildStatusType.map((value) => (
              <option key={value} value={value}>
                {labelOf.status(value)}
              </option>
            ))}
          </optgroup>
          <optgroup label="Adults">
            {enums.AdultStatusType.map((value) => (
              <option key={value} value={value}>
                {labelOf.status(value)}
              </option>
            ))}
          </optgroup>
        </select>
        <button type="button" className="button" onClick={() => api.edit(replace([...statuses, { type }]))}>
          Add status
        </button>
      </div>
    </fieldset>
  );
}
