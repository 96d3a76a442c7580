import { useEditorApi } from '../EditorContext.ts';
import { AddAgencyForm } from './AddAgencyForm.tsx';
import { AgencyCard } from './AgencyCard.tsx';

export { ADD_AGENCY_PATH } from './AddAgencyForm.tsx';

/**
 * The agencies involved, each fully editable after adding: the agency (kind, name, team, contact by
 * role, notes) and each of its involvements (whom it works with, roles including lead practitioner,
 * status, dates, the ecomap line, invited to meetings, notes). An agency that works with several people
 * (a school with two children) has one involvement per person: "+ Works with another person" adds one.
 */
export function AgenciesPanel() {
  const api = useEditorApi();
  const { family } = api;
  return (
    <section className="tab-panel" aria-labelledby="agencies-heading">
      <h2 id="agencies-heading">Agencies</h2>
      {family.agencies.length === 0 && <p className="muted">No agencies recorded yet.</p>}
      {family.agencies.map((agency, index) => (
        <AgencyCard key={agency.id} agency={agency} index={index} />
      ))}
      <AddAgencyForm />
    </section>
  );
}
