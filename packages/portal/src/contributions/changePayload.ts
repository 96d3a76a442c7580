import { z } from 'zod';
import type { ZodMiniType } from 'zod/mini';
import {
  AgencySchema,
  CaringRoleSchema,
  COLLECTIONS,
  DOCUMENT_FIELDS,
  EmotionalRelationshipSchema,
  FamilySchema,
  HouseholdSchema,
  InvolvementSchema,
  MultipleBirthSchema,
  ParentChildLinkSchema,
  PartnershipSchema,
  PersonSchema,
  type Change,
  type CollectionName,
} from '@kinmap/model';

/** The most entities one contribution may add, update or remove in one collection. */
export const MAX_ENTITIES_PER_LIST = 500;

/** The model's own schema for each collection's entities. */
const ENTITY_SCHEMAS: Record<CollectionName, ZodMiniType> = {
  people: PersonSchema,
  partnerships: PartnershipSchema,
  parentChildLinks: ParentChildLinkSchema,
  multipleBirths: MultipleBirthSchema,
  households: HouseholdSchema,
  emotionalRelationships: EmotionalRelationshipSchema,
  agencies: AgencySchema,
  involvements: InvolvementSchema,
  caringRoles: CaringRoleSchema,
};

/**
 * A value checked by a model schema but kept as sent (no defaults filled in): in an update, a field
 * the contributor left out must stay "not changed", not become the schema's default.
 */
function checkedBy(schema: ZodMiniType) {
  return z.unknown().superRefine((value, ctx) => {
    const result = schema.safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path as PropertyKey[] });
    }
  });
}

/** What the contributor saw: any entity with an id (it may be a redacted view of the map's). */
const SeenEntity = z.looseObject({ id: z.string().min(1).max(200) });

function collectionChange(entity: ZodMiniType) {
  return z
    .strictObject({
      added: z
        .array(z.strictObject({ at: z.int().min(0), value: entity }))
        .max(MAX_ENTITIES_PER_LIST)
        .optional(),
      updated: z
        .array(
          z
            .strictObject({ before: SeenEntity, after: checkedBy(entity) })
            .refine((u) => u.before.id === (u.after as { id?: unknown }).id, {
              message: 'before and after must have the same id',
              path: ['after', 'id'],
            }),
        )
        .max(MAX_ENTITIES_PER_LIST)
        .optional(),
      removed: z
        .array(z.strictObject({ at: z.int().min(0), value: SeenEntity }))
        .max(MAX_ENTITIES_PER_LIST)
        .optional(),
    })
    .optional();
}

/**
 * Document fields only the lead agency's own record may change: the share history and the sources of
 * accepted facts (the portal writes those itself when it accepts a contribution). A contribution that
 * names one is refused, so no agency can rewrite who a map was shared with or who said what.
 */
export const LEAD_ONLY_FIELDS: readonly string[] = ['shares', 'fieldSources'];

const documentShape = Object.fromEntries(
  DOCUMENT_FIELDS.filter((field) => !LEAD_ONLY_FIELDS.includes(field)).map((field) => [
    field,
    z
      .strictObject({
        before: z.unknown().optional(),
        after: checkedBy(FamilySchema.shape[field] as ZodMiniType).optional(),
      })
      .optional(),
  ]),
);

const collectionShape = Object.fromEntries(
  COLLECTIONS.map((name) => [name, collectionChange(ENTITY_SCHEMAS[name])]),
);

/**
 * A model change as a contribution carries it, checked with the model's own entity schemas: every
 * added or updated entity must be a valid person, partnership, agency and so on.
 */
export const ChangePayloadSchema = z
  .strictObject({
    label: z.string().max(200).optional(),
    document: z.strictObject(documentShape).optional(),
    ...collectionShape,
  })
  .refine(
    (change) => {
      const c = change as Record<string, { added?: unknown[]; updated?: unknown[]; removed?: unknown[] }>;
      const collections = COLLECTIONS.some(
        (name) =>
          (c[name]?.added?.length ?? 0) + (c[name]?.updated?.length ?? 0) + (c[name]?.removed?.length ?? 0) >
          0,
      );
      const documentFields = Object.values((change as { document?: object }).document ?? {}).some(
        (v) => v !== undefined,
      );
      return collections || documentFields;
    },
    { message: 'proposes nothing: add, update or remove at least one thing' },
  )
  .transform((change) => change as unknown as Change);

/** Where a contributor's information came from. */
export const SOURCES = [
  'our_records',
  'family_told_us',
  'professional_observation',
  'another_agency',
  'other',
] as const;

/**
 * The body of "contribute": a change, where the information came from, and the map version the
 * contributor was looking at.
 *
 * @example
 * ContributionInputSchema.parse({ change, source: 'our_records', baseVersion: 3 });
 */
export const ContributionInputSchema = z.strictObject({
  change: ChangePayloadSchema,
  source: z.enum(SOURCES),
  note: z.string().trim().max(2000).optional(),
  baseVersion: z.int().min(1),
});

/** A checked contribution body. */
export type ContributionInput = z.output<typeof ContributionInputSchema>;
