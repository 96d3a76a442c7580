import { ModelError, type ModelIssue } from '../changes/ModelError.ts';
import { partialDateBounds, precisionOf } from '../dates/partialDate.ts';
import type { PersonId } from '../ids.ts';
import type { SensitivityClass } from '../schema/enumValues.ts';
import type { Family } from '../schema/family.ts';
import { PROFILE_RULES, REDACTION_PROFILES, SENSITIVITY_CLASSES, type RedactionProfile } from './profiles.ts';

/** The options, checked: every field named when wrong. */
export interface CheckedOptions {
  profile: RedactionProfile;
  include: Map<SensitivityClass, string>;
  familyMembers: Set<PersonId>;
  requester: PersonId | undefined;
  withhold: Set<PersonId>;
  asAt: string | undefined;
}

const KNOWN = new Set(['include', 'familyMembers', 'requester', 'withhold', 'asAt']);
const MAX_REASON = 500;

function fail(issues: ModelIssue[]): never {
  throw new ModelError('redactFamily', issues);
}

function personList(
  value: unknown,
  field: string,
  people: ReadonlySet<string>,
  issues: ModelIssue[],
): Set<PersonId> {
  const out = new Set<PersonId>();
  if (value === undefined) return out;
  if (!Array.isArray(value)) {
    issues.push({ path: field, message: 'must be a list of person ids' });
    return out;
  }
  value.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || !people.has(id)) {
      issues.push({
        path: `${field}[${i}]`,
        message: `there is no person ${JSON.stringify(id)} in this family`,
      });
    } else out.add(id as PersonId);
  });
  return out;
}

/** Checks the profile and options; throws a `ModelError` naming every field at fault. */
export function checkOptions(family: Family, profile: unknown, options: unknown): CheckedOptions {
  if (typeof profile !== 'string' || !(REDACTION_PROFILES as readonly string[]).includes(profile)) {
    fail([
      {
        path: 'profile',
        message: `must be one of ${REDACTION_PROFILES.join(', ')} (got ${JSON.stringify(profile)})`,
      },
    ]);
  }
  const p = profile as RedactionProfile;
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    fail([{ path: 'options', message: 'must be an object (or left out)' }]);
  }
  const o = (options ?? {}) as Record<string, unknown>;
  const issues: ModelIssue[] = [];
  for (const key of Object.keys(o)) {
    if (!KNOWN.has(key) && o[key] !== undefined) {
      issues.push({
        path: `options.${key}`,
        message: `is not an option of redactFamily (${[...KNOWN].join(', ')})`,
      });
    }
  }
  const people = new Set<string>(family.people.map((person) => person.id));
  const rules = PROFILE_RULES[p];

  const include = new Map<SensitivityClass, string>();
  const rawInclude = o.include;
  if (rawInclude !== undefined) {
    if (typeof rawInclude !== 'object' || rawInclude === null || Array.isArray(rawInclude)) {
      issues.push({ path: 'options.include', message: 'must be an object keyed by sensitivity class' });
    } else {
      for (const [key, value] of Object.entries(rawInclude as Record<string, unknown>)) {
        const field = `options.include.${key}`;
        if (!(SENSITIVITY_CLASSES as readonly string[]).includes(key)) {
          issues.push({
            path: field,
            message: `is not a sensitivity class (${SENSITIVITY_CLASSES.join(', ')})`,
          });
          continue;
        }
        const cls = key as SensitivityClass;
        if (!rules.optIn.includes(cls)) {
          const allowed = rules.optIn.length > 0 ? `only ${rules.optIn.join(', ')} can be` : 'nothing can be';
          issues.push({ path: field, message: `cannot be included in a ${p} copy (${allowed})` });
          continue;
        }
        const reason =
          typeof value === 'object' && value !== null ? (value as Record<string, unknown>).reason : undefined;
        if (typeof reason !== 'string' || reason.trim() === '') {
          issues.push({
            path: `${field}.reason`,
            message: 'is needed: say why the recipient needs this information',
          });
        } else if (reason.length > MAX_REASON) {
          issues.push({ path: `${field}.reason`, message: `must be at most ${MAX_REASON} characters` });
        } else include.set(cls, reason.trim());
      }
    }
  }

  const familyMembers = personList(o.familyMembers, 'options.familyMembers', people, issues);
  if (o.familyMembers !== undefined && p !== 'family_copy') {
    issues.push({ path: 'options.familyMembers', message: 'is only used by the family_copy profile' });
  }
  const withhold = personList(o.withhold, 'options.withhold', people, issues);

  let requester: PersonId | undefined;
  if (p === 'subject_access') {
    if (o.requester === undefined) {
      issues.push({
        path: 'options.requester',
        message: 'is needed for a subject access draft: the id of the person who made the request',
      });
    } else if (typeof o.requester !== 'string' || !people.has(o.requester)) {
      issues.push({
        path: 'options.requester',
        message: `there is no person ${JSON.stringify(o.requester)} in this family`,
      });
    } else requester = o.requester as PersonId;
  } else if (o.requester !== undefined) {
    issues.push({ path: 'options.requester', message: 'is only used by the subject_access profile' });
  }

  let asAt: string | undefined;
  if (o.asAt !== undefined) {
    try {
      if (typeof o.asAt !== 'string' || precisionOf(o.asAt) !== 'day') throw new RangeError('');
      partialDateBounds(o.asAt, 'options.asAt');
      asAt = o.asAt;
    } catch {
      issues.push({
        path: 'options.asAt',
        message: `must be a date written as YYYY-MM-DD (got ${JSON.stringify(o.asAt)})`,
      });
    }
  }
  if (p === 'anonymised' && family.asAt === undefined && o.asAt === undefined) {
    issues.push({
      path: 'options.asAt',
      message: 'is needed for an anonymised copy of a family with no "as at" date: ages are counted to it',
    });
  }
  if (issues.length > 0) fail(issues);
  return { profile: p, include, familyMembers, requester, withhold, asAt };
}
