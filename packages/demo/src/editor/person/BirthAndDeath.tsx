import { ageAt, birthFromAgeAsTold, enums, formatAge, todayIsoDate, type Person } from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { readAgeAsTold } from './ageAsTold.ts';
import { DateField } from '../fields/DateField.tsx';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { labelOf } from '../optionLabels.ts';
import { patchPerson } from './personOps.ts';

const DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * "Or their age, as the family told it": "about 34" records an estimated year of birth with its basis
 * (the model's `birthFromAgeAsTold`, as at the map's one date), and the age is shown as the chart
 * draws it ("~34").
 */
function AgeAsTold({ person, asAt }: { person: Person; asAt: string }) {
  const api = useEditorApi();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const age = person.birth ? ageAt(person.birth, asAt) : undefined;
  const day = DAY.format(new Date(`${asAt}T00:00:00Z`));
  function onChange(next: string) {
    setText(next);
    const read = readAgeAsTold(next);
    if ('message' in read) return setError(read.message);
    setError(undefined);
    if (read.years === null) return;
    const years = read.years;
    const outcome = api.edit(
      (f) => patchPerson(person.id, { birth: { ...birthFromAgeAsTold(years, asAt) } })(f),
      { group: `age-as-told:${person.id}`, showsRefusal: true },
    );
    if (!outcome.ok) setError(outcome.message);
  }
  const described = [error ? `${id}-error` : '', `${id}-hint`, age ? `${id}-age` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>Or their age, as the family told it</label>
      <input
        id={id}
        inputMode="numeric"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(event) => onChange(event.target.value)}
        onBlur={api.endGroup}
      />
      <p id={`${id}-hint`} className="field__hint">
        For example “about 34”. Kinmap records an estimated year of birth, and says it came from the age
        given.
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {age && (
        <p id={`${id}-age`} className="field__hint age-shown">
          Age on {day}: {formatAge(age)}
          {age.estimated ? ' (an estimate)' : ''}
        </p>
      )}
    </div>
  );
}

/** Date of birth (full, month and year, or year; estimated with its basis; or an age as told), and death. */
export function BirthAndDeath({ person, at }: { person: Person; at: string }) {
  const api = useEditorApi();
  const id = person.id;
  const estimated = person.birth?.estimated ?? false;
  // The chart's one date: every age in the panel is as at it.
  const asAt = api.family.asAt ?? todayIsoDate();
  return (
    <>
      <DateField
        legend="Date of birth"
        path={`${at}.birth.date`}
        value={person.birth?.date}
        toOperation={(date) => patchPerson(id, { birth: date === null ? null : { date } })}
      />
      <AgeAsTold person={person} asAt={asAt.slice(0, 10)} />
      {person.birth && (
        <>
          <CheckboxField
            label="The date of birth is an estimate"
            path={`${at}.birth.estimated`}
            checked={estimated}
            toOperation={(checked) => patchPerson(id, { birth: { estimated: checked } })}
          />
          {estimated && (
            <TextField
              label="What the estimate is based on"
              hint="For example “mother’s account” or “school record”."
              path={`${at}.birth.basis`}
              value={person.birth.basis}
              toOperation={(basis) => patchPerson(id, { birth: { basis } })}
            />
          )}
        </>
      )}
      <SelectField
        label="Living or deceased"
        path={`${at}.vitalStatus`}
        value={person.vitalStatus}
        options={enums.VitalStatus}
        optionLabel={labelOf.vitalStatus}
        toOperation={(vitalStatus) => patchPerson(id, { vitalStatus: vitalStatus ?? 'living' })}
      />
      {person.vitalStatus === 'deceased' && (
        <>
          <DateField
            legend="Date of death"
            path={`${at}.death.date`}
            value={person.death?.date}
            toOperation={(date) => patchPerson(id, { death: { date } })}
          />
          <TextField
            label="Cause of death"
            path={`${at}.death.cause`}
            value={person.death?.cause}
            toOperation={(cause) => patchPerson(id, { death: { cause } })}
          />
        </>
      )}
    </>
  );
}
