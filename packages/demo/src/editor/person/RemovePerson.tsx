import { removePerson, type Family, type Person } from '@kinmap/model';
import { useEditorApi } from '../EditorContext.ts';
import { personName } from '../personName.ts';

/** Removes the person and every link to them (undo puts them all back). */
export function RemovePerson({ person }: { person: Person }) {
  const api = useEditorApi();
  return (
    <button
      type="button"
      className="button button--danger"
      onClick={() => {
        const outcome = api.edit((family: Family) => removePerson(family, { id: person.id }));
        if (outcome.ok) api.selectPerson(undefined);
      }}
    >
      Remove {personName(person)} from the map
    </button>
  );
}
