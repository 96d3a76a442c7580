import type { RedactionProfile, SensitivityClass } from '@kinmap/model';
import { useId } from 'react';
import { OPT_IN_CLASSES } from './shareForm.ts';

/** What each class that can be opted in is, in plain words. */
const OPT_IN_WORDS: Partial<Record<SensitivityClass, string>> = {
  confidential_location: 'Confidential addresses (only for someone authorised to see them)',
  special_category: 'Health, ethnicity or religion',
  criminal: 'Offences and abuse',
  immigration: 'Immigration detail',
  personal: 'Other people’s personal details',
  third_party: 'Who told us what (sources and informants)',
  court_restricted: 'Information from court proceedings',
};

/**
 * "Needed for the purpose": the classes this profile leaves out that the sharer may keep, each with
 * a reason (recorded with the share). Nothing for a profile that allows none.
 */
export function ProfileOptIns({
  profile,
  include,
  onChange,
  error,
}: {
  profile: RedactionProfile;
  include: Partial<Record<SensitivityClass, string>>;
  onChange: (include: Partial<Record<SensitivityClass, string>>) => void;
  error: string | undefined;
}) {
  const id = useId();
  const classes = OPT_IN_CLASSES[profile];
  if (classes.length === 0) return null;
  function toggle(cls: SensitivityClass, on: boolean) {
    const next = { ...include };
    if (on) next[cls] = '';
    else delete next[cls];
    onChange(next);
  }
  return (
    <fieldset className="share-optins" aria-describedby={`${id}-hint`}>
      <legend>Keep anything it leaves out? (optional)</legend>
      <p id={`${id}-hint`} className="field__hint">
        Only what this recipient needs for the purpose, and say why: the reason is recorded with the share.
      </p>
      {classes.map((cls) => {
        const on = include[cls] !== undefined;
        const reason = include[cls] ?? '';
        const missing = error !== undefined && on && reason.trim() === '';
        return (
          <div key={cls} className="share-optins__item">
            <div className="field--inline">
              <input
                type="checkbox"
                id={`${id}-${cls}`}
                checked={on}
                onChange={(event) => toggle(cls, event.target.checked)}
              />
              <label htmlFor={`${id}-${cls}`}>{OPT_IN_WORDS[cls] ?? cls}</label>
            </div>
            {on && (
              <div className="field share-optins__reason">
                <label htmlFor={`${id}-${cls}-reason`}>Why it is needed</label>
                <input
                  id={`${id}-${cls}-reason`}
                  type="text"
                  maxLength={500}
                  value={reason}
                  aria-invalid={missing ? true : undefined}
                  aria-describedby={missing ? `${id}-error` : undefined}
                  onChange={(event) => onChange({ ...include, [cls]: event.target.value })}
                />
              </div>
            )}
          </div>
        );
      })}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
