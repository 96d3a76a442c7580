// Where each item of the minimum standard stands: not started, not met, met with warnings, met.
import { checkFamily, FamilySchema, FORMAT_VERSION, type StandardItemKey } from '@kinmap/model';
import { describe, expect, test } from 'vitest';
import { AS_AT, family, person, type Draft } from './familyBuilder.ts';

const stateOf = (f: ReturnType<typeof family>, key: StandardItemKey) =>
  checkFamily(f, { asAt: AS_AT }).standard.items.find((i) => i.key === key)!;

describe('an empty map', () => {
  test('meets 0 of 8, with every item not started and saying what to record first', () => {
    const empty = FamilySchema.parse({ formatVersion: FORMAT_VERSION, id: 'family:empty', title: 'Empty' });
    const { standard } = checkFamily(empty, { asAt: AS_AT });
    expect(`${standard.met} of ${standard.total} met`).toBe('0 of 8 met');
    expect(standard.notStarted).toBe(8);
    expect(standard.items.map((i) => i.state)).toEqual(Array(8).fill('not_started'));
    for (const item of standard.items) {
      expect(item.met).toBe(false);
      expect(item.start?.path).toBeTruthy();
      expect(item.start?.message).toMatch(/^[A-Z]/);
    }
  });
});

describe('item states', () => {
  test('the compliant family meets every item plainly, with no warnings', () => {
    const { standard } = checkFamily(family(), { asAt: AS_AT });
    expect(standard.items.map((i) => i.state)).toEqual(Array(8).fill('met'));
    expect(standard).toMatchObject({ met: 8, warnings: 0, notStarted: 0 });
    expect(standard.items.every((i) => i.start === undefined)).toBe(true);
  });

  test('a mistyped NHS number makes Identity "met, with 1 warning", counted in the summary', () => {
    const f = family((d) => (person(d, 'leo').identity.nhsNumber.value = '9434765918'));
    const { standard } = checkFamily(f, { asAt: AS_AT });
    const identity = standard.items.find((i) => i.key === 'identity')!;
    expect(identity).toMatchObject({ state: 'met_with_warnings', met: true, warnings: 1 });
    expect(standard).toMatchObject({ met: 8, warnings: 1 });
  });

  test('an error makes an item not met', () => {
    const f = family((d) => delete d.preparedWithFamily);
    expect(stateOf(f, 'preparedWithFamily')).toMatchObject({ state: 'not_started', met: false });
    const g = family((d) => (d.preparedWithFamily = { value: 'no' }));
    expect(stateOf(g, 'preparedWithFamily')).toMatchObject({ state: 'not_met', met: false, warnings: 0 });
  });

  // Each item, with what it needs taken away: not started (so not met).
  const unstart: [StandardItemKey, (d: Draft) => void][] = [
    ['household', (d) => (d.households = [])],
    [
      'significantPeople',
      (d) => {
        d.parentChildLinks = [];
        d.partnerships = [];
      },
    ],
    [
      'agencies',
      (d) => {
        d.agencies = [];
        d.involvements = [];
      },
    ],
    [
      'nrpf',
      (d) => {
        delete person(d, 'amy').immigration;
        delete person(d, 'dan').immigration;
      },
    ],
    [
      'identity',
      (d) => {
        for (const p of d.people) delete p.identity;
      },
    ],
    [
      'caringRoles',
      (d) => {
        for (const p of d.people) delete p.caringAsked;
      },
    ],
    [
      'safeguardingHistory',
      (d) => {
        for (const p of d.people) p.safeguardingChecks = [{ result: 'not_checked' }];
      },
    ],
    ['preparedWithFamily', (d) => delete d.preparedWithFamily],
  ];
  test.each(unstart)('%s is not started when nothing it needs is recorded', (key, edit) => {
    const item = stateOf(family(edit), key);
    expect(item).toMatchObject({ state: 'not_started', met: false });
    expect(item.start).toBeDefined();
  });

  test('"Caring roles" is not met when nobody was asked and no role is recorded, and is started by one role', () => {
    const none = family((d) => {
      for (const p of d.people) delete p.caringAsked;
    });
    expect(stateOf(none, 'caringRoles').met).toBe(false);
    const one = family((d) => {
      for (const p of d.people) delete p.caringAsked;
      d.caringRoles = [
        {
          id: 'caring:amy-rose',
          carer: 'person:amy',
          caredFor: 'person:rose',
          role: 'adult_carer',
          careKinds: ['practical'],
          hoursPerWeek: { min: 5 },
          impact: 'Tired at weekends',
          assessment: 'offered',
        },
      ];
    });
    expect(stateOf(one, 'caringRoles').state).not.toBe('not_started');
  });

  test('a British citizen recorded starts the NRPF item (no NRPF question for them)', () => {
    const f = family((d) => delete person(d, 'amy').immigration);
    expect(stateOf(f, 'nrpf').state).toBe('not_met');
    const g = family((d) => {
      person(d, 'amy').immigration = { status: 'british_citizen' };
    });
    expect(stateOf(g, 'nrpf').state).toBe('met');
  });
});

describe('where a not-started item sends the user', () => {
  test('to the first person it asks about, when there is one', () => {
    const f = family((d) => {
      delete person(d, 'amy').immigration;
      delete person(d, 'dan').immigration;
      for (const p of d.people) delete p.caringAsked;
    });
    const { standard } = checkFamily(f, { asAt: AS_AT });
    const start = (key: StandardItemKey) => standard.items.find((i) => i.key === key)?.start;
    expect(start('nrpf')?.path).toBe('people[1].immigration.nrpf');
    expect(start('caringRoles')?.path).toBe('people[1].caringAsked');
  });
});
