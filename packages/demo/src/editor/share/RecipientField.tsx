import type { AgencyId, Family } from '@kinmap/model';
import { useId, type Ref } from 'react';
import { describedBy } from '../fields/FieldMessages.tsx';
import { labelOf } from '../optionLabels.ts';
import type { RecipientChoice } from './shareForm.ts';

/**
 * "Who is the copy for?": one of the map's agencies, or anyone else, typed (a named person, an
 * agency not on the map, the family).
 */
export function RecipientField({
  family,
  value,
  onChange,
  error,
  selectRef,
}: {
  family: Family;
  value: RecipientChoice;
  onChange: (value: RecipientChoice) => void;
  error: string | undefined;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const id = useId();
  const hasAgencies = family.agencies.length > 0;
  return (
    <div className="share-recipient">
      {hasAgencies && (
        <div className="field">
          <label htmlFor={`${id}-agency`}>Who is the copy for?</label>
          <select
            id={`${id}-agency`}
            ref={selectRef}
            value={value.kind === 'agency' ? value.agencyId : ''}
            aria-describedby={value.kind === 'agency' ? describedBy(id, { error }) : undefined}
            aria-invalid={value.kind === 'agency' && error ? true : undefined}
            onChange={(event) =>
              onChange(
                event.target.value === ''
                  ? { kind: 'other', name: '' }
                  : { kind: 'agency', agencyId: event.target.value as AgencyId },
              )
            }
          >
            <option value="">Someone else (type their name below)</option>
            {family.agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name} ({labelOf.agencyCategory(agency.category)})
              </option>
            ))}
          </select>
        </div>
      )}
      {value.kind === 'other' && (
        <div className="field">
          <label htmlFor={`${id}-name`}>
            {hasAgencies ? 'Name of the person or agency' : 'Who is the copy for? (a person or an agency)'}
          </label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            maxLength={200}
            value={value.name}
            aria-describedby={describedBy(id, { error })}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange({ kind: 'other', name: event.target.value })}
          />
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
