import { describe, expect, it } from 'vitest';
import {
  addAgency,
  addCaringRole,
  addHousehold,
  addInvolvement,
  addPerson,
  checkFamily,
  createId,
  updatePerson,
  type Family,
  type Finding,
} from '@kinmap/model';
import {
  findingTarget,
  formatHours,
  itemStateWords,
  parseHours,
  readAgeAsTold,
  startFinding,
  summaryWords,
} from '@kinmap/demo/checklist';
import { blankFamily } from '@kinmap/demo/maps';

// The checklist panel's words and where each finding takes the practitioner.

describe('the checklist’s words', () => {
  it('says each item’s state, never “met” for an item that is not', () => {
    expect(itemStateWords({ state: 'not_started', warnings: 0 })).toBe('Not started');
    expect(itemStateWords({ state: 'not_met', warnings: 3 })).toBe('Not met');
    expect(itemStateWords({ state: 'met_with_warnings', warnings: 1 })).toBe('Met, with 1 warning');
    expect(itemStateWords({ state: 'met_with_warnings', warnings: 2 })).toBe('Met, with 2 warnings');
    expect(itemStateWords({ state: 'met', warnings: 0 })).toBe('Met');
  });

  it('summarises as “3 of 8 met · 2 warnings”, and an empty map as 0 of 8', () => {
    expect(summaryWords({ met: 3, total: 8, warnings: 2 })).toBe('3 of 8 met · 2 warnings');
    expect(summaryWords({ met: 5, total: 8, warnings: 0 })).toBe('5 of 8 met');
    const empty = checkFamily(blankFamily('Empty'), { asAt: '2026-12-07' });
    expect(summaryWords(empty.standard)).toMatch(/^0 of 8 met/);
    expect(empty.standard.items.map((item) => itemStateWords(item))).toEqual(Array(8).fill('Not started'));
  });
});

function mumWithStatus(status: string): { family: Family; mum: string } {
  let family = blankFamily('Mum');
  const added = addPerson(family, { names: { given: 'Lisa' }, birth: { date: '1990' } });
  family = updatePerson(added.family, {
    id: added.id,
    patch: { statuses: [{ type: status } as never] },
  }).family;
  // The service rules ask about adults in a current household.
  family = addHousehold(family, {
    label: 'Home',
    members: [{ person: added.id, membership: 'resident' }],
  }).family;
  return { family, mum: added.id };
}

describe('findingTarget', () => {
  it('takes a missing adult mental health service to the add-agency form with that kind chosen', () => {
    const { family, mum } = mumWithStatus('mha_detention');
    const result = checkFamily(family, { asAt: '2026-12-07' });
    const missing = result.findings.find((f) => f.rule === 'mental-health-service');
    expect(missing, result.findings.map((f) => f.message).join('\n')).toBeDefined();
    expect(findingTarget(family, missing!)).toEqual({
      tab: 'agencies',
      path: 'agencies',
      personId: mum,
      agencyCategory: 'adult_mental_health',
    });
  });

  it('takes every finding the model produces for a busy family to a tab, never nowhere', () => {
    let { family } = mumWithStatus('care_act_assessment');
    const child = addPerson(family, { names: { given: 'Jake' }, birth: { date: '2015' } });
    family = child.family;
    family = addCaringRole(family, { carer: child.id, role: 'young_carer' } as never).family;
    const agency = createId('agency');
    family = addAgency(family, { id: agency, category: 'police', name: 'Police' }).family;
    family = addInvolvement(family, { agency, with: { kind: 'family' } }).family;
    const { findings } = checkFamily(family, { asAt: '2026-12-07' });
    expect(findings.length).toBeGreaterThan(5);
    for (const finding of findings) {
      const target = findingTarget(family, finding);
      expect(target.path, finding.message).not.toBe('');
      // A finding about one person or caring role selects someone on the map.
      if (/^people\[|^caringRoles\[/.test(finding.path))
        expect(
          family.people.some((p) => p.id === target.personId),
          finding.message,
        ).toBe(true);
    }
    const role = findings.find((f) => f.path === 'involvements[0].roles') as Finding;
    expect(findingTarget(family, role)).toEqual({ tab: 'agencies', path: 'involvements[0].roles' });
    const kinds = findings.find((f) => f.path === 'caringRoles[0].careKinds') as Finding;
    expect(findingTarget(family, kinds)).toMatchObject({ tab: 'person', personId: child.id });
  });

  it('sends a not-started item to its first step, made precise for people', () => {
    const { family } = mumWithStatus('child_in_need');
    const { standard } = checkFamily(family, { asAt: '2026-12-07' });
    const nrpf = standard.items.find((item) => item.key === 'nrpf')!;
    if (nrpf.state === 'not_started') {
      expect(startFinding(family, nrpf).path).toBe('people[0].immigration.nrpf');
    }
    const prepared = standard.items.find((item) => item.key === 'preparedWithFamily')!;
    expect(prepared.state).toBe('not_started');
    expect(findingTarget(family, startFinding(family, prepared)).tab).toBe('map');
  });
});

describe('hours a week', () => {
  it('reads a number or a range, and refuses more than a week', () => {
    expect(parseHours('20')).toEqual({ value: { min: 20 } });
    expect(parseHours('about 10 to 15 hours')).toEqual({ value: { min: 10, max: 15 } });
    expect(parseHours('')).toEqual({ value: null });
    expect(parseHours('200')).toEqual({ message: 'A week has 168 hours' });
    expect(parseHours('lots')).toHaveProperty('message');
    expect(formatHours({ min: 10, max: 15 })).toBe('10-15');
  });
});

describe('an age as told', () => {
  it('reads “about 34” and its everyday variants as whole years', () => {
    for (const text of ['34', 'about 34', 'Around 34', '~34', '34 years old'])
      expect(readAgeAsTold(text), text).toEqual({ years: 34 });
    expect(readAgeAsTold('  ')).toEqual({ years: null });
    expect(readAgeAsTold('thirty')).toHaveProperty('message');
    expect(readAgeAsTold('200')).toEqual({ message: 'Enter an age from 0 to 130' });
  });
});
