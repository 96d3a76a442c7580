import { sourceWords, type Discrepancy } from './api.ts';

const STATUS_WORDS: Record<Discrepancy['status'], string> = {
  open: 'Discrepancy raised: to check',
  corrected: 'Corrected on the map',
  not_corrected: 'Not corrected',
};

/**
 * An identity discrepancy: the map's value and the value reported, each with its source, side by side.
 * A partner sees only its own value (its view of the map may hide the map's).
 */
export function DiscrepancyTable({
  discrepancies,
  role,
}: {
  discrepancies: readonly Discrepancy[];
  role: 'lead' | 'partner';
}) {
  return (
    <>
      {discrepancies.map((discrepancy) => (
        <table key={discrepancy.id} className="shared__discrepancy">
          <caption>
            {STATUS_WORDS[discrepancy.status]}: different {discrepancy.label}
            {discrepancy.entity?.name ? ` for ${discrepancy.entity.name}` : ''}
          </caption>
          <thead>
            <tr>
              {role === 'lead' ? <th scope="col">On the map</th> : null}
              <th scope="col">Reported by {discrepancy.reported.agency.name}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              {role === 'lead' ? <td>{discrepancy.map?.value ?? 'not known'}</td> : null}
              <td>{discrepancy.reported.value}</td>
            </tr>
            <tr>
              {role === 'lead' ? <td>Source: {discrepancy.map?.source.label ?? 'not recorded'}</td> : null}
              <td>Source: {sourceWords(discrepancy.reported.source)}</td>
            </tr>
          </tbody>
        </table>
      ))}
    </>
  );
}
