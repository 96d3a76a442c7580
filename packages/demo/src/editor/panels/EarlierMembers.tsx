import { householdMembersAt, type Household, type HouseholdId } from '@kinmap/model';
import { useEditorApi } from '../EditorContext.ts';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';

/** Memberships of this household that do not cover the date shown: earlier (or later) residents. */
export function EarlierMembers({ household, asAt }: { household: Household; asAt: string }) {
  const api = useEditorApi();
  const current = new Set(
    householdMembersAt(api.family, household.id as HouseholdId, asAt).map((m) => m.member),
  );
  const others = household.members.filter((member) => !current.has(member));
  if (others.length === 0) return null;
  const nameOf = (id: string) => {
    const person = api.family.people.find((p) => p.id === id);
    return person ? personName(person) : 'someone no longer on the map';
  };
  return (
    <p className="muted household-history">
      Not living here on this date:{' '}
      {others
        .map(
          (member) =>
            `${nameOf(member.person)} (${labelOf.membership(member.membership)}${member.from ? `, from ${member.from}` : ''}${member.to ? `, until ${member.to}` : ''})`,
        )
        .join('; ')}
      . Choose another date above to edit their dates.
    </p>
  );
}
