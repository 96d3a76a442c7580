// Provenance in the map: every fact an accepted contribution adds or changes keeps who recorded it,
// when, and from which source, in the family document itself (the model's `fieldSources`, format 3).
import type { ZodMiniType } from 'zod/mini';
import {
  AgencySchema,
  CaringRoleSchema,
  DOCUMENT_FIELDS,
  EmotionalRelationshipSchema,
  HouseholdSchema,
  InvolvementSchema,
  ParentChildLinkSchema,
  PartnershipSchema,
  PersonSchema,
  fieldSensitivity,
  ModelError,
  recordFieldSource,
  type Family,
  type FieldSourceInput,
} from '@kinmap/model';

/** The collections whose records can carry a field source, and the kind each is. */
const KINDS = {
  people: 'person',
  partnerships: 'partnership',
  parentChildLinks: 'link',
  households: 'household',
  emotionalRelationships: 'emotional',
  agencies: 'agency',
  involvements: 'involvement',
  caringRoles: 'caringRole',
} as const;

const BASES: Record<string, string> = {
  family: '',
  person: 'people[]',
  partnership: 'partnerships[]',
  link: 'parentChildLinks[]',
  household: 'households[]',
  emotional: 'emotionalRelationships[]',
  agency: 'agencies[]',
  involvement: 'involvements[]',
  caringRole: 'caringRoles[]',
};

/** The portal's sources, in the model's words. */
const MODEL_SOURCE: Record<string, FieldSourceInput['source']> = {
  our_records: 'our_records',
  family_told_us: 'family_told_us',
  another_agency: 'other_agency',
  professional_observation: 'observed',
  other: 'other',
};

/** Fields the portal writes itself (the identity set's provenance and discrepancies): not facts. */
const OWN_FIELDS = new Set([
  'identity.nameProvenance',
  'identity.nameDiscrepancies',
  'identity.birthDateProvenance',
  'identity.birthDateDiscrepancies',
]);

type Plain = Record<string, unknown>;

const SCHEMAS: Record<string, ZodMiniType> = {
  person: PersonSchema,
  partnership: PartnershipSchema,
  link: ParentChildLinkSchema,
  household: HouseholdSchema,
  emotional: EmotionalRelationshipSchema,
  agency: AgencySchema,
  involvement: InvolvementSchema,
  caringRole: CaringRoleSchema,
};

/** A new record's field that only holds the model's default (filled in, not given by anyone). */
function isDefault(kind: string, field: string, entity: unknown): boolean {
  if (field.includes('.')) return false;
  const shape = (SCHEMAS[kind] as { shape?: Record<string, ZodMiniType> } | undefined)?.shape;
  const schema = shape?.[field];
  if (!schema) return false;
  const parsed = schema.safeParse(undefined);
  return parsed.success && parsed.data !== undefined && same(parsed.data, (entity as Plain)[field]);
}

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function known(kind: string, field: string): boolean {
  const base = BASES[kind]!;
  return fieldSensitivity[base === '' ? field : `${base}.${field}`] !== undefined;
}

/**
 * The fields of a record that differ between two versions, as the model names them: one level down
 * where the model knows the deeper field (`identity.nhsNumber`, `address`), else the top field.
 */
function changedFields(kind: string, before: unknown, after: unknown, prefix = ''): string[] {
  if (!isPlain(after)) return [];
  const old = isPlain(before) ? before : {};
  const fields: string[] = [];
  for (const key of Object.keys(after)) {
    if (prefix === '' && key === 'id') continue;
    const field = prefix ? `${prefix}.${key}` : key;
    if (same(old[key], after[key]) || OWN_FIELDS.has(field)) continue;
    const deeper =
      prefix === '' && key === 'identity' && isPlain(after[key])
        ? changedFields(kind, old[key], after[key], field)
        : [];
    if (deeper.length > 0) fields.push(...deeper);
    else if (known(kind, field)) fields.push(field);
  }
  return fields;
}

/** Who an accepted contribution came from. */
export interface ContributionProvenance {
  readonly agencyName: string;
  readonly practitionerName: string;
  /** The portal's source (`our_records`, `family_told_us`…). */
  readonly source: string;
  readonly note: string | null;
  readonly contributionId: string;
  /** When it was accepted (ISO date and time). */
  readonly at: string;
}

/**
 * Records, with the model's `recordFieldSource`, the provenance of every fact an accepted
 * contribution added or changed: the record, the field, the agency (by name: the portal's agencies
 * are not records on the map), the practitioner, when, the source and the contribution. The fields
 * are those that differ between `before` and `after`; the sources are written into `into` (by
 * default `after`). Returns the map and how many sources could not be kept (the map holds the most
 * it can).
 *
 * @example
 * const { family } = recordProvenance(before, after, { agencyName: 'Riverside Medical Practice', … });
 */
export function recordProvenance(
  before: Family,
  after: Family,
  provenance: ContributionProvenance,
  into: Family = after,
): { family: Family; recorded: number; skipped: number } {
  const inputs: FieldSourceInput[] = [];
  const common = {
    agencyLabel: provenance.agencyName.slice(0, 500),
    practitioner: provenance.practitionerName.slice(0, 500),
    recordedAt: provenance.at,
    source: MODEL_SOURCE[provenance.source] ?? 'other',
    ...(provenance.note ? { sourceNote: provenance.note.slice(0, 500) } : {}),
    contributionId: provenance.contributionId.slice(0, 100),
  };
  for (const [name, kind] of Object.entries(KINDS)) {
    const old = new Map(
      (before[name as keyof typeof KINDS] as readonly { id: string }[]).map((e) => [e.id, e]),
    );
    for (const entity of after[name as keyof typeof KINDS] as readonly { id: string }[]) {
      const fields = old.has(entity.id)
        ? changedFields(kind, old.get(entity.id), entity)
        : changedFields(kind, undefined, entity).filter((field) => !isDefault(kind, field, entity));
      for (const field of fields) {
        inputs.push({ entity: { kind, id: entity.id } as FieldSourceInput['entity'], field, ...common });
      }
    }
  }
  for (const field of DOCUMENT_FIELDS as readonly string[]) {
    if (field === 'fieldSources' || field === 'shares' || field === 'updatedAt') continue;
    const was = (before as unknown as Plain)[field];
    const now = (after as unknown as Plain)[field];
    if (now !== undefined && !same(was, now) && known('family', field)) {
      inputs.push({ entity: { kind: 'family', id: after.id }, field, ...common });
    }
  }
  let family = into;
  let recorded = 0;
  let skipped = 0;
  for (const input of inputs) {
    try {
      family = recordFieldSource(family, input).family;
      recorded++;
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      skipped++;
    }
  }
  return { family, recorded, skipped };
}
