import { COLLECTIONS } from '../schema/collections.ts';
import type { Family } from '../schema/family.ts';
import { buildContext } from './context.ts';
import { RULES } from './registry.ts';
import { itemStarts } from './started.ts';
import { summarise } from './summary.ts';
import type { CheckOptions, CheckResult, Finding, RawFinding } from './types.ts';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
const LISTS = COLLECTIONS;

function assertParsed(family: Family): void {
  if (typeof family !== 'object' || family === null) {
    throw new TypeError('checkFamily needs a family object: parse the document with parseFamily first');
  }
  for (const key of LISTS) {
    if (!Array.isArray(family[key])) {
      throw new TypeError(
        `checkFamily needs a parsed family, but "${key}" is not a list: parse the document with parseFamily first`,
      );
    }
  }
}

/** Errors first, then warnings, then prompts; within each by check id, then in the rules' own order. */
function order(findings: RawFinding[]): RawFinding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

function withKeys(findings: RawFinding[]): Finding[] {
  const used = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.rule}:${f.path}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { ...f, key: n === 1 ? base : `${base}#${n}` };
  });
}

/**
 * Checks a family against the minimum standard (domain.md §7) and for integrity, as at a date. Returns
 * every finding, each with the check's id, a stable rule slug, a severity, the record it is about,
 * the JSON path of the field that would resolve it and a plain-English message naming the person, plus
 * a summary per standard item ("6 of 8 met"), never a single pass or fail. Pure: the family is not
 * changed, and the same family and options give the same findings in the same order.
 *
 * `asAt` defaults to the family's `asAt`, else today. Throws a `RangeError` when `asAt` is not a
 * `YYYY-MM-DD` date or `discrepancyAgeDays` is negative, and a `TypeError` when given an unparsed
 * document.
 *
 * @example
 * const { findings, standard } = checkFamily(family, { asAt: '2025-03-14' });
 * findings[0];
 * // { id: 'MS-06', rule: 'nrpf-recorded', key: 'nrpf-recorded:people[1].immigration.nrpf',
 * //   severity: 'error', subject: { kind: 'person', id: 'person:amy' },
 * //   path: 'people[1].immigration.nrpf', message: 'Amy Jones (adult in Household A): NRPF status not asked' }
 * `${standard.met} of ${standard.total} met`; // '6 of 8 met'
 */
export function checkFamily(family: Family, options: CheckOptions = {}): CheckResult {
  assertParsed(family);
  const context = buildContext(family, options);
  const raw = RULES.flatMap((rule) => rule(context));
  const findings = withKeys(order(raw));
  return { findings, standard: summarise(findings, itemStarts(context)) };
}
