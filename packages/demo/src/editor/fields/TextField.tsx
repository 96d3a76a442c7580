import { useState } from 'react';
import type { Operation } from '../EditorContext.ts';
import { describedBy, FieldMessages } from './FieldMessages.tsx';
import { idForPath, pathAttribute } from './fieldDom.ts';
import { useFieldEdit } from './useFieldEdit.ts';

export interface TextFieldProps {
  label: string;
  /** Model path of the value, such as `people[0].names.given`. */
  path: string;
  value: string | undefined;
  /** Builds the operation that stores the new text (`null` when the field is emptied). */
  toOperation: (text: string | null) => Operation;
  hint?: string;
  multiline?: boolean;
  inputMode?: 'text' | 'numeric';
}

/** A text field that saves as the user types; the model's message appears beside it when refused. */
export function TextField({ label, path, value, toOperation, hint, multiline, inputMode }: TextFieldProps) {
  const id = idForPath(path);
  const { error, commit, findings, endGroup } = useFieldEdit(path);
  // While the model refuses what was typed, show the typed text, not the stored value.
  const [refused, setRefused] = useState<string | undefined>();
  const shown = refused ?? value ?? '';
  function onChange(text: string) {
    const ok = commit(toOperation(text === '' ? null : text), true);
    setRefused(ok ? undefined : text);
  }
  const common = {
    id,
    value: shown,
    onBlur: endGroup,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, { hint, error, findings }),
    ...pathAttribute(path),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea rows={3} {...common} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          type="text"
          inputMode={inputMode}
          {...common}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <FieldMessages id={id} hint={hint} error={error} findings={findings} />
    </div>
  );
}
