import { enums, type Person } from '@kinmap/model';
import { DateField } from '../fields/DateField.tsx';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { labelOf } from '../optionLabels.ts';
import { patchPerson } from './personOps.ts';

/** Date of birth (full, month and year, or year; estimated with its basis), and death. */
export function BirthAndDeath({ person, at }: { person: Person; at: string }) {
  const id = person.id;
  const estimated = person.birth?.estimated ?? false;
  return (
    <>
      <DateField
        legend="Date of birth"
        path={`${at}.birth.date`}
        value={person.birth?.date}
        toOperation={(date) => patchPerson(id, { birth: date === null ? null : { date } })}
      />
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
