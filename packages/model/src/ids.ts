import * as z from 'zod/mini';

/**
 * Every entity id is a prefixed, branded string such as `person:amy`. The prefix names the kind of
 * entity, so an agency id where a person is expected fails both the type check and validation.
 */
export const ID_PREFIXES = {
  family: 'family',
  person: 'person',
  partnership: 'partnership',
  link: 'link',
  multipleBirth: 'multiple',
  household: 'household',
  emotional: 'emotion',
  agency: 'agency',
  involvement: 'involvement',
  caringRole: 'caring',
  share: 'share',
} as const;

/** The kinds of entity that carry ids. */
export type IdKind = keyof typeof ID_PREFIXES;

const ID_BODY = '[A-Za-z0-9][A-Za-z0-9_.-]{0,63}';

function idSchema<const B extends string>(kind: IdKind) {
  const prefix = ID_PREFIXES[kind];
  const pattern = new RegExp(`^${prefix}:${ID_BODY}$`);
  return z
    .string({ error: `must be a ${prefix} id (text such as "${prefix}:abc")` })
    .check(
      z.regex(pattern, {
        error: (issue) => {
          const input = typeof issue.input === 'string' ? issue.input : '';
          const colon = input.indexOf(':');
          if (colon > 0 && input.slice(0, colon) !== prefix) {
            const other = input.slice(0, colon);
            return `must be a ${prefix} id, but "${input}" is ${/^[aeiou]/.test(other) ? 'an' : 'a'} ${other} id`;
          }
          return `must be a ${prefix} id: "${prefix}:" followed by 1 to 64 letters, digits, ".", "_" or "-"`;
        },
      }),
    )
    .brand<B>();
}

export const FamilyIdSchema = idSchema<'FamilyId'>('family');
export const PersonIdSchema = idSchema<'PersonId'>('person');
export const PartnershipIdSchema = idSchema<'PartnershipId'>('partnership');
export const LinkIdSchema = idSchema<'LinkId'>('link');
export const MultipleBirthIdSchema = idSchema<'MultipleBirthId'>('multipleBirth');
export const HouseholdIdSchema = idSchema<'HouseholdId'>('household');
export const EmotionalIdSchema = idSchema<'EmotionalId'>('emotional');
export const AgencyIdSchema = idSchema<'AgencyId'>('agency');
export const InvolvementIdSchema = idSchema<'InvolvementId'>('involvement');
export const CaringRoleIdSchema = idSchema<'CaringRoleId'>('caringRole');
export const ShareIdSchema = idSchema<'ShareId'>('share');

export type FamilyId = z.infer<typeof FamilyIdSchema>;
export type PersonId = z.infer<typeof PersonIdSchema>;
export type PartnershipId = z.infer<typeof PartnershipIdSchema>;
export type LinkId = z.infer<typeof LinkIdSchema>;
export type MultipleBirthId = z.infer<typeof MultipleBirthIdSchema>;
export type HouseholdId = z.infer<typeof HouseholdIdSchema>;
export type EmotionalId = z.infer<typeof EmotionalIdSchema>;
export type AgencyId = z.infer<typeof AgencyIdSchema>;
export type InvolvementId = z.infer<typeof InvolvementIdSchema>;
export type CaringRoleId = z.infer<typeof CaringRoleIdSchema>;
export type ShareId = z.infer<typeof ShareIdSchema>;

/** Maps each id kind to its branded type. */
export interface IdTypes {
  family: FamilyId;
  person: PersonId;
  partnership: PartnershipId;
  link: LinkId;
  multipleBirth: MultipleBirthId;
  household: HouseholdId;
  emotional: EmotionalId;
  agency: AgencyId;
  involvement: InvolvementId;
  caringRole: CaringRoleId;
  share: ShareId;
}

/**
 * A random id body: a version 4 UUID from the platform's cryptographic generator,
 * `globalThis.crypto.randomUUID()` (every current browser, Node 20+). Browsers offer `randomUUID`
 * only on secure pages (https, localhost); elsewhere the same kind of UUID is built from
 * `crypto.getRandomValues`. Unguessable and, in practice, unique across every map and device.
 */
function randomBody(): string {
  const crypto = (
    globalThis as {
      crypto?: { randomUUID?: () => string; getRandomValues?: (bytes: Uint8Array) => Uint8Array };
    }
  ).crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  if (typeof crypto?.getRandomValues !== 'function') {
    throw new Error(
      'Kinmap needs crypto.randomUUID() or crypto.getRandomValues() to make ids; they are in every current browser and in Node 20 or later',
    );
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // variant 10xx
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Makes a fresh id of the given kind: the kind's prefix and a random UUID. Pass `body` for a
 * readable, deterministic id (tests, fixtures). Ids made by older versions (`person:k3x9f1-1`) and
 * hand-written ones (`person:amy`) stay valid: any 1 to 64 letters, digits, `.`, `_` or `-` after the
 * prefix.
 *
 * @example
 * const id = createId('person'); // "person:3b241101-e2bb-4255-8caf-4136c566a962"
 * const amy = createId('person', 'amy'); // "person:amy"
 */
export function createId<K extends IdKind>(kind: K, body?: string): IdTypes[K] {
  return `${ID_PREFIXES[kind]}:${body ?? randomBody()}` as IdTypes[K];
}

/** The id kind a string's prefix names, or undefined when it has no known prefix. */
export function idKindOf(id: string): IdKind | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  const entry = Object.entries(ID_PREFIXES).find(([, p]) => p === prefix);
  return entry?.[0] as IdKind | undefined;
}
