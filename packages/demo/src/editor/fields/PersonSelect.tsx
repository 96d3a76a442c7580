import type { Person } from '@kinmap/model';
import { personName } from '../personName.ts';

/** Props of {@link PersonSelect}. */
interface PersonSelectProps {
  id: string;
  label: string;
  /** The chosen person's id, or `''` while nobody is chosen. */
  value: string;
  people: readonly Person[];
  onChange: (personId: string) => void;
  /** The map field this choice resolves, for the checklist's "go to field". */
  dataPath?: string;
}

/** A labelled drop-down of people, starting at "Choose a person", held in a form's own state. */
export function PersonSelect({ id, label, value, people, onChange, dataPath }: PersonSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} data-path={dataPath} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose a person</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {personName(person)}
          </option>
        ))}
      </select>
    </div>
  );
}
