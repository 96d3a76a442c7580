import { chartFlags, isWithin } from '@kinmap/model';
import type { CaringRole, ChartFlags, Family, Person, Status } from '@kinmap/model';
import type { Badge, Box, ChartWords, PersonNode } from '../types.ts';

const CP: Record<string, string> = {
  neglect: 'N',
  physical: 'P',
  emotional: 'E',
  sexual: 'S',
  multiple: 'M',
};
const LAC: Record<string, string> = {
  s20_accommodated: 's20',
  short_breaks: 'SB',
  interim_care_order: 'ICO',
  care_order: 'CO',
  placement_order: 'PO',
  emergency_protection_order: 'EPO',
  police_protection: 'PP',
  child_assessment_order: 'CAO',
  // remand: a word, from the chart's words (`statuses.remand`)
};
const CODES: Partial<Record<Status['type'], string>> = {
  early_help: 'EH',
  child_in_need: 'CIN',
  s47_enquiry: 's47',
  unborn_cp_plan: 'CPP (unborn)',
  pre_birth_assessment: 'PBA',
  care_leaver: 'CL',
  special_guardianship: 'SGO',
  child_arrangements_order: 'CAO',
  private_fostering: 'PF',
  uasc: 'UASC',
  ehcp: 'EHCP',
  youth_justice_order: 'YJ',
  care_act_assessment: 'CA',
  s42_enquiry: 's42',
  sar_subject: 'SAR',
  dols_authorisation: 'DoLS',
  court_of_protection_order: 'CoP',
  lpa_or_deputy: 'LPA',
  lacks_capacity_for: 'MCA',
  mha_detention: 'MHA',
  s117_aftercare: 's117',
  mappa: 'MAPPA',
  marac: 'MARAC',
  homelessness_duty: 'HD',
};

/**
 * The short notation code of a status ("CPP-N", "LAC s20", "s42"), or undefined when not shown. The
 * few that are words rather than codes ("Missing", "LAC remand") come from the chart's `words`.
 */
export function statusCode(status: Status, words: ChartWords): string | undefined {
  if (status.type === 'child_protection_plan')
    return status.cpCategory ? `CPP-${CP[status.cpCategory]}` : 'CPP';
  if (status.type === 'looked_after') {
    const basis =
      status.lookedAfterBasis === 'remand'
        ? words.statuses.remand
        : status.lookedAfterBasis && LAC[status.lookedAfterBasis];
    return basis ? `LAC ${basis}` : 'LAC';
  }
  if (status.type === 'mha_detention' && status.detail) return `MHA ${status.detail}`.slice(0, 12);
  if (
    status.type === 'missing_episodes' ||
    status.type === 'exploitation_risk' ||
    status.type === 'probation_supervision'
  )
    return words.statuses[status.type];
  return CODES[status.type];
}

function anyOpen(list: readonly { resolved?: unknown }[] | undefined): boolean {
  if (list === undefined) return false;
  for (const d of list) if (!d.resolved) return true;
  return false;
}

function hasOpenDiscrepancy(person: Person): boolean {
  const id = person.identity;
  if (!id) return false;
  if (
    anyOpen(id.nameDiscrepancies) ||
    anyOpen(id.birthDateDiscrepancies) ||
    anyOpen(id.nhsNumber?.discrepancies) ||
    anyOpen(id.ethnicity?.discrepancies) ||
    anyOpen(id.languages?.discrepancies)
  )
    return true;
  for (const other of id.otherIdentifiers) if (anyOpen(other.discrepancies)) return true;
  return false;
}

/** Maximum badges drawn under a symbol; the last is replaced by "+n" when there are more. */
export const MAX_BADGES = 3;

/**
 * Badges under a symbol in a fixed order: NRPF, statuses, carer, identity, interpreter, checks.
 * `NRPF?` and `SH?` come from `flags` (the model's `chartFlags`), so the chart marks exactly the
 * people the checklist's MS-06 and MS-15 flag: no `NRPF?` for a British or Irish citizen or someone
 * with the right of abode, and `SH?` for anyone whose previous safeguarding history is not checked,
 * whether or not a `not_checked` check was typed in.
 */
export function badgesFor(
  person: Person,
  caring: readonly CaringRole[],
  asAt: string,
  flags: ChartFlags,
  words: ChartWords,
): Badge[] {
  const all: Badge[] = [];
  const text = words.badges;
  const nrpf = person.immigration?.nrpf ?? 'not_asked';
  if (nrpf === 'yes') all.push({ code: 'nrpf', text: text.nrpf, filled: true });
  else if (flags.nrpfUnanswered.has(person.id))
    all.push({ code: 'nrpf_unknown', text: text.nrpf_unknown, filled: false });
  // Each status code once (statuses are few: a list is quicker than a set).
  const seen: string[] = [];
  for (const status of person.statuses) {
    if (!isWithin(status, asAt)) continue;
    const code = statusCode(status, words);
    if (code === undefined || seen.includes(code)) continue;
    seen.push(code);
    all.push({ code: 'status', text: code, filled: false });
  }
  const young = caring.some((c) => c.role === 'young_carer' || c.role === 'young_adult_carer');
  const carer = caring.some(
    (c) => c.role !== 'paid_carer' && c.role !== 'young_carer' && c.role !== 'young_adult_carer',
  );
  // A young carer is a caring role (format 2 moved format 1's young-carer status into one).
  if (young) all.push({ code: 'young_carer', text: text.young_carer, filled: false });
  else if (carer) all.push({ code: 'carer', text: text.carer, filled: false });
  if (hasOpenDiscrepancy(person))
    all.push({ code: 'identity_discrepancy', text: text.identity_discrepancy, filled: false });
  if (person.identity?.languages?.interpreterNeeded === 'yes')
    all.push({ code: 'interpreter', text: text.interpreter, filled: false });
  if (flags.historyUnchecked.has(person.id))
    all.push({ code: 'history_unchecked', text: text.history_unchecked, filled: false });
  if (all.length <= MAX_BADGES) return all;
  const shown = all.slice(0, MAX_BADGES - 1);
  return [...shown, { code: 'more', text: `+${all.length - shown.length}`, filled: false }];
}

/** Width of one badge as the renderer draws it (6.2 a character + 8, at least 16). */
export function badgeWidth(text: string): number {
  return Math.max(16, text.length * 6.2 + 8);
}

/** Space between two badges in a row, at symbol size 40. */
export const BADGE_GAP = 3;

/** Width of a row of badges as the renderer draws it (badges keep their size at any symbol size). */
export function badgeRowWidth(badges: readonly Badge[]): number {
  if (badges.length === 0) return 0;
  return badges.reduce((sum, b) => sum + badgeWidth(b.text), 0) + BADGE_GAP * (badges.length - 1);
}

/** Height of a badge as the renderer draws it (badges keep their size at any symbol size). */
export const BADGE_HEIGHT = 14;

/**
 * The box a person's row of badges takes as the renderer draws it: centred under the name box,
 * 1.5 below its last line, and as wide as the badges (often wider than the name box). Undefined
 * when the person has no badges. `lineHeight` is the chart's name line height (options.lineHeight).
 */
export function badgeRowBox(node: Pick<PersonNode, 'label' | 'badges'>, lineHeight: number): Box | undefined {
  if (node.badges.length === 0) return undefined;
  const width = badgeRowWidth(node.badges);
  const { label } = node;
  const top = label.y + label.lines.length * lineHeight + 1.5;
  return { x: label.x + label.width / 2 - width / 2, y: top, width, height: BADGE_HEIGHT };
}

/** `asAt` as the full date `chartFlags` takes: a year or month is read as its first day. */
function fullDate(asAt: string): string {
  return asAt.length === 4 ? `${asAt}-01-01` : asAt.length === 7 ? `${asAt}-01` : asAt;
}

/**
 * Each drawn person's badges, worked out once per layout: the model's `chartFlags` is called once
 * for the whole family, so the cost stays linear in its size.
 */
export function badgesOfPeople(
  family: Family,
  people: readonly Person[],
  asAt: string,
  words: ChartWords,
): Map<Person['id'], Badge[]> {
  const flags = chartFlags(family, { asAt: fullDate(asAt) });
  const caring = new Map<Person['id'], CaringRole[]>();
  for (const c of family.caringRoles) {
    // A caring role that has ended (format 2 `to`) no longer gives the carer a badge.
    const to = c.to;
    if (to !== undefined && !isWithin({ to }, asAt)) continue;
    const list = caring.get(c.carer);
    if (list) list.push(c);
    else caring.set(c.carer, [c]);
  }
  return new Map(people.map((p) => [p.id, badgesFor(p, caring.get(p.id) ?? [], asAt, flags, words)]));
}
