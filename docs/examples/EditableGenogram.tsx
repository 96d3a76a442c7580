// Let a practitioner tidy the chart from the keyboard: Delete removes the person in focus, Ctrl+Z
// (⌘Z on a Mac) undoes, Ctrl+Shift+Z redoes. The page owns the family and saves each model change.
// Rendered by tests/react/docsExamples.test.tsx.
import { useState } from 'react';
import type { Change, Family } from '@kinmap/model';
import { InteractiveGenogram, kinmapStyles } from '@kinmap/react';

export function EditableGenogram({
  initialFamily,
  saveChange,
}: {
  initialFamily: Family;
  /** Store the change (e.g. send it to the case system); the family after it comes with it. */
  saveChange: (change: Change, family: Family) => void;
}) {
  const [family, setFamily] = useState(initialFamily);
  return (
    <>
      <style>{kinmapStyles}</style>
      <InteractiveGenogram
        family={family}
        isEditable
        onFamilyChange={(next, change) => {
          setFamily(next);
          saveChange(change, next);
        }}
      />
    </>
  );
}
