import * as z from 'zod/mini';
import {
  AgencyIdSchema,
  CaringRoleIdSchema,
  EmotionalIdSchema,
  FamilyIdSchema,
  HouseholdIdSchema,
  InvolvementIdSchema,
  LinkIdSchema,
  PartnershipIdSchema,
  PersonIdSchema,
  ShareIdSchema,
} from '../ids.ts';
import { REDACTION_PROFILES } from '../share/profiles.ts';
import { LongText, ShortText } from './common.ts';
import { SensitivityClass } from './enums.ts';

/** Most share records kept with one map. */
export const MAX_SHARE_RECORDS = 2000;
/** Most field sources kept with one map. */
export const MAX_FIELD_SOURCES = 20_000;

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const DATE_TIME_WORDS =
  'must be a date and time written as YYYY-MM-DDThh:mm:ssZ (or with an offset such as +01:00)';

/** A choice of `values` whose error lists them ("must be one of pdf, svg, …"), written once. */
/* @__NO_SIDE_EFFECTS__ */
function oneOf<const T extends readonly string[]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

/** True when the date part of an ISO date-time is a real calendar day. */
function isRealDay(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (match === null) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/**
 * A moment: an ISO 8601 date and time with `Z` or an offset, such as `2026-12-07T14:05:00Z`.
 *
 * @example
 * DateTimeSchema.parse('2026-12-07T14:05:00Z'); // ok
 */
export const DateTimeSchema = z
  .string({ error: DATE_TIME_WORDS })
  .check(z.maxLength(40, { error: DATE_TIME_WORDS }))
  .check(z.regex(DATE_TIME, { error: DATE_TIME_WORDS }))
  .check(z.refine(isRealDay, { error: 'is not a real calendar date' }));

/**
 * The lawful basis for sharing under UK GDPR Article 6. For safeguarding, a local authority usually
 * shares under `public_task` or `legal_obligation`; `vital_interests` when a life is at risk. The DfE
 * advice (2024) says consent is usually not the right basis for safeguarding sharing.
 */
export const LawfulBasisSchema = oneOf([
  'public_task',
  'legal_obligation',
  'vital_interests',
  'consent',
  'legitimate_interests',
  'contract',
]);
export type LawfulBasis = z.infer<typeof LawfulBasisSchema>;

/**
 * The extra condition for special category (UK GDPR Art 9) or criminal offence (Art 10) information,
 * when the copy holds any:
 * - `safeguarding_children_and_individuals_at_risk`: DPA 2018 Schedule 1 paragraph 18 (the usual
 *   one for safeguarding; Schedule 8 paragraph 4 is its equivalent for police law-enforcement sharing);
 * - `statutory_purposes`: DPA 2018 Schedule 1 paragraph 6 (a statutory or government purpose);
 * - `vital_interests`: Art 9(2)(c), someone unable to consent whose life is at risk;
 * - `explicit_consent`: Art 9(2)(a);
 * - `legal_claims`: Art 9(2)(f), court proceedings;
 * - `other`: say which in `lawfulBasisNote`.
 */
export const SharingConditionSchema = oneOf([
  'safeguarding_children_and_individuals_at_risk',
  'statutory_purposes',
  'vital_interests',
  'explicit_consent',
  'legal_claims',
  'other',
]);
export type SharingCondition = z.infer<typeof SharingConditionSchema>;

/** Where consent to share stood (domain.md §4.3). */
export const ConsentStateSchema = oneOf(['given', 'refused', 'not_sought', 'not_applicable']);
export type ConsentState = z.infer<typeof ConsentStateSchema>;

/**
 * Consent to this share. `reason` is required when consent was `not_sought` (risk of harm, it would
 * prejudice an enquiry…) and when it was `refused` (the share went ahead anyway, so say why).
 */
export const ShareConsentSchema = z
  .strictObject({
    state: ConsentStateSchema,
    reason: z.optional(LongText),
  })
  .check(
    z.superRefine((consent, ctx) => {
      if ((consent.state === 'not_sought' || consent.state === 'refused') && !consent.reason?.trim()) {
        ctx.addIssue({
          code: 'custom',
          path: ['reason'],
          message:
            consent.state === 'not_sought'
              ? 'is needed when consent was not sought: say why (for example, asking would put the child at risk)'
              : 'is needed when consent was refused and the information is shared anyway: say why',
        });
      }
    }),
  );
export type ShareConsent = z.infer<typeof ShareConsentSchema>;

/** How a copy left: a PDF report, an SVG or PNG picture, the JSON file, or a printout. */
export const ShareFormatSchema = oneOf(['pdf', 'svg', 'png', 'json', 'print']);
export type ShareFormat = z.infer<typeof ShareFormatSchema>;

const Count = z.number().check(z.int(), z.gte(0), z.lte(10_000_000));

/**
 * What the redaction took out, kept with the share record: counts by sensitivity class, the number
 * of items that needed a person's decision, and the opt-ins ("needed for purpose") with their reasons.
 * Build it from a `RedactionSummary` with `shareSummaryOf`.
 */
export const ShareSummarySchema = z.strictObject({
  removed: z._default(z.partialRecord(SensitivityClass, Count), {}),
  removedTotal: z._default(Count, 0),
  needsDecision: z._default(Count, 0),
  included: z._default(
    z
      .array(z.strictObject({ class: SensitivityClass, reason: ShortText }))
      .check(z.maxLength(20, { error: 'must list at most 20 opt-ins' })),
    [],
  ),
});
export type ShareSummary = z.infer<typeof ShareSummarySchema>;

/** Who received the copy: a name or role as text, and the agency on the map when there is one. */
export const ShareRecipientSchema = z.strictObject({
  name: ShortText.check(z.minLength(1, { error: 'is needed: say who received the copy' })),
  agency: z.optional(AgencyIdSchema),
});
export type ShareRecipient = z.infer<typeof ShareRecipientSchema>;

/**
 * One time a copy of the map left the worker's hands (domain.md §6.9): who shared it, when, with whom,
 * which redaction profile, the lawful basis and consent, how it went (PDF, SVG…) and what the
 * redaction removed. Saved with the map by `recordShare`; internal to the owning agency (only the
 * `case_record` profile keeps it).
 *
 * @example
 * ShareRecordSchema.parse({
 *   id: 'share:1', at: '2026-12-07T14:05:00Z', by: 'Sam Patel, social worker',
 *   recipient: { name: 'Park School DSL' }, profile: 'partner_agency', lawfulBasis: 'public_task',
 *   consent: { state: 'not_sought', reason: 'Would prejudice the enquiry' }, formats: ['pdf'],
 *   summary: { removed: { confidential_location: 1 } },
 * });
 */
export const ShareRecordSchema = z.strictObject({
  id: ShareIdSchema,
  /** When it was shared. */
  at: DateTimeSchema,
  /** Who shared it: a practitioner's name or role. */
  by: ShortText.check(z.minLength(1, { error: 'is needed: say who shared the copy' })),
  recipient: ShareRecipientSchema,
  profile: z.enum(REDACTION_PROFILES, { error: `must be one of ${REDACTION_PROFILES.join(', ')}` }),
  lawfulBasis: LawfulBasisSchema,
  /** The Art 9 / Art 10 condition, when the copy holds special category or criminal information. */
  condition: z.optional(SharingConditionSchema),
  lawfulBasisNote: z.optional(LongText),
  consent: ShareConsentSchema,
  formats: z
    .array(ShareFormatSchema)
    .check(z.minLength(1, { error: 'must name at least one format (pdf, svg, png, json or print)' }))
    .check(z.maxLength(5, { error: 'must list each format at most once' }))
    .check(
      z.refine((list) => new Set(list).size === list.length, { error: 'must list each format at most once' }),
    ),
  summary: ShareSummarySchema,
});
export type ShareRecord = z.infer<typeof ShareRecordSchema>;

/** The kinds of record a field source can be about, with their ids. */
const entity = <K extends string, S extends z.ZodMiniType>(kind: K, id: S) =>
  z.strictObject({ kind: z.literal(kind), id });

/** The record a fact belongs to: its kind and id (`{ kind: 'person', id: 'person:amy' }`). */
export const FieldSourceEntitySchema = z.discriminatedUnion(
  'kind',
  [
    entity('family', FamilyIdSchema),
    entity('person', PersonIdSchema),
    entity('partnership', PartnershipIdSchema),
    entity('link', LinkIdSchema),
    entity('household', HouseholdIdSchema),
    entity('emotional', EmotionalIdSchema),
    entity('agency', AgencyIdSchema),
    entity('involvement', InvolvementIdSchema),
    entity('caringRole', CaringRoleIdSchema),
  ],
  {
    error:
      'must be a record such as { "kind": "person", "id": "person:amy" } (kind: family, person, partnership, link, household, emotional, agency, involvement or caringRole)',
  },
);
export type FieldSourceEntity = z.infer<typeof FieldSourceEntitySchema>;

/**
 * Where an accepted fact came from: our own records, the family, another agency, something a
 * practitioner saw, or something else (say what in `sourceNote`).
 */
export const FieldSourceKindSchema = oneOf([
  'our_records',
  'family_told_us',
  'other_agency',
  'observed',
  'other',
]);
export type FieldSourceKind = z.infer<typeof FieldSourceKindSchema>;

/**
 * Who recorded an accepted fact, when, and where it came from (for the family portal, issue 15):
 * `field` is the path of the field inside the record (`identity.nhsNumber`, `address`). Several
 * sources may be kept for the same field, oldest first. Written by `recordFieldSource`; it names
 * agencies and practitioners, so only the `case_record` profile keeps it.
 *
 * @example
 * FieldSourceSchema.parse({
 *   entity: { kind: 'person', id: 'person:leo' }, field: 'identity.nhsNumber',
 *   agencyLabel: 'Riverside Medical Practice', recordedAt: '2026-12-07T10:30:00Z', source: 'other_agency',
 * });
 */
export const FieldSourceSchema = z.strictObject({
  entity: FieldSourceEntitySchema,
  field: ShortText.check(
    z.minLength(1, { error: 'is needed: the field the fact is in, such as "identity.nhsNumber"' }),
  ),
  agency: z.optional(AgencyIdSchema),
  agencyLabel: z.optional(ShortText),
  practitioner: z.optional(ShortText),
  recordedAt: DateTimeSchema,
  source: FieldSourceKindSchema,
  sourceNote: z.optional(ShortText),
  /** The portal contribution the fact was accepted from. */
  contributionId: z.optional(z.string().check(z.maxLength(100, { error: 'must be at most 100 characters' }))),
});
export type FieldSource = z.infer<typeof FieldSourceSchema>;

export const SharesSchema = z
  .array(ShareRecordSchema)
  .check(z.maxLength(MAX_SHARE_RECORDS, { error: `must hold at most ${MAX_SHARE_RECORDS} share records` }));
export const FieldSourcesSchema = z
  .array(FieldSourceSchema)
  .check(z.maxLength(MAX_FIELD_SOURCES, { error: `must hold at most ${MAX_FIELD_SOURCES} field sources` }));
