import { enums, type Person } from '@kinmap/model';
import { TextField } from '../fields/TextField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { labelOf } from '../optionLabels.ts';
import { personName } from '../personName.ts';
import { patchPerson } from './personOps.ts';
import { BirthAndDeath } from './BirthAndDeath.tsx';
import { KindDetails } from './KindDetails.tsx';
import { ImmigrationFields } from './ImmigrationFields.tsx';
import { StatusList } from './StatusList.tsx';
import { CaringFields } from './CaringFields.tsx';
import { IdentityFields } from './IdentityFields.tsx';
import { SafeguardingChecks } from './SafeguardingChecks.tsx';
import { RemovePerson } from './RemovePerson.tsx';
import { Section } from '../fields/Section.tsx';

/** Every detail of one person, each field saved as it changes, with the model's messages beside it. */
export function PersonDetails({ person, index }: { person: Person; index: number }) {
  const at = `people[${index}]`;
  const id = person.id;
  return (
    <section className="tab-panel" aria-labelledby="person-details-heading">
      <h2 id="person-details-heading">Details of {personName(person)}</h2>

      <fieldset>
        <legend>Name</legend>
        <div className="field-row">
          <TextField
            label="Given name(s)"
            path={`${at}.names.given`}
            value={person.names.given}
            toOperation={(given) => patchPerson(id, { names: { given } })}
          />
          <TextField
            label="Family name"
            path={`${at}.names.family`}
            value={person.names.family}
            toOperation={(family) => patchPerson(id, { names: { family } })}
          />
        </div>
        <TextField
          label="Known as"
          hint="The name they use, if different."
          path={`${at}.names.knownAs`}
          value={person.names.knownAs}
          toOperation={(knownAs) => patchPerson(id, { names: { knownAs } })}
        />
      </fieldset>

      <SelectField
        label="What this symbol stands for"
        path={`${at}.kind`}
        value={person.kind}
        options={enums.PersonKind}
        optionLabel={labelOf.personKind}
        toOperation={(kind) => patchPerson(id, { kind: kind ?? 'person' })}
      />

      <fieldset>
        <legend>Gender</legend>
        <div className="field-row">
          <SelectField
            label="Gender identity"
            hint="Draws the symbol."
            path={`${at}.genderIdentity`}
            value={person.genderIdentity}
            options={enums.GenderIdentity}
            optionLabel={labelOf.genderIdentity}
            toOperation={(genderIdentity) =>
              patchPerson(id, { genderIdentity: genderIdentity ?? 'not_asked' })
            }
          />
          <SelectField
            label="Sex registered at birth"
            path={`${at}.sexAtBirth`}
            value={person.sexAtBirth}
            options={enums.SexAtBirth}
            optionLabel={labelOf.sexAtBirth}
            toOperation={(sexAtBirth) => patchPerson(id, { sexAtBirth: sexAtBirth ?? 'not_asked' })}
          />
        </div>
        {person.genderIdentity === 'self_described' && (
          <TextField
            label="Gender in their own words"
            path={`${at}.genderSelfDescribed`}
            value={person.genderSelfDescribed}
            toOperation={(genderSelfDescribed) => patchPerson(id, { genderSelfDescribed })}
          />
        )}
        <TextField
          label="Pronouns"
          path={`${at}.pronouns`}
          value={person.pronouns}
          toOperation={(pronouns) => patchPerson(id, { pronouns })}
        />
      </fieldset>

      <BirthAndDeath person={person} at={at} />
      <KindDetails person={person} at={at} />

      <SelectField
        label="Who they are to the family"
        path={`${at}.significance`}
        value={person.significance}
        options={enums.Significance}
        optionLabel={labelOf.significance}
        toOperation={(significance) => patchPerson(id, { significance: significance ?? 'family' })}
      />
      {person.significance === 'significant_other' && (
        <TextField
          label="How they matter to the family"
          hint="For example “neighbour who collects the children”."
          path={`${at}.role`}
          value={person.role}
          toOperation={(role) => patchPerson(id, { role })}
        />
      )}

      <ImmigrationFields person={person} at={at} />
      <Section
        title="Statuses"
        summary={person.statuses.length === 0 ? 'none recorded' : `${person.statuses.length} recorded`}
        paths={[`${at}.statuses`]}
      >
        <StatusList person={person} at={at} />
      </Section>
      <Section
        title="Caring"
        summary={person.caringAsked === 'asked' ? 'asked' : 'not asked yet'}
        paths={[`${at}.caringAsked`, 'caringRoles']}
      >
        <CaringFields person={person} at={at} />
      </Section>
      <Section title="Identity set" paths={[`${at}.identity`]}>
        <IdentityFields person={person} at={at} />
      </Section>
      <Section
        title="Previous safeguarding history"
        summary={
          person.safeguardingChecks.length === 0
            ? 'not checked yet'
            : `${person.safeguardingChecks.length} ${person.safeguardingChecks.length === 1 ? 'check' : 'checks'}`
        }
        paths={[`${at}.safeguardingChecks`]}
      >
        <SafeguardingChecks person={person} at={at} />
      </Section>
      <TextField
        label="Notes"
        multiline
        path={`${at}.notes`}
        value={person.notes}
        toOperation={(notes) => patchPerson(id, { notes })}
      />
      <RemovePerson person={person} />
    </section>
  );
}
