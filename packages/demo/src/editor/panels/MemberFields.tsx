import { enums, updateHousehold, type Family, type Household, type HouseholdMember } from '@kinmap/model';
import { DateField } from '../fields/DateField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { labelOf } from '../optionLabels.ts';

type MemberPatch = Partial<Record<'membership' | 'frequency' | 'from' | 'to', string | null>>;

/** The household's members with one membership changed (`null` removes a field). */
function withMember(household: Household, memberIndex: number, patch: MemberPatch): HouseholdMember[] {
  return household.members.map((member, j) => {
    if (j !== memberIndex) return member;
    const next: Record<string, unknown> = { ...member };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === undefined) delete next[key];
      else next[key] = value;
    }
    return next as HouseholdMember;
  });
}

/** One membership: how they live there, how often (visitors), and when they moved in and out. */
export function MemberFields({
  household,
  memberIndex,
  at,
  name,
}: {
  household: Household;
  memberIndex: number;
  at: string;
  name: string;
}) {
  const member = household.members[memberIndex];
  if (!member) return null;
  const change = (patch: MemberPatch) => (f: Family) =>
    updateHousehold(f, { id: household.id, patch: { members: withMember(household, memberIndex, patch) } });
  return (
    <div className="member-fields">
      <div className="field-row">
        <SelectField
          label={`How ${name} lives there`}
          path={`${at}.membership`}
          value={member.membership}
          options={enums.Membership}
          optionLabel={labelOf.membership}
          toOperation={(membership) => change({ membership: membership ?? 'resident' })}
        />
        {(member.membership !== 'resident' || member.frequency) && (
          <TextField
            label={`How often ${name} is there`}
            hint="For example “most weekends”."
            path={`${at}.frequency`}
            value={member.frequency}
            toOperation={(frequency) => change({ frequency })}
          />
        )}
      </div>
      <div className="field-row">
        <DateField
          legend={`${name} moved in`}
          hint="A date, a month and year, or a year. Empty if not known."
          path={`${at}.from`}
          value={member.from}
          toOperation={(from) => change({ from })}
        />
        <DateField
          legend={`${name} moved out`}
          hint="Empty while they still live there."
          path={`${at}.to`}
          value={member.to}
          toOperation={(to) => change({ to })}
        />
      </div>
    </div>
  );
}
