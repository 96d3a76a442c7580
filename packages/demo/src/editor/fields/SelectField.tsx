import type { Operation } from '../EditorContext.ts';
import { describedBy, FieldMessages } from './FieldMessages.tsx';
import { idForPath, pathAttribute } from './fieldDom.ts';
import { useFieldEdit } from './useFieldEdit.ts';

export interface SelectFieldProps<V extends string> {
  label: string;
  path: string;
  value: V | undefined;
  options: readonly V[];
  optionLabel: (value: V) => string;
  toOperation: (value: V | null) => Operation;
  /** Offer "Not recorded" (no value) as the first choice. */
  allowEmpty?: boolean;
  hint?: string;
}

/** A choice from one of the model's lists; stored as soon as it is chosen. */
export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { label, path, value, options, optionLabel, toOperation, allowEmpty, hint } = props;
  const id = idForPath(path);
  const { error, commit, findings } = useFieldEdit(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error, findings })}
        {...pathAttribute(path)}
        onChange={(event) => {
          const next = event.target.value;
          commit(toOperation(next === '' ? null : (next as V)));
        }}
      >
        {(allowEmpty || value === undefined) && <option value="">Not recorded</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} findings={findings} />
    </div>
  );
}
