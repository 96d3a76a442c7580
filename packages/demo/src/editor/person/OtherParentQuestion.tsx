import { enums, type Family, type ParentChildKind, type Person, type PersonId } from '@kinmap/model';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';
import { parentKindLabel } from '../panels/linkLabels.ts';
import {
  birthParentCount,
  defaultOtherParent,
  parentOptions,
  partnerOptions,
  type NewParentChoice,
  type OtherParentChoice,
  type ReasonUnknown,
} from './relativeChoices.ts';

/**
 * The one question "+ Child" or "+ Parent" asks before adding anyone, as a small form under the
 * buttons: a radio group (fieldset and legend), focus on the suggested answer, Enter confirms, Escape
 * cancels. Nothing is added until the user confirms.
 */
function QuestionForm({
  legend,
  confirmLabel,
  error,
  onConfirm,
  onCancel,
  children,
}: {
  legend: string;
  confirmLabel: string;
  error: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const errorId = useId();
  // Focus the chosen answer when the question opens, so Enter confirms and arrows change it.
  useEffect(() => {
    const checked = formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    (checked ?? formRef.current?.querySelector<HTMLElement>('input, select, button'))?.focus();
  }, []);
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.target as HTMLElement).matches('input[type="radio"]')) {
      // Enter on an answer confirms it (browsers differ on whether a radio submits the form).
      event.preventDefault();
      onConfirm();
    }
  }
  return (
    <form
      ref={formRef}
      className="relative-question"
      onKeyDown={onKeyDown}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onConfirm();
      }}
    >
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend>{legend}</legend>
        {children}
      </fieldset>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Radio({
  name,
  checked,
  onChange,
  children,
  hint,
}: {
  name: string;
  checked: boolean;
  onChange: () => void;
  children: ReactNode;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="radio">
      <input
        id={id}
        type="radio"
        name={name}
        checked={checked}
        onChange={onChange}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{children}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint radio__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

const sameChoice = (a: OtherParentChoice, b: OtherParentChoice) =>
  a.kind === b.kind && (a.kind !== 'partner' || (b.kind === 'partner' && a.partnership === b.partnership));

/**
 * "Who is the other parent of Tom’s new child?": each partner (current first, then earlier ones),
 * someone else on the map, someone not on the map yet, not known (a placeholder parent), or no other
 * parent.
 */
export function OtherParentQuestion({
  family,
  of,
  error,
  onConfirm,
  onCancel,
}: {
  family: Family;
  of: Person;
  error: string | undefined;
  onConfirm: (choice: OtherParentChoice) => void;
  onCancel: () => void;
}) {
  const name = personName(of);
  const partners = partnerOptions(family, of.id);
  const [choice, setChoice] = useState<OtherParentChoice>(() => defaultOtherParent(partners));
  const [someone, setSomeone] = useState<PersonId | ''>('');
  const [reason, setReason] = useState<ReasonUnknown>('not_known_to_family');
  const group = useId();
  const partnerIds = new Set(partners.map((p) => p.partner.id));
  const others = family.people.filter(
    (p) => p.id !== of.id && !partnerIds.has(p.id) && (p.kind === 'person' || p.kind === 'placeholder'),
  );
  const isChosen = (c: OtherParentChoice) => sameChoice(choice, c);
  function confirm() {
    if (choice.kind === 'person') onConfirm({ kind: 'person', person: someone });
    else if (choice.kind === 'unknown') onConfirm({ kind: 'unknown', reason });
    else onConfirm(choice);
  }
  return (
    <QuestionForm
      legend={`Who is the other parent of ${name}’s new child?`}
      confirmLabel="Add the child"
      error={error}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      {partners.map((option) => (
        <Radio
          key={option.partnership}
          name={group}
          checked={isChosen({ kind: 'partner', partnership: option.partnership })}
          onChange={() => setChoice({ kind: 'partner', partnership: option.partnership })}
        >
          {option.label}
        </Radio>
      ))}
      {others.length > 0 && (
        <Radio
          name={group}
          checked={choice.kind === 'person'}
          onChange={() => setChoice({ kind: 'person', person: someone })}
        >
          Someone else on the map
        </Radio>
      )}
      {choice.kind === 'person' && (
        <div className="field radio__more">
          <label htmlFor={`${group}-someone`}>Other parent</label>
          <select
            id={`${group}-someone`}
            value={someone}
            onChange={(event) => setSomeone(event.target.value as PersonId | '')}
          >
            <option value="">Choose a person</option>
            {others.map((person) => (
              <option key={person.id} value={person.id}>
                {personName(person)}
              </option>
            ))}
          </select>
        </div>
      )}
      <Radio
        name={group}
        checked={choice.kind === 'new'}
        onChange={() => setChoice({ kind: 'new' })}
        hint="Added as a partner of the parent; name them after the child."
      >
        Someone not on the map yet
      </Radio>
      <Radio
        name={group}
        checked={choice.kind === 'unknown'}
        onChange={() => setChoice({ kind: 'unknown', reason })}
        hint="Drawn as an unknown parent, with the reason."
      >
        Not known
      </Radio>
      {choice.kind === 'unknown' && (
        <div className="field radio__more">
          <label htmlFor={`${group}-reason`}>Why the other parent is not known</label>
          <select
            id={`${group}-reason`}
            value={reason}
            onChange={(event) => setReason(event.target.value as ReasonUnknown)}
          >
            {enums.ReasonUnknown.map((value) => (
              <option key={value} value={value}>
                {labelOf.reasonUnknown(value)}
              </option>
            ))}
          </select>
        </div>
      )}
      <Radio
        name={group}
        checked={choice.kind === 'none'}
        onChange={() => setChoice({ kind: 'none' })}
        hint="Only when the child has one parent, for example a single adopter."
      >
        No other parent
      </Radio>
    </QuestionForm>
  );
}

/**
 * "Who is Sophie’s new parent?": a partner of a parent already recorded (so a father can be the
 * mother’s partner already on the map) or someone not on the map yet, and how they are a parent.
 */
export function NewParentQuestion({
  family,
  child,
  error,
  onConfirm,
  onCancel,
}: {
  family: Family;
  child: Person;
  error: string | undefined;
  /** `kind` is `''` while the user has not said how they are a parent (the caller says so). */
  onConfirm: (choice: NewParentChoice, kind: ParentChildKind | '') => void;
  onCancel: () => void;
}) {
  const name = personName(child);
  const options = parentOptions(family, child.id);
  const hasBothBirthParents = birthParentCount(family, child.id) >= 2;
  const [chosen, setChosen] = useState<number>(options.length > 0 ? 0 : -1);
  const [kind, setKind] = useState<ParentChildKind | ''>(hasBothBirthParents ? '' : 'birth');
  const group = useId();
  function confirm() {
    const option = options[chosen];
    onConfirm(option ? option.choice : { kind: 'new' }, kind);
  }
  return (
    <QuestionForm
      legend={`Who is ${name}’s new parent?`}
      confirmLabel="Add the parent"
      error={error}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      {options.map((option, index) => (
        <Radio
          key={option.choice.person}
          name={group}
          checked={chosen === index}
          onChange={() => setChosen(index)}
        >
          {option.label}
        </Radio>
      ))}
      <Radio name={group} checked={chosen === -1} onChange={() => setChosen(-1)}>
        Someone not on the map yet
      </Radio>
      <div className="field">
        <label htmlFor={`${group}-kind`}>How they are {name}’s parent</label>
        <select
          id={`${group}-kind`}
          value={kind}
          aria-describedby={hasBothBirthParents ? `${group}-kind-hint` : undefined}
          onChange={(event) => setKind(event.target.value as ParentChildKind | '')}
        >
          {kind === '' && <option value="">Choose</option>}
          {enums.ParentChildKind.map((value) => (
            <option key={value} value={value}>
              {parentKindLabel(value)}
            </option>
          ))}
        </select>
        {hasBothBirthParents && (
          <p id={`${group}-kind-hint`} className="field__hint">
            {name} already has two birth parents on the map.
          </p>
        )}
      </div>
    </QuestionForm>
  );
}
