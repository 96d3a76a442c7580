import {
  AgencyIdSchema,
  CaringRoleIdSchema,
  EmotionalIdSchema,
  FamilyIdSchema,
  HouseholdIdSchema,
  InvolvementIdSchema,
  LinkIdSchema,
  MultipleBirthIdSchema,
  PartnershipIdSchema,
  PersonIdSchema,
  ShareIdSchema,
  type IdKind,
} from '../ids.ts';
import { FamilySchema } from '../schema/family.ts';

/** A place in the document that holds an id referring to another entity. */
export interface ReferencePath {
  /** Pattern path, `[]` standing for any list index: `people[].immigration.sponsor`. */
  readonly path: string;
  readonly kind: IdKind;
}

/** The zod schema of each kind of id (`.brand()` keeps the same schema object). */
const KIND_OF_ID_SCHEMA = new Map<unknown, IdKind>([
  [FamilyIdSchema, 'family'],
  [PersonIdSchema, 'person'],
  [PartnershipIdSchema, 'partnership'],
  [LinkIdSchema, 'link'],
  [MultipleBirthIdSchema, 'multipleBirth'],
  [HouseholdIdSchema, 'household'],
  [EmotionalIdSchema, 'emotional'],
  [AgencyIdSchema, 'agency'],
  [InvolvementIdSchema, 'involvement'],
  [CaringRoleIdSchema, 'caringRole'],
  [ShareIdSchema, 'share'],
]);

/** The parts of a zod schema's definition this walk reads. */
interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly shape?: Record<string, SchemaNode>;
      readonly element?: SchemaNode;
      readonly items?: readonly SchemaNode[];
      readonly innerType?: SchemaNode;
      readonly options?: readonly SchemaNode[];
      readonly in?: SchemaNode;
    };
  };
}

function walk(node: SchemaNode, path: string, found: Map<string, ReferencePath>): void {
  const kind = KIND_OF_ID_SCHEMA.get(node);
  if (kind !== undefined) {
    // An entity's own id is not a reference.
    if (path !== 'id' && !path.endsWith('[].id')) found.set(path, { path, kind });
    return;
  }
  const def = node._zod.def;
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        walk(child, path === '' ? key : `${path}.${key}`, found);
      }
      return;
    case 'array':
      if (def.element !== undefined) walk(def.element, `${path}[]`, found);
      return;
    case 'tuple':
      for (const item of def.items ?? []) walk(item, `${path}[]`, found);
      return;
    case 'union':
      for (const option of def.options ?? []) walk(option, path, found);
      return;
    case 'pipe':
      if (def.in !== undefined) walk(def.in, path, found);
      return;
    default:
      // optional, default, nullable, readonly…: the schema they wrap.
      if (def.innerType !== undefined) walk(def.innerType, path, found);
  }
}

let cached: readonly ReferencePath[] | undefined;

/**
 * Every reference position in the format, found by walking the zod schema of the document: each
 * place that holds an id schema, other than an entity's own `id`. Deriving the list from the schema
 * means a new reference field is checked as soon as it is added to a zod schema.
 */
export function referencePaths(): readonly ReferencePath[] {
  if (cached !== undefined) return cached;
  const found = new Map<string, ReferencePath>();
  walk(FamilySchema as unknown as SchemaNode, '', found);
  cached = [...found.values()];
  return cached;
}
