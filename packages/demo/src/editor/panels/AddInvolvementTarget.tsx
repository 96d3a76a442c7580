import { addInvolvement, type Agency, type AgencyId, type Family, type Involvement } from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { personName } from '../personName.ts';
import { targetKey, targetOptions } from './involvementTargets.ts';

/**
 * "+ Works with another person": one more involvement of the same agency (the model keeps one target
 * per involvement). It starts with the status of the agency's first involvement.
 */
export function AddInvolvementTarget({
  agency,
  involvements,
}: {
  agency: Agency;
  involvements: readonly Involvement[];
}) {
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
