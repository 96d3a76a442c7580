import { partialDateBounds } from '../dates/partialDate.ts';
import type { PartialDate } from '../schema/common.ts';
import type { PartnershipEventType } from '../schema/enumValues.ts';
import type { Partnership, PartnershipEvent } from '../schema/relationships.ts';

/**
 * Where a partnership stands on a date.
 * - Together: `together` (a couple, kind not more specific), `cohabiting`, `engaged`, `married`,
 *   `civil_partnership`.
 * - Apart: `separated` (still legally married or in a civil partnership if they were), `divorced`,
 *   `dissolved` (a civil partnership ended in law), `annulled`, `widowed`, `ended`.
 * - `not_started`: every dated event is after the date asked about.
 */
export type PartnershipStatus =
  | 'together'
  | 'cohabiting'
  | 'engaged'
  | 'married'
  | 'civil_partnership'
  | 'separated'
  | 'divorced'
  | 'dissolved'
  | 'annulled'
  | 'widowed'
  | 'ended'
  | 'not_started';

/**
 * Every partnership status, in the order a picker or legend would list them.
 *
 * @example
 * PARTNERSHIP_STATUSES.includes('dissolved'); // true
 */
export const PARTNERSHIP_STATUSES: readonly PartnershipStatus[] = [
  'together',
  'cohabiting',
  'engaged',
  'married',
  'civil_partnership',
  'separated',
  'divorced',
  'dissolved',
  'annulled',
  'widowed',
  'ended',
  'not_started',
];

const ONGOING: ReadonlySet<PartnershipStatus> = new Set([
  'together',
  'cohabiting',
  'engaged',
  'married',
  'civil_partnership',
]);

/**
 * True for the statuses of a couple who are together (`together`, `cohabiting`, `engaged`,
 * `married`, `civil_partnership`).
 *
 * @example
 * isOngoingPartnershipStatus('married');  // true
 * isOngoingPartnershipStatus('separated'); // false
 */
export function isOngoingPartnershipStatus(status: PartnershipStatus): boolean {
  return ONGOING.has(status);
}

type Legal = 'married' | 'civil_partnership' | undefined;

/** True when the events record the wedding or civil partnership itself (so the kind alone says nothing about dates). */
function hasFormingEvent(partnership: Partnership): boolean {
  return partnership.events.some((e) => e.type === 'married' || e.type === 'civil_partnership_formed');
}

/** The legal union the kind implies, unless the events date it (then only the events count). */
function legalFromKind(partnership: Partnership): Legal {
  if (hasFormingEvent(partnership)) return undefined;
  const { kind } = partnership;
  return kind === 'marriage' ? 'married' : kind === 'civil_partnership' ? 'civil_partnership' : undefined;
}

function baseStatus(partnership: Partnership): PartnershipStatus {
  const legal = legalFromKind(partnership);
  if (legal) return legal;
  const { kind } = partnership;
  if (kind === 'cohabiting' || kind === 'engaged') return kind;
  return 'together';
}

/** The events that had happened by `asAt`, in date order (undated events keep their place in the list). */
export function eventsAsAt(partnership: Partnership, asAt?: PartialDate | string): PartnershipEvent[] {
  const limit = asAt === undefined ? undefined : partialDateBounds(asAt).latest;
  let key = '';
  const keyed = partnership.events.map((event, i) => {
    if (event.date !== undefined) key = partialDateBounds(event.date).earliest;
    return { event, key, i };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  return keyed.filter((k) => limit === undefined || k.key <= limit).map((k) => k.event);
}

interface State {
  status: PartnershipStatus;
  legal: Legal;
  /** The together-status before the latest separation, which `reconciled` restores. */
  beforeSeparation: PartnershipStatus;
}

const ENDING: Partial<Record<PartnershipEventType, PartnershipStatus>> = {
  divorced: 'divorced',
  dissolved: 'dissolved',
  annulled: 'annulled',
  widowed: 'widowed',
  ended: 'ended',
};

function step(state: State, type: PartnershipEventType, partnership: Partnership): State {
  const ending = ENDING[type];
  if (ending) return { status: ending, legal: undefined, beforeSeparation: 'together' };
  switch (type) {
    case 'started':
      return { ...state, status: state.legal ?? baseStatus(partnership) };
    case 'cohabited':
      return { ...state, status: state.legal ?? 'cohabiting' };
    case 'engaged':
      return { ...state, status: state.legal ?? 'engaged' };
    case 'married':
      return { ...state, status: 'married', legal: 'married' };
    case 'civil_partnership_formed':
      return { ...state, status: 'civil_partnership', legal: 'civil_partnership' };
    case 'separated':
      return {
        ...state,
        status: 'separated',
        beforeSeparation: isOngoingPartnershipStatus(state.status) ? state.status : state.beforeSeparation,
      };
    case 'reconciled':
      return { ...state, status: state.legal ?? state.beforeSeparation };
    default:
      return state;
  }
}

/**
 * A partnership's status on a date, from its dated events: the latest event on or before `asAt` wins
 * (an event dated only to a year or month counts from its earliest day). Without `asAt`, every
 * recorded event counts. With no events at all, the status follows the partnership's kind
 * (`marriage` → `married`, `cohabiting` → `cohabiting`, `casual` → `together`…). When the events
 * record the wedding (`married`, `civil_partnership_formed`), the couple are married only from that
 * event: before it a `marriage` counts as `together`.
 *
 * `reconciled` after a separation restores what they were (married, cohabiting…). After a divorce,
 * dissolution, annulment or ending it gives `together`: a couple who divorce and get back together are
 * not married again until a new `married` event. `separated` keeps a marriage or civil partnership in
 * law (see `isLegallyPartneredAt`).
 *
 * @example
 * const p = { ...partnership, kind: 'marriage', events: [
 *   { type: 'married', date: '2001-06', estimated: false },
 *   { type: 'separated', date: '2015', estimated: false },
 *   { type: 'divorced', date: '2017-02-01', estimated: false },
 * ] };
 * partnershipStatusAt(p, '2010-01-01'); // 'married'
 * partnershipStatusAt(p, '2016-01-01'); // 'separated'
 * partnershipStatusAt(p, '2020-01-01'); // 'divorced'
 * partnershipStatusAt(p, '1999-01-01'); // 'not_started'
 */
export function partnershipStatusAt(
  partnership: Partnership,
  asAt?: PartialDate | string,
): PartnershipStatus {
  if (partnership.events.length === 0) return baseStatus(partnership);
  const events = eventsAsAt(partnership, asAt);
  if (events.length === 0) return 'not_started';
  return walk(partnership, events).status;
}

function walk(partnership: Partnership, events: readonly PartnershipEvent[]): State {
  let state: State = {
    status: baseStatus(partnership),
    legal: legalFromKind(partnership),
    beforeSeparation: baseStatus(partnership),
  };
  for (const event of events) state = step(state, event.type, partnership);
  return state;
}

/**
 * Whether the couple were married or in a civil partnership in law on the date (including while
 * separated), and which. `undefined` when they were not (never, not yet, or no longer).
 *
 * @example
 * isLegallyPartneredAt(p, '2016-01-01'); // 'married' (separated, not yet divorced)
 * isLegallyPartneredAt(p, '2020-01-01'); // undefined (divorced)
 */
export function isLegallyPartneredAt(
  partnership: Partnership,
  asAt?: PartialDate | string,
): 'married' | 'civil_partnership' | undefined {
  if (partnership.events.length === 0) return legalFromKind(partnership);
  const events = eventsAsAt(partnership, asAt);
  if (events.length === 0) return undefined;
  return walk(partnership, events).legal;
}

/**
 * Whether the couple have ever been married or in a civil partnership by the date (so a divorced
 * man is an "ex-husband", not an "ex-partner").
 *
 * @example
 * everLegallyPartneredBy(p, '2020-01-01'); // 'married'
 */
export function everLegallyPartneredBy(
  partnership: Partnership,
  asAt?: PartialDate | string,
): 'married' | 'civil_partnership' | undefined {
  const events = partnership.events.length === 0 ? [] : eventsAsAt(partnership, asAt);
  let last: 'married' | 'civil_partnership' | undefined;
  for (const e of events) {
    if (e.type === 'married') last = 'married';
    if (e.type === 'civil_partnership_formed') last = 'civil_partnership';
    if (e.type === 'dissolved' && last === undefined) last = 'civil_partnership';
    if ((e.type === 'divorced' || e.type === 'annulled') && last === undefined) last = 'married';
  }
  if (last) return last;
  if (partnership.events.length > 0 && events.length === 0) return undefined;
  return legalFromKind(partnership);
}
