import { useState, type FormEvent } from 'react';
import {
  addressChange,
  dateOfBirthChange,
  householdName,
  nameChange,
  nhsNumberChange,
  personName,
  SOURCE_WORDS,
  type Built,
  type Contribution,
  type PortalClient,
  type SharedMap,
  type Source,
} from './api.ts';
import { FieldError } from './FieldError.tsx';

/** What a partner can add with this form, in its words. */
const KINDS = {
  date_of_birth: 'Date of birth',
  name: 'Name (a correction)',
  nhs_number: 'NHS number',
  address: 'Address of a household',
} as const;
type Kind = keyof typeof KINDS;

/**
 * A partner (or the lead) sends what it knows about someone on the map — a date of birth, a corrected
 * name, an NHS number, or a household's address — with where it came from. It changes nothing until the
 * lead agency accepts it.
 */
export function ContributeForm({
  client,
  map,
  onSent,
}: {
  client: PortalClient;
  map: SharedMap;
  onSent: () => void;
}) {
  const people = map.family.people;
  const households = map.family.households ?? [];
  const [kind, setKind] = useState<Kind>('date_of_birth');
  const [personId, setPersonId] = useState('');
  const [householdId, setHouseholdId] = useState('');
  const [date, setDate] = useState('');
  const [given, setGiven] = useState('');
  const [family, setFamily] = useState('');
  const [nhs, setNhs] = useState('');
  const [addressText, setAddressText] = useState('');
  const [postcode, setPostcode] = useState('');
  const [source, setSource] = useState<Source>('our_records');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const [fault, setFault] = useState<{ field: string; error: string } | undefined>();

  function build(): Built {
    if (kind === 'address') {
      const household = households.find((h) => h.id === householdId);
      if (!household) return { field: 'household', error: 'Household: choose the household this is about.' };
      return addressChange(household, { text: addressText, postcode });
    }
    const person = people.find((p) => p.id === personId);
    if (!person) return { field: 'person', error: 'Person: choose the person this is about.' };
    if (kind === 'name') return nameChange(person, { given, family });
    if (kind === 'nhs_number') return nhsNumberChange(person, nhs);
    return dateOfBirthChange(person, date);
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    const built = build();
    if ('error' in built) {
      setFault(built);
      setMessage(`Not sent. ${built.error}`);
      document.getElementById(`shared-contribute-${built.field}`)?.focus();
      return;
    }
    setFault(undefined);
    const about =
      kind === 'address'
        ? householdName(households.find((h) => h.id === householdId)!)
        : personName(people.find((p) => p.id === personId)!);
    try {
      const sent = await client.post<Contribution>(`maps/${encodeURIComponent(map.id)}/contributions`, {
        change: built.change,
        source,
        ...(note.trim() ? { note: note.trim() } : {}),
        baseVersion: map.version,
      });
      const differs = sent.discrepancies.length > 0;
      setMessage(
        `Sent to ${map.leadAgency.name} for review: ${about}, ${built.summary}.` +
          (differs ? ' It differs from the map, so the lead agency will check it.' : ''),
      );
      setDate('');
      setGiven('');
      setFamily('');
      setNhs('');
      setAddressText('');
      setPostcode('');
      setNote('');
      onSent();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'It could not be sent');
    }
  }

  /** The props that tie a control to its error, when the error is about it. */
  function errorProps(field: string) {
    return fault?.field === field
      ? { 'aria-invalid': true as const, 'aria-describedby': `shared-contribute-${field}-error` }
      : {};
  }
  const errorFor = (field: string) =>
    fault?.field === field ? (
      <FieldError id={`shared-contribute-${field}-error`}>{fault.error}</FieldError>
    ) : null;

  return (
    <section className="shared__card" aria-labelledby="shared-contribute">
      <h3 id="shared-contribute">Add what your agency knows</h3>
      <form onSubmit={send} className="shared__form" noValidate>
        <label htmlFor="shared-contribute-kind">What are you adding?</label>
        <select
          id="shared-contribute-kind"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as Kind);
            setFault(undefined);
          }}
        >
          {Object.entries(KINDS).map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </select>
        {kind === 'address' ? (
          <>
            <label htmlFor="shared-contribute-household">Household</label>
            {errorFor('household')}
            <select
              id="shared-contribute-household"
              value={householdId}
              onChange={(e) => setHouseholdId(e.target.value)}
              {...errorProps('household')}
            >
              <option value="">
                {households.length ? 'Choose a household' : 'No household on this map yet'}
              </option>
              {households.map((household) => (
                <option key={household.id} value={household.id}>
                  {householdName(household)}
                </option>
              ))}
            </select>
            <label htmlFor="shared-contribute-address">Address</label>
            {errorFor('address')}
            <input
              id="shared-contribute-address"
              autoComplete="off"
              value={addressText}
              onChange={(e) => setAddressText(e.target.value)}
              {...errorProps('address')}
            />
            <label htmlFor="shared-contribute-postcode">Postcode</label>
            {errorFor('postcode')}
            <input
              id="shared-contribute-postcode"
              autoComplete="off"
              className="shared__short"
              value={postcode}
              onChange={(e) => setPostcode(e.target.value)}
              {...errorProps('postcode')}
            />
          </>
        ) : (
          <>
            <label htmlFor="shared-contribute-person">Person</label>
            {errorFor('person')}
            <select
              id="shared-contribute-person"
              value={personId}
              onChange={(e) => setPersonId(e.target.value)}
              {...errorProps('person')}
            >
              <option value="">Choose a person</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {personName(person)}
                </option>
              ))}
            </select>
          </>
        )}
        {kind === 'date_of_birth' ? (
          <>
            <label htmlFor="shared-contribute-date">Date of birth</label>
            {errorFor('date')}
            <input
              id="shared-contribute-date"
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              {...errorProps('date')}
            />
          </>
        ) : null}
        {kind === 'name' ? (
          <>
            <p className="shared__hint" id="shared-contribute-name-hint">
              Leave a box empty to keep what the map has.
            </p>
            <label htmlFor="shared-contribute-given">First name</label>
            {errorFor('given')}
            <input
              id="shared-contribute-given"
              autoComplete="off"
              value={given}
              onChange={(e) => setGiven(e.target.value)}
              aria-describedby={
                fault?.field === 'given' ? 'shared-contribute-given-error' : 'shared-contribute-name-hint'
              }
              {...(fault?.field === 'given' ? { 'aria-invalid': true } : {})}
            />
            <label htmlFor="shared-contribute-family">Family name</label>
            <input
              id="shared-contribute-family"
              autoComplete="off"
              value={family}
              onChange={(e) => setFamily(e.target.value)}
              aria-describedby="shared-contribute-name-hint"
            />
          </>
        ) : null}
        {kind === 'nhs_number' ? (
          <>
            <label htmlFor="shared-contribute-nhs">NHS number</label>
            <p className="shared__hint" id="shared-contribute-nhs-hint">
              Ten digits, for example 943 476 5919.
            </p>
            {errorFor('nhs')}
            <input
              id="shared-contribute-nhs"
              inputMode="numeric"
              autoComplete="off"
              className="shared__short"
              value={nhs}
              onChange={(e) => setNhs(e.target.value)}
              aria-describedby={
                fault?.field === 'nhs'
                  ? 'shared-contribute-nhs-error shared-contribute-nhs-hint'
                  : 'shared-contribute-nhs-hint'
              }
              {...(fault?.field === 'nhs' ? { 'aria-invalid': true } : {})}
            />
          </>
        ) : null}
        <label htmlFor="shared-contribute-source">Where this comes from</label>
        <select
          id="shared-contribute-source"
          value={source}
          onChange={(e) => setSource(e.target.value as Source)}
        >
          {Object.entries(SOURCE_WORDS).map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </select>
        <label htmlFor="shared-contribute-note">Note (optional)</label>
        <textarea
          id="shared-contribute-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
        />
        <button type="submit">Send for review</button>
      </form>
      <p role="status" className="shared__status">
        {message}
      </p>
    </section>
  );
}
