import type * as z from 'zod/mini';
import { deepEqual } from '../changes/deepEqual.ts';
import { ModelError, type ModelIssue } from '../changes/ModelError.ts';
import type { Family } from '../schema/family.ts';
import {
  FieldSourceSchema,
  MAX_FIELD_SOURCES,
  MAX_SHARE_RECORDS,
  ShareRecordSchema,
  type ShareSummarySchema,
  type FieldSource,
  type ShareRecord,
  type ShareSummary,
} from '../schema/share.ts';
import { fieldSensitivity } from '../sensitivity/fieldSensitivity.ts';
import type { RedactionSummary } from '../share/types.ts';
import { createId, ShareIdSchema, type ShareId } from '../ids.ts';
import { commit, type AddResult, type OperationResult } from './internal/commit.ts';
import { knownIds } from './internal/sourceRecords.ts';
import { fail, issuesOf } from './internal/validate.ts';

/**
 * What `recordShare` takes: a share record without its id (one is made) and, optionally, without
 * `at` (now). `summary` may be the `RedactionSummary` that `redactFamily` returned: its counts are
 * kept (`shareSummaryOf`).
 *
 * @example
 * const input: ShareRecordInput = {
 *   by: 'Sam Patel, social worker',
 *   recipient: { name: 'Park School DSL', agency: school },
 *   profile: 'partner_agency',
 *   lawfulBasis: 'public_task',
 *   consent: { state: 'not_sought', reason: 'Asking would put the children at risk' },
 *   formats: ['pdf'],
 *   summary: redacted.summary,
 * };
 */
export type ShareRecordInput = Omit<z.input<typeof ShareRecordSchema>, 'id' | 'at' | 'summary'> & {
  /** An explicit id (`share:…`), for tests and imports; otherwise a fresh one is made. */
  id?: ShareId;
  /** When it was shared (ISO date and time). Default: now. */
  at?: string;
  /** What the redaction removed: the stored shape, or `redactFamily`'s summary as it is. */
  summary: z.input<typeof ShareSummarySchema> | RedactionSummary;
};

/**
 * What `recordFieldSource` takes: who recorded a fact, when and from where.
 *
 * @example
 * const input: FieldSourceInput = {
 *   entity: { kind: 'person', id: amy },
 *   field: 'identity.nhsNumber',
 *   agency: gp,
 *   recordedAt: '2026-12-07T10:30:00Z',
 *   source: 'other_agency',
 * };
 */
export type FieldSourceInput = z.input<typeof FieldSourceSchema>;

function isRedactionSummary(value: unknown): value is RedactionSummary {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { decisions?: unknown }).decisions) &&
    typeof (value as { profile?: unknown }).profile === 'string'
  );
}

/**
 * The counts of a `redactFamily` summary as a share record keeps them: what was removed, by class
 * (classes with nothing removed are left out), the total, how many items needed a person's decision,
 * and the opt-ins with their reasons.
 *
 * @example
 * const { summary } = redactFamily(family, 'partner_agency');
 * shareSummaryOf(summary); // { removed: { confidential_location: 1, third_party: 2 }, removedTotal: 3, needsDecision: 1, included: [] }
 */
export function shareSummaryOf(summary: RedactionSummary): ShareSummary {
  const removed: ShareSummary['removed'] = {};
  for (const [cls, n] of Object.entries(summary.removed) as [keyof ShareSummary['removed'], number][]) {
    if (n > 0) removed[cls] = n;
  }
  return {
    removed,
    removedTotal: summary.removedTotal,
    needsDecision: summary.decisions.reduce((sum, d) => sum + (d.kind === 'review' ? 0 : d.count), 0),
    included: summary.included.map((i) => ({ class: i.class, reason: i.reason.slice(0, 500) })),
  };
}

function requireAgency(family: Family, id: unknown, path: string, issues: ModelIssue[]): void {
  if (typeof id === 'string' && !family.agencies.some((a) => a.id === id)) {
    issues.push({ path, message: `there is no agency "${id}" on this map` });
  }
}

/** Keeps `list` in time order: the new item goes after every item at or before its time. */
function insertByTime<T>(list: readonly T[], item: T, timeOf: (t: T) => string): T[] {
  const time = Date.parse(timeOf(item));
  let at = list.length;
  while (at > 0 && Date.parse(timeOf(list[at - 1] as T)) > time) at--;
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/**
 * Saves a record of a share with the map (domain.md §4.3, §6.9): who shared it, when, with whom,
 * under which redaction profile, the lawful basis and consent, how it went and what the redaction
 * removed. Pure: returns a new family and the change (undoable like every operation), the input is
 * not touched. Records stay in time order, oldest first.
 *
 * Throws a `ModelError` naming each field at fault: a missing lawful basis or recipient, consent
 * `not_sought` or `refused` with no reason, an unknown format, a recipient agency that is not on the
 * map, a summary of another profile, or an id already used.
 *
 * @example
 * const redacted = redactFamily(family, 'partner_agency');
 * const { family: saved, id } = recordShare(family, {
 *   by: 'Sam Patel, social worker',
 *   recipient: { name: 'Strategy meeting, Park School DSL', agency: school },
 *   profile: 'partner_agency',
 *   lawfulBasis: 'public_task',
 *   condition: 'safeguarding_children_and_individuals_at_risk',
 *   consent: { state: 'not_sought', reason: 'Would prejudice the section 47 enquiry' },
 *   formats: ['pdf'],
 *   summary: redacted.summary,
 * });
 * saved.shares.at(-1)?.id === id; // true
 */
export function recordShare(family: Family, input: ShareRecordInput): AddResult<ShareId> {
  const op = 'recordShare';
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail(op, '', 'must be an object of the share record’s fields');
  }
  const issues: ModelIssue[] = [];
  let id: ShareId;
  if (input.id === undefined) {
    do id = createId('share');
    while (family.shares.some((s) => s.id === id));
  } else {
    const checked = issuesOf(ShareIdSchema, input.id, 'id');
    issues.push(...checked.issues);
    id = input.id;
    if (checked.issues.length === 0 && family.shares.some((s) => s.id === id)) {
      issues.push({ path: 'id', message: `"${id}" is already the id of another share record` });
    }
  }
  let summary: unknown = input.summary;
  if (isRedactionSummary(summary)) {
    if (summary.profile !== input.profile) {
      issues.push({
        path: 'summary',
        message: `is the summary of a ${summary.profile} copy, but the profile is ${String(input.profile)}: redact with the profile you share`,
      });
    }
    summary = shareSummaryOf(summary);
  }
  const candidate = { ...input, id, at: input.at ?? new Date().toISOString(), summary };
  const parsed = issuesOf(ShareRecordSchema, candidate, '');
  issues.push(...parsed.issues);
  const recipient = (input as { recipient?: { agency?: unknown } }).recipient;
  requireAgency(family, recipient?.agency, 'recipient.agency', issues);
  if (family.shares.length >= MAX_SHARE_RECORDS) {
    issues.push({
      path: 'shares',
      message: `the map already holds ${MAX_SHARE_RECORDS} share records, the most one map can keep`,
    });
  }
  if (issues.length > 0) throw new ModelError(op, issues);
  const record = parsed.data as ShareRecord;
  const shares = insertByTime(family.shares, record, (s) => s.at);
  return { ...commit(family, { ...family, shares }, op, 'Record a share'), id };
}

/** `identity.otherIdentifiers[0].value` → `identity.otherIdentifiers[].value`. */
const toPattern = (field: string): string => field.replace(/\[\d+\]/g, '[]');

const ENTITY_PATHS: Record<FieldSource['entity']['kind'], string> = {
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

const ENTITY_WORDS: Record<FieldSource['entity']['kind'], string> = {
  family: 'the map',
  person: 'a person',
  partnership: 'a partnership',
  link: 'a parent–child link',
  household: 'a household',
  emotional: 'an emotional relationship',
  agency: 'an agency',
  involvement: 'an involvement',
  caringRole: 'a caring role',
};

/**
 * Records who recorded an accepted fact, when and from which source (our records, the family,
 * another agency, observed…): for the family portal, where every accepted contribution keeps its
 * source. `field` is the field's path inside the record (`identity.nhsNumber`, `address.postcode`).
 * Sources are kept in time order; recording the same source twice changes nothing. When the record
 * a source is about is removed from the map, the source goes with it (and an agency removed from the
 * map is dropped from the sources that name it).
 *
 * Throws a `ModelError` naming the field: a record or agency not on the map, a field the record does
 * not have, a bad date and time or source.
 *
 * @example
 * const { family: next } = recordFieldSource(family, {
 *   entity: { kind: 'person', id: amy },
 *   field: 'identity.nhsNumber',
 *   agency: gp,
 *   practitioner: 'Practice safeguarding lead',
 *   recordedAt: '2026-12-07T10:30:00Z',
 *   source: 'other_agency',
 *   contributionId: 'contribution:42',
 * });
 */
export function recordFieldSource(family: Family, input: FieldSourceInput): OperationResult {
  const op = 'recordFieldSource';
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail(op, '', 'must be an object of the field source’s fields');
  }
  const parsed = issuesOf(FieldSourceSchema, input, '');
  const issues: ModelIssue[] = [...parsed.issues];
  if (issues.length === 0) {
    const source = parsed.data as FieldSource;
    const { kind, id } = source.entity;
    if (!knownIds(family).has(id)) {
      issues.push({ path: 'entity.id', message: `there is no ${kind} "${id}" on this map` });
    }
    const base = ENTITY_PATHS[kind];
    const pattern = toPattern(source.field);
    const path = base === '' ? pattern : `${base}.${pattern}`;
    if (fieldSensitivity[path] === undefined || pattern === 'id') {
      issues.push({
        path: 'field',
        message: `"${source.field}" is not a field of ${ENTITY_WORDS[kind]} (for example "${kind === 'person' ? 'identity.nhsNumber' : kind === 'household' ? 'address' : 'notes'}")`,
      });
    }
    requireAgency(family, source.agency, 'agency', issues);
  }
  if (issues.length === 0 && family.fieldSources.length >= MAX_FIELD_SOURCES) {
    issues.push({
      path: 'fieldSources',
      message: `the map already holds ${MAX_FIELD_SOURCES} field sources, the most one map can keep`,
    });
  }
  if (issues.length > 0) throw new ModelError(op, issues);
  const source = parsed.data as FieldSource;
  if (family.fieldSources.some((s) => deepEqual(s, source))) return { family, change: {} };
  const fieldSources = insertByTime(family.fieldSources, source, (s) => s.recordedAt);
  return commit(family, { ...family, fieldSources }, op, 'Record where a fact came from');
}
