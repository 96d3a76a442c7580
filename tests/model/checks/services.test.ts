// MS-27 to MS-30: needs connected to services ("all relevant agencies… e.g. Mental Health Services and
// Adults Social Care"), each finding naming the missing service and a path an editor can land on.
import { checkFamily } from '@kinmap/model';
import { describe, expect, test } from 'vitest';
import { AS_AT, family, person, type Draft } from './familyBuilder.ts';
import { findingsOf } from './helpers.ts';

const addAgency = (d: Draft, body: string, category: string, withWhom: unknown, extra: object = {}) => {
  d.agencies.push({ id: `agency:${body}`, category, name: body });
  d.involvements.push({
    id: `involvement:${body}`,
    agency: `agency:${body}`,
    with: withWhom,
    roles: ['key_worker'],
    status: 'open',
    invitedToMeetings: 'yes',
    ...extra,
  });
};

describe('MS-27 adult mental health service', () => {
  const detained = (d: Draft) =>
    (person(d, 'amy').statuses = [{ type: 'mha_detention', from: '2025-01-10', detail: 's3' }]);
  test('a mother detained under the Mental Health Act with no adult mental health service is flagged', () => {
    const [f, ...rest] = findingsOf(family(detained), 'MS-27');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'warning',
      path: 'agencies',
      subject: { kind: 'person', id: 'person:amy' },
    });
    expect(f!.message).toMatch(
      /Amy Jones .*detained under the Mental Health Act.*no adult mental health service/,
    );
    const { standard } = checkFamily(family(detained), { asAt: AS_AT });
    expect(standard.items.find((i) => i.key === 'agencies')).toMatchObject({
      state: 'met_with_warnings',
      warnings: 1,
    });
  });
  test('the service involved with her (or her household, or the family) resolves it; a closed one does not', () => {
    for (const withWhom of [
      { kind: 'person', person: 'person:amy' },
      { kind: 'household', household: 'household:a' },
      { kind: 'family' },
    ]) {
      expect(
        findingsOf(
          family((d) => (detained(d), addAgency(d, 'amhs', 'adult_mental_health', withWhom))),
          'MS-27',
        ),
      ).toEqual([]);
    }
    const closed = family(
      (d) => (
        detained(d),
        addAgency(d, 'amhs', 'adult_mental_health', { kind: 'family' }, { status: 'closed' })
      ),
    );
    expect(findingsOf(closed, 'MS-27')).toHaveLength(1);
  });
  test('a detention that ended is not asked about', () => {
    const ended = family(
      (d) => (person(d, 'amy').statuses = [{ type: 'mha_detention', from: '2024-01', to: '2024-03' }]),
    );
    expect(findingsOf(ended, 'MS-27')).toEqual([]);
  });
});

describe('MS-28 Adult Social Care', () => {
  const cares = (d: Draft) => {
    d.caringRoles = [
      {
        id: 'caring:amy-rose',
        carer: 'person:amy',
        caredFor: 'person:rose',
        role: 'adult_carer',
        careKinds: ['practical'],
        hoursPerWeek: { min: 10 },
        impact: 'Manages with help',
        assessment: 'offered',
        appropriate: 'yes',
      },
    ];
  };
  test('a carer and the adult she cares for, with no Adult Social Care, are both flagged, naming the service', () => {
    const found = findingsOf(family(cares), 'MS-28');
    expect(found.map((f) => f.subject?.id)).toEqual(['person:rose', 'person:amy']);
    expect(
      found.every((f) => f.path === 'agencies' && /Adult Social Care is not recorded/.test(f.message)),
    ).toBe(true);
    expect(found[0]!.message).toMatch(/Rose Jones is cared for by Amy Jones/);
  });
  test('an adult with a Care Act assessment in the household is flagged', () => {
    const f = family((d) => (person(d, 'amy').statuses = [{ type: 'care_act_assessment', from: '2025-01' }]));
    expect(findingsOf(f, 'MS-28')).toHaveLength(1);
  });
  test('Adult Social Care involved with the family resolves it, a referral included', () => {
    const f = family(
      (d) => (cares(d), addAgency(d, 'asc', 'adult_social_care', { kind: 'family' }, { status: 'referred' })),
    );
    expect(findingsOf(f, 'MS-28')).toEqual([]);
  });
});

describe('MS-29 a child on a plan has GP, health visitor or school', () => {
  const cin = (d: Draft) => (person(d, 'leo').statuses = [{ type: 'child_in_need', from: '2025-01' }]);
  test('Leo (6) on a CIN plan with a school but no GP: the GP is asked for', () => {
    const found = findingsOf(family(cin), 'MS-29');
    expect(found.map((f) => f.message)).toEqual([
      'Leo Smith has a child in need plan, but no GP is recorded: add their GP practice as an agency involved with them',
    ]);
    expect(found[0]!.path).toBe('agencies');
  });
  test('a GP agency, or the GP practice in the identity set, resolves it', () => {
    expect(
      findingsOf(
        family((d) => (cin(d), addAgency(d, 'gp', 'gp', { kind: 'person', person: 'person:leo' }))),
        'MS-29',
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        family((d) => (cin(d), (person(d, 'leo').identity.gpPractice = 'Oak Surgery'))),
        'MS-29',
      ),
    ).toEqual([]);
  });
  test('a baby under 5 on a CP plan needs a health visitor; an older child with no school needs a school', () => {
    const baby = family((d) => {
      cin(d);
      person(d, 'leo').birth = { date: '2024-01-01' };
      person(d, 'leo').statuses = [{ type: 'child_protection_plan', from: '2025-02' }];
      person(d, 'leo').identity.gpPractice = 'Oak Surgery';
    });
    expect(findingsOf(baby, 'MS-29').map((f) => f.message)).toEqual([
      'Leo Smith has a child protection plan, but no health visitor is recorded: add the health visiting service',
    ]);
    const noSchool = family((d) => {
      cin(d);
      person(d, 'leo').identity.gpPractice = 'Oak Surgery';
      d.involvements = d.involvements.filter((i: { id: string }) => i.id !== 'involvement:school');
    });
    expect(findingsOf(noSchool, 'MS-29').map((f) => f.message)).toEqual([
      'Leo Smith has a child in need plan, but no school, college or early years setting is recorded: add their school, college or setting',
    ]);
  });
  test('a child with no plan is not asked about', () => {
    expect(findingsOf(family(), 'MS-29')).toEqual([]);
  });
});

describe('MS-30 invited to meetings', () => {
  test('an open involvement whose invitation was never asked gets a finding on invitedToMeetings', () => {
    const f = family((d) => delete d.involvements[1].invitedToMeetings);
    expect(findingsOf(f, 'MS-30')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'involvements[1].invitedToMeetings',
        message:
          "Oak Primary School: record whether they are invited to the child's meetings (CIN, child protection, reviews)",
        subject: { kind: 'involvement', id: 'involvement:school' },
      }),
    ]);
  });
  test('"no" needs a note saying why; with the note it passes', () => {
    const no = family((d) => (d.involvements[1].invitedToMeetings = 'no'));
    expect(findingsOf(no, 'MS-30').map((f) => f.path)).toEqual(['involvements[1].notes']);
    const noted = family((d) => {
      d.involvements[1].invitedToMeetings = 'no';
      d.involvements[1].notes = 'Sends a report instead';
    });
    expect(findingsOf(noted, 'MS-30')).toEqual([]);
  });
  test("children's social care (who hold the meetings) and closed involvements are not asked about", () => {
    const f = family((d) => (d.involvements[1].status = 'closed'));
    expect(findingsOf(f, 'MS-30')).toEqual([]);
  });
});
