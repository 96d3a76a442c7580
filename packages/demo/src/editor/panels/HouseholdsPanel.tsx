import {
  addHousehold,
  enums,
  householdMembersAt,
  moveIntoHousehold,
  moveOutOfHousehold,
  todayIsoDate,
  updateHousehold,
  type Family,
  type Household,
  type HouseholdId,
  type HouseholdMember,
  type Person,
  type Membership,
  type PersonId,
} from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { TextField } from '../fields/TextField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { LocalDateField } from '../fields/LocalDateField.tsx';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';
import { LocalSelect } from '../fields/LocalSelect.tsx';
import { PersonSelect } from '../fields/PersonSelect.tsx';
import { DateField } from '../fields/DateField.tsx';

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
function MemberFields({
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

/** Memberships of this household that do not cover the date shown: earlier (or later) residents. */
function EarlierMembers({ household, asAt }: { household: Household; asAt: string }) {
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

/** A dated move: someone leaves this household on a date, and joins another household (or none). */
function RecordMove({ household, members }: { household: Household; members: readonly Person[] }) {
  const api = useEditorApi();
  const id = useId();
  const [who, setWho] = useState('');
  const [to, setTo] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const elsewhere = api.family.households.filter((h) => h.id !== household.id);
  function move() {
    if (!who) return setError('Choose who moved');
    if (!date) return setError('Enter the date they moved (a year is enough)');
    const person = who as PersonId;
    const membership =
      household.members.find((m) => m.person === person && m.to === undefined)?.membership ?? 'resident';
    const steps = [(f: Family) => moveOutOfHousehold(f, { person, household: household.id, to: date })];
    if (to)
      steps.push((f: Family) =>
        moveIntoHousehold(f, { person, household: to as HouseholdId, membership, from: date }),
      );
    const outcome = api.editAll(steps, 'Record a household move', { showsRefusal: true });
    setError(outcome.ok ? undefined : outcome.message);
    if (outcome.ok) setWho('');
  }
  return (
    <fieldset className="record-move">
      <legend>Record a move out of {household.label}</legend>
      <div className="field-row">
        <PersonSelect id={`${id}-who`} label="Who moved" value={who} people={members} onChange={setWho} />
        <div className="field">
          <label htmlFor={`${id}-to`}>Moved to</label>
          <select id={`${id}-to`} value={to} onChange={(event) => setTo(event.target.value)}>
            <option value="">Somewhere not on the map</option>
            {elsewhere.map((h) => (
              <option key={h.id} value={h.id}>
                {h.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <LocalDateField legend="Date of the move" onDate={setDate} />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button" onClick={move}>
        Record the move
      </button>
    </fieldset>
  );
}

/** Who lives in each household, as at a date, and whether all residents were confirmed. */
export function HouseholdsPanel() {
  const api = useEditorApi();
  const { family } = api;
  const [asAt, setAsAt] = useState<string | null>(null);
  const date = asAt ?? family.asAt ?? todayIsoDate();
  const [label, setLabel] = useState('');
  const id = useId();

  function add() {
    const text = label.trim() || `Household ${family.households.length + 1}`;
    const selected = family.people.find((p) => p.id === api.selectedPersonId);
    api.edit((f: Family) =>
      addHousehold(f, {
        label: text,
        members: selected ? [{ person: selected.id, membership: 'resident' }] : [],
      }),
    );
    setLabel('');
  }

  return (
    <section className="tab-panel" aria-labelledby="households-heading">
      <h2 id="households-heading">Households</h2>
      <LocalDateField legend="Show who lives where as at (leave empty for today)" onDate={setAsAt} />
      <p className="muted">Showing members as at {date}.</p>
      {family.households.map((household, index) => (
        <HouseholdCard key={household.id} household={household} index={index} asAt={date} />
      ))}
      <fieldset>
        <legend>Add a household</legend>
        <div className="field">
          <label htmlFor={`${id}-label`}>Name of the household</label>
          <input
            id={`${id}-label`}
            data-path="households"
            value={label}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setLabel(event.target.value)}
          />
          <p id={`${id}-hint`} className="field__hint">
            For example “Mum’s flat”. The selected person is added as a resident.
          </p>
        </div>
        <button type="button" className="button" onClick={add}>
          Add household
        </button>
      </fieldset>
    </section>
  );
}

function HouseholdCard({ household, index, asAt }: { household: Household; index: number; asAt: string }) {
  const api = useEditorApi();
  const id = useId();
  const members = householdMembersAt(api.family, household.id as HouseholdId, asAt);
  const memberIds = new Set(members.map((m) => m.person.id));
  const others = api.family.people.filter((p) => !memberIds.has(p.id));
  const [adding, setAdding] = useState('');
  const [membership, setMembership] = useState<Membership>('resident');
  const [from, setFrom] = useState<string | null>(null);
  const [frequency, setFrequency] = useState('');
  const [error, setError] = useState<string | undefined>();
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
      <EarlierMembers household={household} asAt={asAt} />
      {members.length > 0 && <RecordMove household={household} members={members.map((m) => m.person)} />}
      {others.length > 0 && (
        <div className="field-row">
          <PersonSelect
            id={`${id}-person`}
            label={`Add to ${household.label}`}
            value={adding}
            people={others}
            onChange={setAdding}
            dataPath={`${at}.members`}
          />
          <LocalSelect
            id={`${id}-membership`}
            label="Lives there as"
            value={membership}
            options={enums.Membership}
            optionLabel={labelOf.membership}
            onChange={setMembership}
          />
          {membership !== 'resident' && (
            <div className="field">
              <label htmlFor={`${id}-frequency`}>How often they are there</label>
              <input
                id={`${id}-frequency`}
                value={frequency}
                onChange={(event) => setFrequency(event.target.value)}
              />
            </div>
          )}
          <LocalDateField legend="Moved in on (if known)" onDate={setFrom} />
          <button
            type="button"
            className="button"
            disabled={adding === ''}
            onClick={() => {
              const outcome = api.edit(
                (f: Family) =>
                  moveIntoHousehold(f, {
                    person: adding as PersonId,
                    household: household.id,
                    membership,
                    ...(from ? { from } : {}),
                    ...(membership !== 'resident' && frequency.trim() ? { frequency: frequency.trim() } : {}),
                  }),
                { showsRefusal: true },
              );
              setError(outcome.ok ? undefined : outcome.message);
              if (outcome.ok) {
                setAdding('');
                setFrequency('');
              }
            }}
          >
            Add member
          </button>
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
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
