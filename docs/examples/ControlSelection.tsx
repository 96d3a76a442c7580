// Control the selection from the page: the chart reports who is selected, the page shows their names
// and can clear the selection; Enter or a double click opens the person.
// Rendered by tests/react/docsExamples.test.tsx.
import { useState } from 'react';
import { displayName, getPerson, type Family, type PersonId } from '@kinmap/model';
import { InteractiveGenogram, kinmapStyles, type Selection } from '@kinmap/react';

export function SelectableChart({
  family,
  onOpenPerson,
}: {
  family: Family;
  onOpenPerson: (id: PersonId) => void;
}) {
  const [selection, setSelection] = useState<Selection>([]);
  const names = selection.flatMap((id) => {
    const person = getPerson(family, id as PersonId);
    return person ? [displayName(person)] : [];
  });
  return (
    <div>
      <style>{kinmapStyles}</style>
      <InteractiveGenogram
        family={family}
        selection={selection}
        onSelectionChange={setSelection}
        onPersonActivate={onOpenPerson}
        height={480}
      />
      <p aria-live="polite">{names.length > 0 ? `Selected: ${names.join(', ')}` : 'Nobody selected'}</p>
      <button type="button" onClick={() => setSelection([])} disabled={selection.length === 0}>
        Clear selection
      </button>
    </div>
  );
}
