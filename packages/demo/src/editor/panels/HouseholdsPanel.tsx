import { todayIsoDate } from '@kinmap/model';
import { useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { LocalDateField } from '../fields/LocalDateField.tsx';
import { AddHouseholdForm } from './AddHouseholdForm.tsx';
import { HouseholdCard } from './HouseholdCard.tsx';

/** Who lives in each household, as at a date, and whether all residents were confirmed. */
export function HouseholdsPanel() {
  const api = useEditorApi();
  const { family } = api;
  const [asAt, setAsAt] = useState<string | null>(null);
  const date = asAt ?? family.asAt ?? todayIsoDate();

  return (
    <section className="tab-panel" aria-labelledby="households-heading">
      <h2 id="households-heading">Households</h2>
      <LocalDateField legend="Show who lives where as at (leave empty for today)" onDate={setAsAt} />
      <p className="muted">Showing members as at {date}.</p>
      {family.households.map((household, index) => (
        <HouseholdCard key={household.id} household={household} index={index} asAt={date} />
      ))}
      <AddHouseholdForm />
    </section>
  );
}
