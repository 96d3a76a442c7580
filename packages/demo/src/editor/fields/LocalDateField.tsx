import { useId, useState } from 'react';
import { joinPartialDate, type DateParts } from './partialDateParts.ts';

/**
 * Day, month and year boxes for a date that is not saved by itself (a new event's date, an "as at"
 * date): reports the partial date, or null, whenever the boxes make one.
 */
export function LocalDateField({
  legend,
  onDate,
}: {
  legend: string;
  onDate: (date: string | null) => void;
}) {
  const id = useId();
  const [parts, setParts] = useState<DateParts>({ day: '', month: '', year: '' });
  const [error, setError] = useState<string | undefined>();
  function update(next: DateParts) {
    setParts(next);
    const joined = joinPartialDate(next);
    if ('value' in joined) {
      setError(undefined);
      onDate(joined.value);
    }
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
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => update({ ...parts, [key]: event.target.value })}
      />
    </div>
  );
  return (
    <fieldset
      className="field date-field"
      onBlur={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        const joined = joinPartialDate(parts);
        setError('message' in joined ? joined.message : undefined);
      }}
    >
      <legend>{legend}</legend>
      <div className="date-field__boxes">
        {box('day', 'Day', '3.2rem')}
        {box('month', 'Month', '3.2rem')}
        {box('year', 'Year', '4.8rem')}
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
