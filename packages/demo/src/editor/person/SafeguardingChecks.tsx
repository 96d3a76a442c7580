import type { Family, Person } from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { labelOf } from '../optionLabels.ts';
import { patchPerson } from './personOps.ts';

type Result = Person['safeguardingChecks'][number]['result'];
const RESULTS: Result[] = ['none_known', 'history_known', 'not_checked', 'declined_to_share', 'pending'];

/** Checks of previous safeguarding history with other agencies ("think wider family"). */
export function SafeguardingChecks({ person, at }: { person: Person; at: string }) {
  const api = useEditorApi();
  const id = useId();
  const [agencyLabel, setAgencyLabel] = useState('');
  const [result, setResult] = useState<Result>('none_known');
  const checks = person.safeguardingChecks;
  return (
    <fieldset data-path={`${at}.safeguardingChecks`} tabIndex={-1}>
      <legend>Previous safeguarding history</legend>
      {checks.length === 0 ? (
        <p className="muted">Not checked with any agency yet.</p>
      ) : (
        <ul>
          {checks.map((check, index) => (
            <li key={index}>
              {check.agencyLabel ?? 'An agency'}: {labelOf.safeguardingResult(check.result)}
            </li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-agency`}>Agency checked</label>
          <input
            id={`${id}-agency`}
            value={agencyLabel}
            onChange={(event) => setAgencyLabel(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-result`}>Result</label>
          <select
            id={`${id}-result`}
            value={result}
            onChange={(event) => setResult(event.target.value as Result)}
          >
            {RESULTS.map((value) => (
              <option key={value} value={value}>
                {labelOf.safeguardingResult(value)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          const check = { result, ...(agencyLabel.trim() ? { agencyLabel: agencyLabel.trim() } : {}) };
          const outcome = api.edit((family: Family) =>
            patchPerson(person.id, { safeguardingChecks: [...checks, check] })(family),
          );
          if (outcome.ok) setAgencyLabel('');
        }}
      >
        Record this check
      </button>
    </fieldset>
  );
}
