import { addPerson, addRelative, createId, type Family, type Person, type PersonId } from '@kinmap/model';
import { useRef, useState } from 'react';
import { useEditorApi, type Operation } from '../EditorContext.ts';
import { personName } from '../personName.ts';
import { NewParentQuestion, OtherParentQuestion } from './OtherParentQuestion.tsx';
import {
  addChildPlan,
  addParentPlan,
  parentNeedsAsking,
  type NewParentChoice,
  type OtherParentChoice,
  type RelativePlan,
} from './relativeChoices.ts';

type Relation = 'parent' | 'partner' | 'child' | 'sibling' | 'significant_other';

// "+ Child" comes first: it is the add a practitioner makes most, one Tab from the panel's tabs.
const BUTTONS: { relation: Relation; label: string }[] = [
  { relation: 'child', label: 'Child' },
  { relation: 'parent', label: 'Parent' },
  { relation: 'partner', label: 'Partner' },
  { relation: 'sibling', label: 'Sibling' },
  { relation: 'significant_other', label: 'Significant other' },
];

/**
 * Buttons that add a relative of the selected person, select them and open their details. "+ Child"
 * always asks who the other parent is, and "+ Parent" asks whether the new parent is a partner of a
 * parent already on the map: the demo never picks a parent for the user.
 */
export function AddRelatives({ person }: { person: Person }) {
  const api = useEditorApi();
  const [error, setError] = useState<string | undefined>();
  // The open question belongs to the person it was asked about (selecting someone else closes it).
  const [question, setQuestion] = useState<{ relation: 'child' | 'parent'; about: string }>();
  const asking = question?.about === person.id ? question.relation : undefined;
  const setAsking = (relation: 'child' | 'parent' | undefined) =>
    setQuestion(relation ? { relation, about: person.id } : undefined);
  const [questionError, setQuestionError] = useState<string | undefined>();
  const buttons = useRef(new Map<Relation, HTMLButtonElement>());
  const name = personName(person);

  /**
   * Runs the operations as one undo step (announced with `label`, or the model's own label when it is
   * empty), then selects `focusId` and focuses their given name.
   */
  function run(operations: Operation[], label: string, focusId: PersonId | undefined): boolean {
    let index = -1;
    const last = operations.length - 1;
    const tracked = operations.map((operation, i) =>
      i === last
        ? (family: Family) => {
            const result = operation(family);
            index = result.family.people.findIndex((p) => p.id === focusId);
            return result;
          }
        : operation,
    );
    const outcome =
      label === '' && tracked.length === 1 && tracked[0]
        ? api.edit(tracked[0], { showsRefusal: true })
        : api.editAll(tracked, label, { showsRefusal: true });
    if (!outcome.ok) {
      setQuestionError(outcome.message);
      setError(outcome.message);
      return false;
    }
    setError(undefined);
    setQuestionError(undefined);
    if (focusId && index >= 0) {
      api.selectPerson(focusId);
      api.showTab('person');
      api.requestFocus(`people[${index}].names.given`);
    }
    return true;
  }

  function runPlan(make: () => RelativePlan) {
    let plan: RelativePlan;
    try {
      plan = make();
    } catch (problem) {
      setQuestionError(problem instanceof Error ? problem.message : String(problem));
      return;
    }
    if (run(plan.operations, plan.label, plan.focusId)) setAsking(undefined);
  }

  function add(relation: Relation) {
    setError(undefined);
    setQuestionError(undefined);
    if (relation === 'child') {
      setAsking('child');
      return;
    }
    if (relation === 'parent' && parentNeedsAsking(api.family, person.id)) {
      setAsking('parent');
      return;
    }
    setAsking(undefined);
    const added = createId('person');
    const operation: Operation = (family: Family) =>
      relation === 'significant_other'
        ? addPerson(family, { id: added, significance: 'significant_other' })
        : addRelative(family, { of: person.id, relation, person: { id: added } });
    run([operation], '', added);
  }

  function cancel() {
    const relation = asking;
    setAsking(undefined);
    setQuestionError(undefined);
    if (relation) buttons.current.get(relation)?.focus();
  }

  return (
    <section className="add-relatives" aria-labelledby="add-relatives-heading">
      <h2 id="add-relatives-heading">Add a relative of {name}</h2>
      <div className="button-row" role="group" aria-labelledby="add-relatives-heading">
        {BUTTONS.map(({ relation, label }) => (
          <button
            key={relation}
            ref={(node) => {
              if (node) buttons.current.set(relation, node);
              else buttons.current.delete(relation);
            }}
            type="button"
            className="button"
            aria-expanded={relation === 'child' || relation === 'parent' ? asking === relation : undefined}
            onClick={() => add(relation)}
          >
            <span aria-hidden="true">+ </span>
            {label}
            <span className="visually-hidden"> of {name}</span>
          </button>
        ))}
      </div>
      {asking === 'child' && (
        <OtherParentQuestion
          key={`child-${person.id}`}
          family={api.family}
          of={person}
          error={questionError}
          onCancel={cancel}
          onConfirm={(choice: OtherParentChoice) => runPlan(() => addChildPlan(api.family, person, choice))}
        />
      )}
      {asking === 'parent' && (
        <NewParentQuestion
          key={`parent-${person.id}`}
          family={api.family}
          child={person}
          error={questionError}
          onCancel={cancel}
          onConfirm={(choice: NewParentChoice, kind) =>
            kind === ''
              ? setQuestionError(`Choose how the new parent is ${name}’s parent`)
              : runPlan(() => addParentPlan(api.family, person, choice, kind))
          }
        />
      )}
      {error && !asking && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
