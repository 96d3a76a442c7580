import { useState, type FocusEvent } from 'react';
import type { Operation } from '../EditorContext.ts';
import { describedBy, FieldMessages } from './FieldMessages.tsx';
import { idForPath, pathAttribute } from './fieldDom.ts';
import { joinPartialDate, splitPartialDate, type DateParts } from './partialDateParts.ts';
import { useFieldEdit } from './useFieldEdit.ts';

export interface DateFieldProps {
  legend: string;
  path: string;
  value: string | undefined;
  toOperation: (date: string | null) => Operation;
  hint?: string;
}

const DEFAULT_HINT = 'A full date, a month and year, or a year. For example 14 3 2019, or just 2019.';

/**
 * A date as day, month and year boxes (the GOV.UK pattern). Leave the day, or the day and month,
 * empty for a month-and-year or year-only date. Saved when the boxes make a date.
 */
export function DateField({ legend, path, value, toOperation, hint = DEFAULT_HINT }: DateFieldProps) {
  const id = idForPath(path);
  const { error, setError, commit, findings } = useFieldEdit(path);
  const [draft, setDraft] = useState<DateParts | undefined>();
  const parts = draft ?? splitPartialDate(value);

  function update(next: DateParts) {
    setDraft(next);
    const joined = joinPartialDate(next);
    if ('value' in joined) commit(toOperation(joined.value));
  }
  function onBlur(event: FocusEvent<HTMLFieldSetElement>) {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    const joined = joinPartialDate(parts);
    if ('message' in joined) setError(joined.message);
    else if (!error) setDraft(undefined);
  }
  const box = (key: keyof DateParts, label: string, width: string) => (
    <div className="date-box">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        inputMode="numeric"
        style={{ width }}
        value={parts[key]}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error, findings })}
        {...(key === 'day' ? pathAttribute(path) : {})}
        onChange={(event) => update({ ...parts, [key]: event.target.value })}
      />
    </div>
  );
  return (
    <fieldset className="field date-field" onBlur={onBlur}>
      <legend>{legend}</legend>
      <div className="date-field__boxes">
        {box('day', 'Day', '3.2rem')}
        {box('month', 'Month', '3.2rem')}
        {box('year', 'Year', '4.8rem')}
      </div>
      <FieldMessages id={id} hint={hint} error={error} findings={findings} />
    </fieldset>
  );
}
