import { useId, useState, type FormEvent } from 'react';
import type { MapStore } from '../storage/mapStore.ts';
import { blankFamily, saveFamily } from '../storage/familyMaps.ts';
import { navigate } from '../route.ts';

/** Starts a new, empty map with a title and opens it. */
export function NewMapForm({ store }: { store: MapStore }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      setError('Give the map a title, such as the family’s surname or the child’s first name.');
      return;
    }
    const family = blankFamily(trimmed);
    await saveFamily(store, family);
    navigate({ screen: 'map', id: family.id });
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Start a new map</h2>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title of the map</label>
          <input
            id={`${id}-title`}
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              setError('');
            }}
            aria-invalid={error !== '' || undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            maxLength={500}
          />
          {error ? (
            <p id={`${id}-error`} className="field__error">
              {error}
            </p>
          ) : (
            <p id={`${id}-hint`} className="field__hint">
              For example “Leo’s family”. Avoid full names if this device is shared.
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary">
          Create map
        </button>
      </form>
    </section>
  );
}
