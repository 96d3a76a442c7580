import {
  updateHousehold,
  type Family,
  type Household,
  type HouseholdMember,
  type Person,
} from '@kinmap/model';
import { useId } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';
import { MemberFields } from './MemberFields.tsx';

/**
 * The "Members" heading and the household's members on the date shown: each with their membership's
 * fields and a button to remove them when recorded in error.
 */
export function HouseholdMembers({
  household,
  members,
  at,
}: {
  household: Household;
  members: readonly { person: Person; member: HouseholdMember }[];
  at: string;
}) {
  const api = useEditorApi();
  const id = useId();
  return (
    <>
      <h3 id={`${id}-members`}>Members</h3>
      {members.length === 0 ? (
        <p className="muted">Nobody recorded on this date.</p>
      ) : (
        <ul className="list-plain member-list" aria-labelledby={`${id}-members`}>
          {members.map(({ person, member }) => {
            const memberIndex = household.members.indexOf(member);
            return (
              // One member a block: their name, then their membership's fields (not one flex row).
              <li key={`${person.id}-${memberIndex}`} style={{ display: 'block' }}>
                {personName(person)} ({labelOf.membership(member.membership)}){' '}
                <MemberFields
                  household={household}
                  memberIndex={memberIndex}
                  at={`${at}.members[${memberIndex}]`}
                  name={personName(person)}
                />
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() =>
                    api.edit((f: Family) =>
                      updateHousehold(f, {
                        id: household.id,
                        patch: { members: household.members.filter((_, j) => j !== memberIndex) },
                      }),
                    )
                  }
                >
                  Remove
                  <span className="visually-hidden">
                    {' '}
                    {personName(person)} from {household.label}
                  </span>{' '}
                  (recorded in error)
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
