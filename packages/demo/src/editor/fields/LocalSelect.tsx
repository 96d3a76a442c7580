/** Props of {@link LocalSelect}. */
interface LocalSelectProps<V extends string> {
  id: string;
  label: string;
  value: V;
  options: readonly V[];
  /** The words shown for each option (plain English). */
  optionLabel: (value: V) => string;
  onChange: (value: V) => void;
}

/**
 * A labelled drop-down for a choice held in a form's own state until the user presses its button
 * (the fields bound straight to the map use `SelectField`).
 */
export function LocalSelect<V extends string>({
  id,
  label,
  value,
  options,
  optionLabel,
  onChange,
}: LocalSelectProps<V>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as V)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
