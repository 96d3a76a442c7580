import {
  addEmotionalRelationship,
  addPartnershipEvent,
  enums,
  updateEmotionalRelationship,
  updatePartnership,
  removeEmotionalRelationship,
  type EmotionalType,
  type Family,
  type PartnershipEventType,
  type PersonId,
} from '@kinmap/model';
import { useId, useState } from 'react';
import { useEditorApi } from '../EditorContext.ts';
import { SelectField } from '../fields/SelectField.tsx';
import { LocalDateField } from '../fields/LocalDateField.tsx';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';
import { LocalSelect } from '../fields/LocalSelect.tsx';
import { PersonSelect } from '../fields/PersonSelect.tsx';
import { ParentChildLinks } from './ParentChildLinks.tsx';

/**
 * The selected person's partnerships (kind and dated events), parent–child links (kind, parental
 * responsibility, couple, legal basis and dates; or every link on the map) and emotional relationships.
 */
export function RelationshipsPanel() {
  const api = useEditorApi();
  const { family, selectedPersonId } = api;
  const person = family.people.find((p) => p.id === selectedPersonId);
  if (!person)
    return (
      <section className="tab-panel" aria-labelledby="relationships-heading">
        <h2 id="relationships-heading">Relationships</h2>
        <p className="muted">Select a person on the map to see their partners and emotional relationships.</p>
        <ParentChildLinks personId={undefined} />
      </section>
    );
  const nameOf = (id: string) => {
    const other = family.people.find((p) => p.id === id);
    return other ? personName(other) : 'Unknown';
  };
  const partnerships = family.partnerships
    .map((partnership, index) => ({ partnership, index }))
    .filter(({ partnership }) => partnership.partners.includes(person.id as PersonId));
  const emotional = family.emotionalRelationships
    .map((relationship, index) => ({ relationship, index }))
    .filter(({ relationship }) => relationship.from === person.id || relationship.to === person.id);

  return (
    <section className="tab-panel" aria-labelledby="relationships-heading">
      <h2 id="relationships-heading">Relationships of {personName(person)}</h2>
      <h3>Partners</h3>
      {partnerships.length === 0 && (
        <p className="muted">No partners recorded. Use “+ Partner” on the person tab.</p>
      )}
      {partnerships.map(({ partnership, index }) => {
        const other = partnership.partners.find((p) => p !== person.id) ?? partnership.partners[0];
        return (
          <div key={partnership.id} className="item-card">
            <strong>With {nameOf(other)}</strong>
            <SelectField
              label="Kind of relationship"
              path={`partnerships[${index}].kind`}
              value={partnership.kind}
              options={enums.PartnershipKind}
              optionLabel={labelOf.partnershipKind}
              toOperation={(kind) => (f: Family) =>
                updatePartnership(f, { id: partnership.id, patch: { kind: kind ?? 'unknown' } })
              }
            />
            <ul>
              {partnership.events.map((event, i) => (
                <li key={i}>
                  {labelOf.partnershipEvent(event.type)}
                  {event.date ? ` ${event.date}` : ''}
                  {event.estimated ? ' (estimated)' : ''}
                </li>
              ))}
            </ul>
            <AddEvent partnershipId={partnership.id} />
          </div>
        );
      })}
      <ParentChildLinks key={person.id} personId={person.id} />
      <h3>Emotional relationships</h3>
      {emotional.map(({ relationship, index }) => (
        <div key={relationship.id} className="item-card">
          <strong>
            {labelOf.emotionalType(relationship.type)}: {nameOf(relationship.from)}{' '}
            {relationship.direction === 'from_to' ? '→' : 'and'} {nameOf(relationship.to)}
          </strong>
          <SelectField
            label="Basis"
            hint="Separate fact from opinion: alleged, disclosed, substantiated…"
            path={`emotionalRelationships[${index}].basis`}
            value={relationship.basis}
            options={enums.EvidenceBasis}
            optionLabel={labelOf.evidenceBasis}
            toOperation={(basis) => (f: Family) =>
              updateEmotionalRelationship(f, { id: relationship.id, patch: { basis: basis ?? 'unknown' } })
            }
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => api.edit((f: Family) => removeEmotionalRelationship(f, { id: relationship.id }))}
          >
            Remove this relationship
          </button>
        </div>
      ))}
      <AddEmotional fromId={person.id} />
    </section>
  );
}

function AddEvent({ partnershipId }: { partnershipId: Family['partnerships'][number]['id'] }) {
  const api = useEditorApi();
  const id = useId();
  const [type, setType] = useState<PartnershipEventType>('started');
  const [date, setDate] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  return (
    <div className="item-card">
      <LocalSelect
        id={`${id}-type`}
        label="Event"
        value={type}
        options={enums.PartnershipEventType}
        optionLabel={labelOf.partnershipEvent}
        onChange={setType}
      />
      <LocalDateField legend="Event date (optional)" onDate={setDate} />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          const outcome = api.edit(
            (f: Family) =>
              addPartnershipEvent(f, {
                partnership: partnershipId,
                event: { type, ...(date ? { date } : {}) },
              }),
            { showsRefusal: true },
          );
          setError(outcome.ok ? undefined : outcome.message);
        }}
      >
        Add event
      </button>
    </div>
  );
}

function AddEmotional({ fromId }: { fromId: string }) {
  const api = useEditorApi();
  const id = useId();
  const [to, setTo] = useState('');
  const [type, setType] = useState<EmotionalType>('close');
  const others = api.family.people.filter((p) => p.id !== fromId);
  return (
    <fieldset>
      <legend>Add an emotional relationship</legend>
      <PersonSelect id={`${id}-to`} label="With" value={to} people={others} onChange={setTo} />
      <LocalSelect
        id={`${id}-type`}
        label="Kind"
        value={type}
        options={enums.EmotionalType}
        optionLabel={labelOf.emotionalType}
        onChange={setType}
      />
      <button
        type="button"
        className="button"
        disabled={to === ''}
        onClick={() =>
          api.edit((f: Family) =>
            addEmotionalRelationship(f, { from: fromId as PersonId, to: to as PersonId, type }),
          )
        }
      >
        Add relationship
      </button>
    </fieldset>
  );
}
