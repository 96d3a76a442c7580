// The identity set (name, date of birth, NHS number, address): finding where a contribution disagrees
// with the map, and recording an accepted correction in the map with the model's own discrepancy and
// provenance fields (seed learning point 8).
import type { Change, Discrepancy, Family, Household, Person, Provenance } from '@kinmap/model';

/** What a contributor said their information came from, in words. */
export const SOURCE_WORDS: Record<string, string> = {
  our_records: 'our records',
  family_told_us: 'the family told us',
  professional_observation: 'professional observation',
  another_agency: 'another agency',
  other: 'another source',
};

/** One identity-set field of a person or a household. */
export interface IdentityField {
  readonly kind: 'person' | 'household';
  /** A stable key, kept in the database (`date_of_birth`). */
  readonly key: string;
  /** In plain words (`date of birth`). */
  readonly label: string;
  /** Where it is in the entity (`birth.date`). */
  readonly path: string;
  read(entity: unknown): string | undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function at(entity: unknown, ...keys: string[]): unknown {
  let value: unknown = entity;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The identity-set fields the portal compares: name, date of birth, NHS number and address. */
export const IDENTITY_FIELDS: readonly IdentityField[] = [
  {
    kind: 'person',
    key: 'given_name',
    label: 'first name',
    path: 'names.given',
    read: (p) => text(at(p, 'names', 'given')),
  },
  {
    kind: 'person',
    key: 'family_name',
    label: 'family name',
    path: 'names.family',
    read: (p) => text(at(p, 'names', 'family')),
  },
  {
    kind: 'person',
    key: 'date_of_birth',
    label: 'date of birth',
    path: 'birth.date',
    read: (p) => text(at(p, 'birth', 'date')),
  },
  {
    kind: 'person',
    key: 'nhs_number',
    label: 'NHS number',
    path: 'identity.nhsNumber.value',
    read: (p) => text(at(p, 'identity', 'nhsNumber', 'value')),
  },
  {
    kind: 'household',
    key: 'address',
    label: 'address',
    path: 'address.text',
    read: (h) => text(at(h, 'address', 'text')),
  },
  {
    kind: 'household',
    key: 'postcode',
    label: 'postcode',
    path: 'address.postcode',
    read: (h) => text(at(h, 'address', 'postcode')),
  },
];

/** The field with this key. */
export function identityField(key: string): IdentityField | undefined {
  return IDENTITY_FIELDS.find((field) => field.key === key);
}

/** A contribution giving a different identity-set value from the map's. */
export interface IdentityDisagreement {
  readonly entityKind: 'person' | 'household';
  /** The map's id of the person or household. */
  readonly entityId: string;
  readonly field: IdentityField;
  /** Where in the change (`people.updated[0].birth.date`). */
  readonly path: string;
  readonly mapValue: string;
  readonly reportedValue: string;
}

type Update = { before: { id: string }; after: { id: string } };

function updatesOf(change: Change, name: 'people' | 'households'): Update[] {
  return ((change[name] as { updated?: Update[] } | undefined)?.updated ?? []) as Update[];
}

/**
 * Where a contribution (in the map's ids) gives an identity-set value that differs from the value the
 * map holds now: the contributor changed the field, the map has a value, and the two differ. Adding a
 * value the map does not have yet is not a disagreement.
 *
 * @example
 * findIdentityDisagreements(map, { people: { updated: [{ before: leo, after: { ...leo, birth: { date: '2017-04-14' } } }] } });
 * // [{ entityId: 'person:leo', field: { key: 'date_of_birth', … }, mapValue: '2017-03-14', reportedValue: '2017-04-14' }]
 */
export function findIdentityDisagreements(current: Family, change: Change): IdentityDisagreement[] {
  const found: IdentityDisagreement[] = [];
  for (const [name, kind] of [
    ['people', 'person'],
    ['households', 'household'],
  ] as const) {
    const entities = new Map<string, unknown>(
      (current[name] as readonly { id: string }[]).map((e) => [e.id, e]),
    );
    updatesOf(change, name).forEach(({ before, after }, i) => {
      const now = entities.get(before.id);
      if (!now) return;
      for (const field of IDENTITY_FIELDS) {
        if (field.kind !== kind) continue;
        const reported = field.read(after);
        const mapValue = field.read(now);
        if (reported === undefined || mapValue === undefined) continue;
        if (reported === mapValue || reported === field.read(before)) continue;
        found.push({
          entityKind: kind,
          entityId: before.id,
          field,
          path: `${name}.updated[${i}].${field.path}`,
          mapValue,
          reportedValue: reported,
        });
      }
    });
  }
  return found;
}

/** Who a contribution came from, for the provenance written into the map. */
export interface ContributionSource {
  readonly agencyName: string;
  readonly practitionerName: string;
  readonly source: string;
  /** The day it was accepted, `YYYY-MM-DD`. */
  readonly date: string;
}

/** A value the map held before an accepted correction, and who had given it. */
export interface Replaced {
  readonly entityId: string;
  readonly fieldKey: string;
  readonly oldValue: string;
  readonly oldSourceLabel: string;
  /** The agencies told of the correction, by name. */
  readonly notified: readonly string[];
}

function provenanceOf(source: ContributionSource): Provenance {
  return {
    sourceLabel: `${source.agencyName} (${SOURCE_WORDS[source.source] ?? source.source})`.slice(0, 500),
    enteredBy: source.practitionerName.slice(0, 500),
    recordedAt: source.date,
    verification: 'unverified',
  };
}

/** The identity-set fields of people whose value differs between two versions of a map. */
export function changedIdentityFields(
  before: Family,
  after: Family,
): { kind: 'person' | 'household'; entityId: string; field: IdentityField; value: string | undefined }[] {
  const changed: {
    kind: 'person' | 'household';
    entityId: string;
    field: IdentityField;
    value: string | undefined;
  }[] = [];
  for (const [name, kind] of [
    ['people', 'person'],
    ['households', 'household'],
  ] as const) {
    const old = new Map<string, unknown>((before[name] as readonly { id: string }[]).map((e) => [e.id, e]));
    for (const entity of after[name] as readonly { id: string }[]) {
      for (const field of IDENTITY_FIELDS) {
        if (field.kind !== kind) continue;
        const value = field.read(entity);
        if (value !== field.read(old.get(entity.id))) {
          changed.push({ kind, entityId: entity.id, field, value });
        }
      }
    }
  }
  return changed;
}

/**
 * Writes an accepted contribution's identity-set values into the map with the model's own fields: the
 * provenance of each name, date of birth and NHS number it set (`identity.nameProvenance`,
 * `birthDateProvenance`, `nhsNumber.provenance`), and, for each value it corrected, the value the map
 * held before as a resolved discrepancy (`nameDiscrepancies`, `birthDateDiscrepancies`,
 * `nhsNumber.discrepancies`), with who was told. Addresses have no such fields in the model; they are
 * kept in the portal's tables only.
 *
 * @example
 * const family = recordIdentityInModel(before, merged, source, replaced);
 */
export function recordIdentityInModel(
  before: Family,
  after: Family,
  source: ContributionSource,
  replaced: readonly Replaced[],
): Family {
  const changed = changedIdentityFields(before, after).filter(
    (c) => c.kind === 'person' && c.value !== undefined,
  );
  if (changed.length === 0) return after;
  const provenance = provenanceOf(source);
  const people = after.people.map((person): Person => {
    const fields = changed.filter((c) => c.entityId === person.id).map((c) => c.field.key);
    if (fields.length === 0) return person;
    const identity = {
      otherIdentifiers: [],
      nationality: [],
      nameDiscrepancies: [],
      birthDateDiscrepancies: [],
      ...person.identity,
    } as NonNullable<Person['identity']>;
    const discrepancyFor = (key: string): Discrepancy | undefined => {
      const old = replaced.find((r) => r.entityId === person.id && r.fieldKey === key);
      if (!old) return undefined;
      const notified = old.notified.length > 0 ? ` Told: ${old.notified.join(', ')}.` : '';
      return {
        value: old.oldValue.slice(0, 500),
        reportedByLabel: old.oldSourceLabel.slice(0, 500),
        reportedAt: source.date,
        notifiedAgencies: [],
        resolved: true,
        resolution: `Corrected on ${source.date} from ${provenance.sourceLabel}, accepted by the lead agency.${notified}`,
      };
    };
    let next = { ...identity };
    if (fields.includes('given_name') || fields.includes('family_name')) {
      const found = [discrepancyFor('given_name'), discrepancyFor('family_name')].filter(
        (d): d is Discrepancy => d !== undefined,
      );
      next = {
        ...next,
        nameProvenance: provenance,
        nameDiscrepancies: [...next.nameDiscrepancies, ...found],
      };
    }
    if (fields.includes('date_of_birth')) {
      const found = discrepancyFor('date_of_birth');
      next = {
        ...next,
        birthDateProvenance: provenance,
        birthDateDiscrepancies: [...next.birthDateDiscrepancies, ...(found ? [found] : [])],
      };
    }
    if (fields.includes('nhs_number') && next.nhsNumber) {
      const found = discrepancyFor('nhs_number');
      next = {
        ...next,
        nhsNumber: {
          ...next.nhsNumber,
          provenance,
          discrepancies: [...(next.nhsNumber.discrepancies ?? []), ...(found ? [found] : [])],
        },
      };
    }
    return { ...person, identity: next };
  });
  return { ...after, people };
}

/** A household's or person's name in plain words, from a (possibly redacted) family. */
export function entityLabel(family: Family, kind: 'person' | 'household', id: string): string | undefined {
  if (kind === 'household') {
    return (family.households as readonly Household[]).find((h) => h.id === id)?.label;
  }
  const person = family.people.find((p) => p.id === id);
  if (!person) return undefined;
  const name = [person.names.knownAs ?? person.names.given, person.names.family].filter(Boolean).join(' ');
  return name || undefined;
}
