import { formatPartialDate } from '../../dates/format.ts';
import { partialDateBounds } from '../../dates/partialDate.ts';
import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE_SELF = 'partnership-self';
const RULE_ORDER = 'partnership-event-order';
const FORMED = new Set(['married', 'civil_partnership_formed']);
const UNDONE = new Set(['divorced', 'dissolved', 'annulled']);
const WORDS: Record<string, string> = {
  started: 'start',
  cohabited: 'moving in together',
  engaged: 'engagement',
  married: 'marriage',
  civil_partnership_formed: 'civil partnership',
  separated: 'separation',
  divorced: 'divorce',
  dissolved: 'dissolution',
  annulled: 'annulment',
  reconciled: 'reconciliation',
  widowed: 'widowhood',
  ended: 'end',
};

/**
 * MS-19: partnerships are between two different people, and their dated events are in a possible
 * order: nothing before the relationship started or before either partner was born, and no divorce,
 * dissolution or annulment before the marriage or civil partnership. Only certain conflicts count.
 */
export const partnershipEvents: Rule = (context) => {
  const findings: RawFinding[] = [];
  context.family.partnerships.forEach((partnership, index) => {
    const [a, b] = partnership.partners;
    const subject = about('partnership', partnership.id);
    const path = `partnerships[${index}]`;
    if (a === b) {
      findings.push(
        finding(
          'MS-19',
          RULE_SELF,
          'error',
          `${path}.partners`,
          `${context.name(a)} is recorded as their own partner`,
          subject,
        ),
      );
      return;
    }
    const couple = `${context.name(a)} and ${context.name(b)}`;
    const dated = partnership.events
      .map((event, i) => ({ event, i, date: event.date }))
      .filter((e): e is typeof e & { date: string } => e.date !== undefined)
      .map((e) => ({ ...e, ...partialDateBounds(e.date) }));
    const started = dated.filter((e) => e.event.type === 'started');
    const start = started.length > 0 ? started.reduce((x, y) => (y.latest < x.latest ? y : x)) : undefined;
    const formed = dated.filter((e) => FORMED.has(e.event.type));
    const firstFormed =
      formed.length > 0 ? formed.reduce((x, y) => (y.latest < x.latest ? y : x)) : undefined;
    const births = [a, b]
      .map((id) => ({ id, birth: context.people.get(id)?.value.birth?.date }))
      .filter((p): p is { id: typeof a; birth: string } => p.birth !== undefined);
    for (const e of dated) {
      const what = `${WORDS[e.event.type] ?? e.event.type} (${formatPartialDate(e.date)})`;
      let problem: string | undefined;
      const bornAfter = births.find((p) => e.latest < partialDateBounds(p.birth).earliest);
      if (bornAfter) problem = `${what} is before ${context.name(bornAfter.id)} was born`;
      else if (start && e !== start && e.latest < start.earliest) {
        problem = `${what} is before the relationship started (${formatPartialDate(start.date)})`;
      } else if (UNDONE.has(e.event.type) && firstFormed && e.latest < firstFormed.earliest) {
        problem = `${what} is before the ${WORDS[firstFormed.event.type]} (${formatPartialDate(firstFormed.date)})`;
      }
      if (problem) {
        findings.push(
          finding(
            'MS-19',
            RULE_ORDER,
            'error',
            `${path}.events[${e.i}].date`,
            `${couple}: ${problem}`,
            subject,
          ),
        );
      }
    }
  });
  return findings;
};
