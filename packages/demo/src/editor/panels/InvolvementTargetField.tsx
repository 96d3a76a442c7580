import { updateInvolvement, type Family, type Involvement } from '@kinmap/model';
import { useEditorApi } from '../EditorContext.ts';
import { describedBy, FieldMessages } from '../fields/FieldMessages.tsx';
import { idForPath, pathAttribute } from '../fields/fieldDom.ts';
import { useFieldEdit } from '../fields/useFieldEdit.ts';
import { personName } from '../personName.ts';
import { targetKey, targetOptions } from './involvementTargets.ts';

/** Whom an involvement is with, as a drop-down stored as soon as it changes. */
export function InvolvementTargetField({ involvement, path }: { involvement: Involvement; path: string }) {
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
