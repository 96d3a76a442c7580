// The dated checklist summary saved with each map (recordChecklist), and MS-18 that reads it.
import {
  checkFamily,
  FamilySchema,
  FORMAT_VERSION,
  MAX_CHECKLIST_RECORDS,
  parseFamily,
  recordChecklist,
  serializeFamily,
  type Family,
} from '@kinmap/model';
import { describe, expect, test } from 'vitest';
import { AS_AT, family, person } from './familyBuilder.ts';
import { findingsOf } from './helpers.ts';

const empty = () => FamilySchema.parse({ formatVersion: FORMAT_VERSION, id: 'family:e', title: 'E' });

describe('recordChecklist', () => {
  test('records "0 of 8 met" for an empty map, with each item and its state', () => {
    const { family: saved, change } = recordChecklist(empty(), { asAt: '2026-12-07' });
    expect(saved.checklistRecords).toEqual([
      {
        date: '2026-12-07',
        met: 0,
        total: 8,
        warnings: 1, // MS-01: no subject chosen
        notStarted: 8,
        items: expect.arrayContaining([{ key: 'household', state: 'not_started', warnings: 1 }]),
      },
    ]);
    expect(saved.checklistRecords[0]?.items).toHaveLength(8);
    expect(change.document?.checklistRecords).toBeDefined();
  });

  test('the record matches checkFamily on that day, and survives saving and reopening', () => {
    const f = family((d) => (person(d, 'leo').identity.nhsNumber.value = '9434765918'));
    const { family: saved } = recordChecklist(f, { asAt: AS_AT });
    const { standard } = checkFamily(f, { asAt: AS_AT });
    expect(saved.checklistRecords.at(-1)).toMatchObject({
      date: AS_AT,
      met: standard.met,
      warnings: 1,
      notStarted: 0,
    });
    const reopened = parseFamily(serializeFamily(saved));
    expect(reopened.ok && reopened.family.checklistRecords).toEqual(saved.checklistRecords);
  });

  test('a second save the same day replaces that day’s record; an identical one changes nothing', () => {
    const first = recordChecklist(empty(), { asAt: '2026-12-07' }).family;
    const again = recordChecklist(first, { asAt: '2026-12-07' });
    expect(again.family).toBe(first);
    expect(again.change).toEqual({});
    const withHousehold: Family = {
      ...first,
      households: [{ id: 'household:a', label: 'Home', members: [] }] as unknown as Family['households'],
    };
    const replaced = recordChecklist(withHousehold, { asAt: '2026-12-07' }).family;
    expect(replaced.checklistRecords).toHaveLength(1);
    expect(replaced.checklistRecords[0]?.notStarted).toBe(7);
  });

  test('records stay in date order, and past the cap the oldest are dropped', () => {
    let f = recordChecklist(empty(), { asAt: '2026-12-07' }).family;
    f = recordChecklist(f, { asAt: '2026-11-01' }).family;
    expect(f.checklistRecords.map((r) => r.date)).toEqual(['2026-11-01', '2026-12-07']);
    const full: Family = {
      ...f,
      checklistRecords: Array.from({ length: MAX_CHECKLIST_RECORDS }, (_, i) => ({
        date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
        met: 0,
        total: 8,
        warnings: 0,
        notStarted: 8,
        items: [],
      })),
    };
    const next = recordChecklist(full, { asAt: '2026-12-07' }).family.checklistRecords;
    expect(next).toHaveLength(MAX_CHECKLIST_RECORDS);
    expect(next[0]?.date).toBe('2024-01-02');
    expect(next.at(-1)?.date).toBe('2026-12-07');
  });

  test('a bad date is refused naming asAt', () => {
    expect(() => recordChecklist(empty(), { asAt: '7/12/2026' })).toThrow(/asAt/);
  });
});

describe('MS-18 map kept up to date', () => {
  test('agencies involved and no checklist ever recorded: a finding on checklistRecords', () => {
    const f = family((d) => (d.checklistRecords = []));
    expect(findingsOf(f, 'MS-18')).toMatchObject([{ severity: 'warning', path: 'checklistRecords' }]);
    // Saving the map (recording the checklist) resolves it.
    expect(findingsOf(recordChecklist(f, { asAt: AS_AT }).family, 'MS-18')).toEqual([]);
  });

  test('no agency open and no record: nothing to say', () => {
    const f = family((d) => {
      d.checklistRecords = [];
      for (const i of d.involvements) i.status = 'closed';
    });
    expect(findingsOf(f, 'MS-18')).toEqual([]);
  });

  test('the latest record more than 90 days old while an agency is open: a warning; the option changes it', () => {
    const f = family((d) => (d.checklistRecords[0].date = '2024-12-01'));
    const [stale] = findingsOf(f, 'MS-18');
    expect(stale?.message).toBe(
      'The family map was last recorded on 01/12/2024, 103 days ago, while agencies are involved: review it with the family and save it',
    );
    expect(
      checkFamily(f, { asAt: AS_AT, staleAfterDays: 120 }).findings.filter((x) => x.id === 'MS-18'),
    ).toEqual([]);
    expect(() => checkFamily(f, { staleAfterDays: -1 })).toThrow(/staleAfterDays/);
  });

  test('a status that started after the latest record (a new CP plan): a warning naming the person', () => {
    const f = family(
      (d) => (person(d, 'leo').statuses = [{ type: 'child_protection_plan', from: '2025-03-10' }]),
    );
    expect(findingsOf(f, 'MS-18')).toMatchObject([
      {
        severity: 'warning',
        path: 'checklistRecords',
        subject: { kind: 'person', id: 'person:leo' },
        message:
          'Leo Smith: child protection plan from 10/03/2025, after the map was last recorded on 01/03/2025: review the map and save it',
      },
    ]);
    const before = family(
      (d) => (person(d, 'leo').statuses = [{ type: 'child_protection_plan', from: '2025-02' }]),
    );
    expect(findingsOf(before, 'MS-18')).toEqual([]);
  });

  test('records after the check date are not counted', () => {
    const f = family((d) => (d.checklistRecords[0].date = '2025-06-01'));
    expect(findingsOf(f, 'MS-18').map((x) => x.message)).toEqual([
      'Agencies are involved but the checklist has never been recorded with this map: save the map to record it',
    ]);
  });
});
