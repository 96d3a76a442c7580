import { addPerson, type Family, type PersonId } from '@kinmap/model';
import { useEditorApi } from '../EditorContext.ts';

/** Adds a person who is not yet related to anyone (the first person on a new map, for example). */
export function AddFirstPerson({ isFirst }: { isFirst: boolean }) {
  const api = useEditorApi();
  function add() {
    let added: PersonId | undefined;
    api.edit((family: Family) => {
      const result = addPerson(family, {});
      added = result.change.people?.added?.[0]?.value.id;
      return result;
    });
    if (added) {
      const index = api.family.people.length;
      api.selectPerson(added);
      api.requestFocus(`people[${index}].names.given`);
    }
  }
  return (
    <div className={isFirst ? 'editor__empty' : undefined}>
      {isFirst && <p>This map is empty. Start with the child or adult the work is about.</p>}
      <button type="button" className={isFirst ? 'button button--primary' : 'button'} onClick={add}>
        {isFirst ? 'Add the first person' : 'Add a person not related to anyone yet'}
      </button>
    </div>
  );
}
