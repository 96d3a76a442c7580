// The per-item summary, ordering, keys, purity and option errors of checkFamily.
import { checkFamily, STANDARD_ITEMS } from '@kinmap/model';
import { describe, expect, test } from 'vitest';
import { AS_AT, compliantInput, family, person } from './familyBuilder.ts';

describe('standard summary', () => {
  test('exactly eight items, each with a label, all met for the compliant family', () => {
    const { standard } = checkFamily(family(), { asAt: AS_AT });
    expect(standard.items.map((i) => i.label)).toEqual([
      'Who lives in the house',
      'Significant people and wider family',
      'Other agencies involved',
      'Immigration status and NRPF',
      'Identity set',
      'Caring roles',
      'Previous safeguarding history',
      'Prepared with the family',
    ]);
    expect(standard).toMatchObject({ met: 8, total: 8 });
  });
  test('"6 of 8 met": two errors in two items; each item lists the keys of its findings', () => {
    const f = family((d) => {
      delete person(d, 'amy').immigration;
      delete d.preparedWithFamily;
    });
    const { findings, standard } = checkFamily(f, { asAt: AS_AT });
    expect(`${standard.met} of ${standard.total} met`).toBe('6 of 8 met');
    const unmet = standard.items.filter((i) => !i.met);
    expect(unmet.map((i) => i.key)).toEqual(['nrpf', 'preparedWithFamily']);
    const nrpf = unmet[0]!;
    expect(nrpf.findings).toEqual(findings.filter((x) => x.id === 'MS-06').map((x) => x.key));
  });
  test('warnings and prompts do not make an item unmet', () => {
    const f = family((d) => (person(d, 'amy').immigration.nrpf = 'unknown'));
    const { findings, standard } = checkFamily(f, { asAt: AS_AT });
    expect(findings.map((x) => x.severity)).toEqual(['warning']);
    expect(standard.met).toBe(8);
    expect(standard.items.find((i) => i.key === 'nrpf')?.findings).toHaveLength(1);
  });
  test('integrity findings count in no item', () => {
    const f = family((d) => (person(d, 'tom').death = { date: '1950' }));
    const { findings, standard } = checkFamily(f, { asAt: AS_AT });
    // Death before birth, and Dan (born 1988) born decades after his father's death.
    expect(findings.map((x) => x.rule)).toEqual(['death-before-birth', 'born-after-parent-death']);
    expect(standard.met).toBe(8);
    expect(STANDARD_ITEMS.flatMap((i) => i.checks)).not.toContain('MS-19');
  });
});

describe('findings', () => {
  const broken = () =>
    family((d) => {
      delete person(d, 'amy').immigration;
      delete person(d, 'dan').immigration;
      person(d, 'leo').identity.nhsNumber.trace = 'untraced';
      d.households[0].membersConfirmed.confirmed = 'partly';
      d.preparedWithFamily.date = undefined;
    });
  test('come errors first, then warnings, then prompts, each with a unique key', () => {
    const { findings } = checkFamily(broken(), { asAt: AS_AT });
    expect(findings.map((x) => `${x.severity} ${x.id}`)).toEqual([
      'error MS-06',
      'error MS-06',
      'warning MS-02',
      'warning MS-12',
      'info MS-17',
    ]);
    expect(new Set(findings.map((x) => x.key)).size).toBe(findings.length);
  });
  test('are the same on every run, and the family is not changed', () => {
    const f = broken();
    const before = structuredClone(f);
    expect(checkFamily(f, { asAt: AS_AT })).toEqual(checkFamily(structuredClone(f), { asAt: AS_AT }));
    expect(f).toEqual(before);
  });
  test("run as at the family's own date when no asAt is given", () => {
    // Leo's household only starts in 2026: as at the family's date (2025-03-14) he has no home.
    const f = family((d) => (d.households[0].from = '2026'));
    expect(checkFamily(f).findings.some((x) => x.id === 'MS-01')).toBe(true);
    expect(checkFamily(f, { asAt: '2026-06-01' }).findings.some((x) => x.id === 'MS-01')).toBe(false);
  });
});

describe('bad options and input', () => {
  test('a malformed asAt or a negative age is a clear RangeError naming the option', () => {
    expect(() => checkFamily(family(), { asAt: '14/03/2025' })).toThrow(/asAt/);
    expect(() => checkFamily(family(), { asAt: '2025-03' })).toThrow(/full date/);
    expect(() => checkFamily(family(), { discrepancyAgeDays: -1 })).toThrow(/discrepancyAgeDays/);
  });
  test('an unparsed document is a TypeError telling the caller to parse it first', () => {
    const raw = compliantInput();
    delete (raw as { people?: unknown }).people;
    expect(() => checkFamily(raw as never)).toThrow(/parseFamily/);
  });
});
