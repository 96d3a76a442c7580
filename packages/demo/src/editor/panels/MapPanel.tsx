import {
  enums,
  setSubjects,
  todayIsoDate,
  updateFamilyDetails,
  type Family,
  type PersonId,
} from '@kinmap/model';
import { useEditorApi } from '../EditorContext.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { DateField } from '../fields/DateField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';

type Patch = Parameters<typeof updateFamilyDetails>[1];
const details = (patch: Patch) => (family: Family) => updateFamilyDetails(family, patch);

/** The map as a whole: title, "as at" date, who it is about, whether it was prepared with the family. */
export function MapPanel() {
  const api = useEditorApi();
  const { family } = api;
  const prepared = family.preparedWithFamily;
  const selected = family.people.find((p) => p.id === api.selectedPersonId);
  return (
    <section className="tab-panel" aria-labelledby="map-heading">
      <h2 id="map-heading">About this map</h2>
      <TextField
        label="Title"
        path="title"
        value={family.title}
        toOperation={(title) => details({ title: title ?? '' })}
      />
      <DateField
        legend="Map shows the family as at"
        hint="Leave empty for today. Households and ages are worked out for this date."
        path="asAt"
        value={family.asAt}
        toOperation={(asAt) => details({ asAt })}
      />
      <fieldset data-path="subjects" tabIndex={-1}>
        <legend>Who the work is about</legend>
        {family.subjects.length === 0 ? (
          <p className="muted">Nobody marked yet.</p>
        ) : (
          <ul>
            {family.subjects.map((id) => {
              const person = family.people.find((p) => p.id === id);
              return <li key={id}>{person ? personName(person) : id}</li>;
            })}
          </ul>
        )}
        {selected && (
          <button
            type="button"
            className="button"
            onClick={() =>
              api.edit((f: Family) => {
                const isSubject = f.subjects.includes(selected.id as PersonId);
                const subjects = isSubject
                  ? f.subjects.filter((id) => id !== selected.id)
                  : [...f.subjects, selected.id as PersonId];
                return setSubjects(f, subjects);
              })
            }
          >
            {family.subjects.includes(selected.id as PersonId)
              ? `${personName(selected)} is no longer a subject`
              : `Mark ${personName(selected)} as a subject of the work`}
          </button>
        )}
      </fieldset>
      <fieldset>
        <legend>Prepared with the family</legend>
        <SelectField
          label="Was this map prepared with the family?"
          allowEmpty
          path="preparedWithFamily.value"
          value={prepared?.value}
          options={enums.PreparedWithFamily}
          optionLabel={labelOf.preparedWithFamily}
          toOperation={(value) =>
            details({ preparedWithFamily: value === null ? null : { value, date: todayIsoDate() } })
          }
        />
        {prepared && (
          <>
            <DateField
              legend="Date it was prepared with the family"
              path="preparedWithFamily.date"
              value={prepared.date}
              toOperation={(date) => details({ preparedWithFamily: { date } })}
            />
            <TextField
              label="Who was present"
              path="preparedWithFamily.present"
              value={prepared.present}
              toOperation={(present) => details({ preparedWithFamily: { present } })}
            />
            {(prepared.value === 'no' || prepared.value === 'not_yet') && (
              <TextField
                label="Why not"
                path="preparedWithFamily.reason"
                value={prepared.reason}
                toOperation={(reason) => details({ preparedWithFamily: { reason } })}
              />
            )}
          </>
        )}
      </fieldset>
      <fieldset>
        <legend>Statements</legend>
        <CheckboxField
          label="No significant people outside the household were identified"
          path="statements.noSignificantOthers"
          checked={family.statements.noSignificantOthers !== undefined}
          toOperation={(checked) =>
            details({ statements: { noSignificantOthers: checked ? { date: todayIsoDate() } : null } })
          }
        />
        <CheckboxField
          label="No other agencies are involved"
          path="statements.noOtherAgencies"
          checked={family.statements.noOtherAgencies !== undefined}
          toOperation={(checked) =>
            details({ statements: { noOtherAgencies: checked ? { date: todayIsoDate() } : null } })
          }
        />
      </fieldset>
      <SelectField
        label="Drawing conventions"
        path="notationProfile"
        value={family.notationProfile}
        options={enums.NotationProfile}
        optionLabel={(value) =>
          ({ mcgoldrick: 'McGoldrick (default)', ics_uk: 'ICS (UK)', nsgc: 'NSGC' })[value]
        }
        toOperation={(notationProfile) => details({ notationProfile: notationProfile ?? 'mcgoldrick' })}
      />
      <TextField
        label="Notes"
        multiline
        path="notes"
        value={family.notes}
        toOperation={(notes) => details({ notes })}
      />
    </section>
  );
}
