import {
  enums,
  householdMembersAt,
  todayIsoDate,
  updateHousehold,
  type Family,
  type Household,
  type HouseholdId,
} from '@kinmap/model';
import { useEditorApi } from '../EditorContext.ts';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { labelOf } from '../optionLabels.ts';
import { AddHouseholdMember } from './AddHouseholdMember.tsx';
import { EarlierMembers } from './EarlierMembers.tsx';
import { HouseholdMembers } from './HouseholdMembers.tsx';
import { RecordMove } from './RecordMove.tsx';

/**
 * One household: its name, its members on the date shown, earlier members, recording a move, adding
 * a member, and whether all the residents were confirmed.
 */
export function HouseholdCard({
  household,
  index,
  asAt,
}: {
  household: Household;
  index: number;
  asAt: string;
}) {
  const api = useEditorApi();
  const members = householdMembersAt(api.family, household.id as HouseholdId, asAt);
  const memberIds = new Set(members.map((m) => m.person.id));
  const others = api.family.people.filter((p) => !memberIds.has(p.id));
  const at = `households[${index}]`;

  return (
    <div className="item-card">
      <TextField
        label="Name of the household"
        path={`${at}.label`}
        value={household.label}
        toOperation={(text) => (f: Family) =>
          updateHousehold(f, { id: household.id, patch: { label: text ?? '' } })
        }
      />
      <HouseholdMembers household={household} members={members} at={at} />
      <EarlierMembers household={household} asAt={asAt} />
      {members.length > 0 && <RecordMove household={household} members={members.map((m) => m.person)} />}
      <AddHouseholdMember household={household} others={others} at={at} />
      <SelectField
        label="Have all the residents been confirmed?"
        allowEmpty
        path={`${at}.membersConfirmed.confirmed`}
        value={household.membersConfirmed?.confirmed}
        options={enums.MembersConfirmed}
        optionLabel={labelOf.membersConfirmed}
        toOperation={(confirmed) => (f: Family) =>
          updateHousehold(f, {
            id: household.id,
            patch: { membersConfirmed: confirmed === null ? null : { confirmed, date: todayIsoDate() } },
          })
        }
      />
      {household.membersConfirmed && (
        <SelectField
          label="How they were confirmed"
          allowEmpty
          path={`${at}.membersConfirmed.method`}
          value={household.membersConfirmed.method}
          options={enums.ConfirmationMethod}
          optionLabel={labelOf.confirmationMethod}
          toOperation={(method) => (f: Family) =>
            updateHousehold(f, { id: household.id, patch: { membersConfirmed: { method } } })
          }
        />
      )}
    </div>
  );
}
