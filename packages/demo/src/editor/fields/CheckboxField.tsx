import type { Operation } from '../EditorContext.ts';
import { describedBy, FieldMessages } from './FieldMessages.tsx';
import { idForPath, pathAttribute } from './fieldDom.ts';
import { useFieldEdit } from './useFieldEdit.ts';

/** A yes/no tick box stored as soon as it changes. */
export function CheckboxField({
  label,
  path,
  checked,
  toOperation,
  hint,
}: {
  label: string;
  path: string;
  checked: boolean;
  toOperation: (checked: boolean) => Operation;
  hint?: string;
}) {
  const id = idForPath(path);
  const { error, commit, findings } = useFieldEdit(path);
  return (
    <div className="field field--inline">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={describedBy(id, { hint, error, findings })}
        {...pathAttribute(path)}
        onChange={(event) => commit(toOperation(event.target.checked))}
      />
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} findings={findings} />
    </div>
  );
}
