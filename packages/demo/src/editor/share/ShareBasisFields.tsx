import { type ConsentState, type LawfulBasis, type SharingCondition } from '@kinmap/model';
import { useId } from 'react';
import { describedBy } from '../fields/FieldMessages.tsx';
import {
  CONDITION_LABELS,
  CONSENT_LABELS,
  consentNeedsReason,
  LAWFUL_BASIS_LABELS,
  type BasisProblems,
  type ShareBasis,
} from './shareBasis.ts';

const BASES = Object.keys(LAWFUL_BASIS_LABELS) as LawfulBasis[];
const CONDITIONS = Object.keys(CONDITION_LABELS) as SharingCondition[];
const CONSENTS = Object.keys(CONSENT_LABELS) as ConsentState[];

/** A field's error line, when it has one. */
function ErrorLine({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="field__error">
      {error}
    </p>
  ) : null;
}

/**
 * Why the copy may go and where consent stands (domain.md §4.3): who is sharing, the lawful basis,
 * the extra condition for health or offence information, a note, and consent with its reason when it
 * was not sought or was refused.
 */
export function ShareBasisFields({
  basis,
  onChange,
  problems,
  headingId,
}: {
  basis: ShareBasis;
  onChange: (basis: ShareBasis) => void;
  problems: BasisProblems;
  headingId: string;
}) {
  const id = useId();
  const set = (part: Partial<ShareBasis>) => onChange({ ...basis, ...part });
  return (
    <section className="share-basis" aria-labelledby={headingId}>
      <h3 id={headingId}>Why it may be shared</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-by`}>Your name or role</label>
          <input
            id={`${id}-by`}
            type="text"
            autoComplete="name"
            maxLength={200}
            value={basis.by}
            aria-describedby={describedBy(`${id}-by`, { error: problems.by })}
            aria-invalid={problems.by ? true : undefined}
            onChange={(event) => set({ by: event.target.value })}
          />
          <ErrorLine id={`${id}-by`} error={problems.by} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-basis`}>Lawful basis</label>
          <select
            id={`${id}-basis`}
            value={basis.lawfulBasis}
            aria-describedby={describedBy(`${id}-basis`, { error: problems.lawfulBasis, hint: true })}
            aria-invalid={problems.lawfulBasis ? true : undefined}
            onChange={(event) => set({ lawfulBasis: event.target.value as LawfulBasis | '' })}
          >
            <option value="">Choose the basis</option>
            {BASES.map((value) => (
              <option key={value} value={value}>
                {LAWFUL_BASIS_LABELS[value]}
              </option>
            ))}
          </select>
          <p id={`${id}-basis-hint`} className="field__hint">
            For safeguarding, usually public task or legal obligation. Consent is rarely the right basis.
          </p>
          <ErrorLine id={`${id}-basis`} error={problems.lawfulBasis} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-condition`}>Condition for health or offence information</label>
        <select
          id={`${id}-condition`}
          value={basis.condition}
          aria-describedby={describedBy(`${id}-condition`, { error: problems.condition, hint: true })}
          aria-invalid={problems.condition ? true : undefined}
          onChange={(event) => set({ condition: event.target.value as SharingCondition | '' })}
        >
          <option value="">None recorded</option>
          {CONDITIONS.map((value) => (
            <option key={value} value={value}>
              {CONDITION_LABELS[value]}
            </option>
          ))}
        </select>
        <p id={`${id}-condition-hint`} className="field__hint">
          Needed when the copy holds health or offence information (the checks below say when).
        </p>
        <ErrorLine id={`${id}-condition`} error={problems.condition} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note on the basis (optional)</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={2000}
          value={basis.note}
          onChange={(event) => set({ note: event.target.value })}
        />
      </div>
      <fieldset
        className="share-consent"
        aria-describedby={problems.consent ? `${id}-consent-error` : undefined}
      >
        <legend>Consent to share</legend>
        {CONSENTS.map((value) => (
          <div key={value} className="field--inline">
            <input
              type="radio"
              id={`${id}-consent-${value}`}
              name={`${id}-consent`}
              value={value}
              checked={basis.consent === value}
              onChange={() => set({ consent: value })}
            />
            <label htmlFor={`${id}-consent-${value}`}>{CONSENT_LABELS[value]}</label>
          </div>
        ))}
        <ErrorLine id={`${id}-consent`} error={problems.consent} />
        {consentNeedsReason(basis.consent) && (
          <div className="field share-consent__reason">
            <label htmlFor={`${id}-reason`}>
              {basis.consent === 'not_sought' ? 'Why consent was not sought' : 'Why it is shared anyway'}
            </label>
            <textarea
              id={`${id}-reason`}
              rows={2}
              maxLength={2000}
              value={basis.consentReason}
              aria-describedby={describedBy(`${id}-reason`, { error: problems.consentReason })}
              aria-invalid={problems.consentReason ? true : undefined}
              onChange={(event) => set({ consentReason: event.target.value })}
            />
            <ErrorLine id={`${id}-reason`} error={problems.consentReason} />
          </div>
        )}
      </fieldset>
    </section>
  );
}
