import type { RedactionProfile } from '@kinmap/model';
import { useId } from 'react';
import { PROFILE_CHOICES } from './shareWords.ts';

/** "What kind of copy?": the six profiles as radio buttons, each with its plain-English line. */
export function ProfileField({
  value,
  onChange,
}: {
  value: RedactionProfile;
  onChange: (profile: RedactionProfile) => void;
}) {
  const id = useId();
  return (
    <fieldset className="share-profiles">
      <legend>What kind of copy?</legend>
      {PROFILE_CHOICES.map((choice) => (
        <div key={choice.profile} className="share-profiles__choice">
          <input
            type="radio"
            id={`${id}-${choice.profile}`}
            name={`${id}-profile`}
            value={choice.profile}
            checked={value === choice.profile}
            aria-describedby={`${id}-${choice.profile}-line`}
            onChange={() => onChange(choice.profile)}
          />
          <label htmlFor={`${id}-${choice.profile}`}>{choice.label}</label>
          <p id={`${id}-${choice.profile}-line`} className="field__hint share-profiles__line">
            {choice.line}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
