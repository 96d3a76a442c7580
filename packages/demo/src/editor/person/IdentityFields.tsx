import { enums, type Person } from '@kinmap/model';
import { DateField } from '../fields/DateField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { ETHNIC_CATEGORY_LABELS, labelOf } from '../optionLabels.ts';
import { patchPerson } from './personOps.ts';

/** The identity set partner agencies match on, with where the details came from. */
export function IdentityFields({ person, at }: { person: Person; at: string }) {
  const id = person.id;
  const identity = person.identity;
  const nhs = identity?.nhsNumber;
  return (
    <fieldset>
      <legend>Identity set</legend>
      <TextField
        label="NHS number"
        hint="Ten digits, no spaces."
        inputMode="numeric"
        path={`${at}.identity.nhsNumber.value`}
        value={nhs?.value}
        toOperation={(value) =>
          patchPerson(id, { identity: { nhsNumber: value === null ? null : { value } } })
        }
      />
      {nhs && (
        <SelectField
          label="NHS number traced?"
          path={`${at}.identity.nhsNumber.trace`}
          value={nhs.trace}
          options={enums.NhsNumberTrace}
          optionLabel={(value) =>
            ({ traced: 'Traced (PDS)', untraced: 'Untraced', not_checked: 'Not checked yet' })[value] ?? value
          }
          toOperation={(trace) =>
            patchPerson(id, { identity: { nhsNumber: { trace: trace ?? 'not_checked' } } })
          }
        />
      )}
      {!nhs && (
        <TextField
          label="Why there is no NHS number"
          path={`${at}.identity.nhsNumberNotRecordedReason`}
          value={identity?.nhsNumberNotRecordedReason}
          toOperation={(reason) => patchPerson(id, { identity: { nhsNumberNotRecordedReason: reason } })}
        />
      )}
      <div className="field-row">
        <TextField
          label="Source of the identity details"
          hint="Who told us: an agency or a record."
          path={`${at}.identity.nameProvenance.sourceLabel`}
          value={identity?.nameProvenance?.sourceLabel}
          toOperation={(sourceLabel) => patchPerson(id, { identity: { nameProvenance: { sourceLabel } } })}
        />
        <SelectField
          label="Checked?"
          path={`${at}.identity.nameProvenance.verification`}
          value={identity?.nameProvenance?.verification ?? 'unverified'}
          options={enums.Verification}
          optionLabel={labelOf.verification}
          toOperation={(verification) =>
            patchPerson(id, { identity: { nameProvenance: { verification: verification ?? 'unverified' } } })
          }
        />
      </div>
      <SelectField
        label="Ethnicity"
        path={`${at}.identity.ethnicity.code`}
        value={identity?.ethnicity?.code ?? 'not_asked'}
        options={enums.EthnicCategory}
        optionLabel={(code) => ETHNIC_CATEGORY_LABELS[code] ?? code}
        toOperation={(code) => patchPerson(id, { identity: { ethnicity: code === null ? null : { code } } })}
      />
      <div className="field-row">
        <TextField
          label="First language"
          path={`${at}.identity.languages.first`}
          value={identity?.languages?.first}
          toOperation={(first) => patchPerson(id, { identity: { languages: { first } } })}
        />
        <SelectField
          label="Needs an interpreter"
          path={`${at}.identity.languages.interpreterNeeded`}
          value={identity?.languages?.interpreterNeeded ?? 'not_asked'}
          options={enums.YesNoUnknown}
          optionLabel={labelOf.interpreter}
          toOperation={(value) =>
            patchPerson(id, { identity: { languages: { interpreterNeeded: value ?? 'not_asked' } } })
          }
        />
      </div>
      <DateField
        legend="Identity checked between agencies on"
        path={`${at}.identity.checkedBetweenAgenciesOn`}
        value={identity?.checkedBetweenAgenciesOn}
        toOperation={(date) => patchPerson(id, { identity: { checkedBetweenAgenciesOn: date } })}
      />
    </fieldset>
  );
}
