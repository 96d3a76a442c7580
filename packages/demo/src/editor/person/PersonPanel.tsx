import type { Person } from '@kinmap/model';
import { useEditorApi } from '../EditorContext.ts';
import { PersonDetails } from './PersonDetails.tsx';
import { AddFirstPerson } from './AddFirstPerson.tsx';

/**
 * The person tab: the selected person's details (the buttons that add their relatives sit above the
 * panel's tabs, see `Editor`), or the first person's form.
 */
export function PersonPanel() {
  const { family, selectedPersonId } = useEditorApi();
  const index = family.people.findIndex((person) => person.id === selectedPersonId);
  const person: Person | undefined = family.people[index];
  if (!person) {
    return (
      <div className="tab-panel">
        {family.people.length > 0 && (
          <p className="muted">
            Select a person on the map (click, or Tab to the map and use the arrow keys) to add their
            relatives and edit their details.
          </p>
        )}
        <AddFirstPerson isFirst={family.people.length === 0} />
      </div>
    );
  }
  return (
    <div>
      <PersonDetails key={person.id} person={person} index={index} />
    </div>
  );
}
