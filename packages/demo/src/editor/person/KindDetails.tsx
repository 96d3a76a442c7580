import { enums, type Person } from '@kinmap/model';
import { DateField } from '../fields/DateField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { labelOf } from '../optionLabels.ts';
import { patchPerson } from './personOps.ts';

const weeks = (text: string | null) =>
  text === null ? null : Number.isNaN(Number(text)) ? (text as unknown as number) : Number(text);

/** The details only some symbols have: a pregnancy, a pregnancy loss, an unknown person, a pet. */
export function KindDetails({ person, at }: { person: Person; at: string }) {
  const id = person.id;
  switch (person.kind) {
    case 'pregnancy':
      return (
        <fieldset>
          <legend>Pregnancy</legend>
          <DateField
            legend="Due date"
            path={`${at}.pregnancy.edd`}
            value={person.pregnancy?.edd}
            toOperation={(edd) => patchPerson(id, { pregnancy: { edd } })}
          />
          <TextField
            label="Weeks of pregnancy"
            inputMode="numeric"
            path={`${at}.pregnancy.gestationWeeks`}
            value={person.pregnancy?.gestationWeeks?.toString()}
            toOperation={(text) => patchPerson(id, { pregnancy: { gestationWeeks: weeks(text) } })}
          />
        </fieldset>
      );
    case 'pregnancy_loss':
      return (
        <fieldset>
          <legend>Pregnancy loss</legend>
          <SelectField
            label="Outcome"
            path={`${at}.loss.outcome`}
            value={person.loss?.outcome}
            options={enums.LossOutcome}
            optionLabel={labelOf.lossOutcome}
            toOperation={(outcome) => patchPerson(id, { loss: outcome === null ? null : { outcome } })}
          />
          {person.loss && (
            <DateField
              legend="Date"
              path={`${at}.loss.date`}
              value={person.loss.date}
              toOperation={(date) => patchPerson(id, { loss: { date } })}
            />
          )}
        </fieldset>
      );
    case 'placeholder':
      return (
        <SelectField
          label="Why this person is not known"
          path={`${at}.placeholder.reasonUnknown`}
          value={person.placeholder?.reasonUnknown}
          options={enums.ReasonUnknown}
          optionLabel={labelOf.reasonUnknown}
          toOperation={(reasonUnknown) =>
            patchPerson(id, { placeholder: reasonUnknown === null ? null : { reasonUnknown } })
          }
        />
      );
    case 'pet':
      return (
        <TextField
          label="Kind of animal"
          path={`${at}.petSpecies`}
          value={person.petSpecies}
          toOperation={(petSpecies) => patchPerson(id, { petSpecies })}
        />
      );
    default:
      return null;
  }
}
