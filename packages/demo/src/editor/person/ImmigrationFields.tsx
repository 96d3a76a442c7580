import { enums, type Person } from '@kinmap/model';
import { DateField } from '../fields/DateField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { labelOf } from '../optionLabels.ts';
import { patchPerson } from './personOps.ts';

/**
 * Immigration status and No Recourse to Public Funds, recorded separately. Kinmap records; it never
 * advises, so there is "referred for immigration advice", never "eligible for".
 */
export function ImmigrationFields({ person, at }: { person: Person; at: string }) {
  const id = person.id;
  const immigration = person.immigration;
  const referred = immigration?.referredForImmigrationAdvice;
  return (
    <fieldset>
      <legend>Immigration and NRPF</legend>
      <SelectField
        label="No recourse to public funds (NRPF)"
        path={`${at}.immigration.nrpf`}
        value={immigration?.nrpf ?? 'not_asked'}
        options={enums.Nrpf}
        optionLabel={labelOf.nrpf}
        toOperation={(nrpf) => patchPerson(id, { immigration: { nrpf: nrpf ?? 'not_asked' } })}
      />
      <SelectField
        label="Immigration status"
        path={`${at}.immigration.status`}
        value={immigration?.status ?? 'not_asked'}
        options={enums.ImmigrationStatus}
        optionLabel={labelOf.immigrationStatus}
        toOperation={(status) => patchPerson(id, { immigration: { status: status ?? 'not_asked' } })}
      />
      {immigration && immigration.nrpf !== 'not_asked' && (
        <>
          <div className="field-row">
            <SelectField
              label="How it was checked"
              allowEmpty
              path={`${at}.immigration.evidence`}
              value={immigration.evidence}
              options={enums.NrpfEvidence}
              optionLabel={labelOf.nrpfEvidence}
              toOperation={(evidence) => patchPerson(id, { immigration: { evidence } })}
            />
            <TextField
              label="Checked by (role or agency)"
              path={`${at}.immigration.checkedBy`}
              value={immigration.checkedBy}
              toOperation={(checkedBy) => patchPerson(id, { immigration: { checkedBy } })}
            />
          </div>
          <DateField
            legend="Checked on"
            path={`${at}.immigration.checkedOn`}
            value={immigration.checkedOn}
            toOperation={(checkedOn) => patchPerson(id, { immigration: { checkedOn } })}
          />
          <SelectField
            label="Support provided under"
            allowEmpty
            path={`${at}.immigration.supportUnder`}
            value={immigration.supportUnder}
            options={enums.SupportUnder}
            optionLabel={labelOf.supportUnder}
            toOperation={(supportUnder) => patchPerson(id, { immigration: { supportUnder } })}
          />
          <SelectField
            label="Referred for immigration advice"
            allowEmpty
            path={`${at}.immigration.referredForImmigrationAdvice.referred`}
            value={referred?.referred}
            options={enums.YesNoUnknown}
            optionLabel={labelOf.yesNo}
            toOperation={(value) =>
              patchPerson(id, {
                immigration: { referredForImmigrationAdvice: value === null ? null : { referred: value } },
              })
            }
          />
        </>
      )}
    </fieldset>
  );
}
