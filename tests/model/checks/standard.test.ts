// Minimum-standard checks MS-01 to MS-17: each fires on a family built to trigger it, names the person
// or field, points at the field that resolves it, and clears once the gap is filled.
import { checkFamily } from '@kinmap/model';
import { describe, expect, test } from 'vitest';
import { AS_AT, family, person, type Draft } from './familyBuilder.ts';
import { findingsOf } from './helpers.ts';

test('the compliant family has no findings at all (the baseline every test breaks once)', () => {
  expect(checkFamily(family(), { asAt: AS_AT }).findings).toEqual([]);
});

describe('MS-01 household recorded', () => {
  test('no current household is an error', () => {
    const f = family((d) => (d.households = []));
    expect(findingsOf(f, 'MS-01')).toMatchObject([
      { severity: 'error', path: 'households', message: expect.stringMatching(/No current household/) },
    ]);
  });
  test('a subject not living in any current household is named; moving them in clears it', () => {
    const broken = family((d) => d.households[0].members.pop());
    expect(findingsOf(broken, 'MS-01')).toMatchObject([
      {
        severity: 'error',
        subject: { kind: 'person', id: 'person:leo' },
        message: expect.stringContaining('Leo Smith'),
      },
    ]);
    expect(findingsOf(family(), 'MS-01')).toEqual([]);
  });
  test('a household that ended before the check date does not count', () => {
    const f = family((d) => (d.households[0].to = '2024-12'));
    expect(findingsOf(f, 'MS-01').map((x) => x.subject?.id)).toEqual(['person:leo']);
  });
  test('no subject chosen is a warning on `subjects`', () => {
    const f = family((d) => (d.subjects = []));
    expect(findingsOf(f, 'MS-01')).toMatchObject([{ severity: 'warning', path: 'subjects' }]);
  });
});

describe('MS-02 members confirmed', () => {
  test('unconfirmed members are an error on the household, naming it', () => {
    const f = family((d) => delete d.households[0].membersConfirmed);
    expect(findingsOf(f, 'MS-02')).toMatchObject([
      {
        severity: 'error',
        path: 'households[0].membersConfirmed',
        message: expect.stringContaining('Household A'),
      },
    ]);
  });
  test('"partly" is a warning; a missing method is a warning on the method', () => {
    const partly = family((d) => (d.households[0].membersConfirmed.confirmed = 'partly'));
    expect(findingsOf(partly, 'MS-02')).toMatchObject([
      { severity: 'warning', path: 'households[0].membersConfirmed.confirmed' },
    ]);
    const noMethod = family((d) => delete d.households[1].membersConfirmed.method);
    expect(findingsOf(noMethod, 'MS-02')).toMatchObject([
      {
        severity: 'warning',
        path: 'households[1].membersConfirmed.method',
        message: expect.stringContaining("Dan's flat"),
      },
    ]);
  });
});

describe('MS-03 visitors', () => {
  test('a regular visitor needs a frequency and who they are to the children', () => {
    const f = family((d) => {
      d.people.push({ id: 'person:kev', names: { given: 'Kev' } });
      d.households[0].members.push({ person: 'person:kev', membership: 'regular_visitor' });
    });
    const found = findingsOf(f, 'MS-03');
    expect(found.map((x) => x.path)).toEqual(['households[0].members[2].frequency', 'people[7].role']);
    expect(found[0]?.message).toBe('Kev regularly visits Household A: record how often they are there');
    const fixed = family((d) => {
      d.people.push({ id: 'person:kev', names: { given: 'Kev' }, role: "Amy's friend" });
      d.households[0].members.push({
        person: 'person:kev',
        membership: 'regular_visitor',
        frequency: 'weekends',
      });
    });
    expect(findingsOf(fixed, 'MS-03')).toEqual([]);
  });
});

describe('MS-04 both parent slots', () => {
  test('a missing father is an error; a placeholder with a reason fills the slot', () => {
    const missing = family((d) => d.parentChildLinks.splice(1, 1));
    expect(findingsOf(missing, 'MS-04')).toMatchObject([
      {
        severity: 'error',
        message: expect.stringMatching(/^Leo Smith \(subject child\): only one birth parent/),
      },
    ]);
    const placeholder = family((d) => {
      d.parentChildLinks[1].parent = 'person:unknown-dad';
      d.people.push({
        id: 'person:unknown-dad',
        kind: 'placeholder',
        genderIdentity: 'man',
        placeholder: { reasonUnknown: 'not_disclosed' },
      });
    });
    expect(findingsOf(placeholder, 'MS-04')).toEqual([]);
  });
  test('no parents at all says so', () => {
    const none = family((d) => d.parentChildLinks.splice(0, 2));
    expect(findingsOf(none, 'MS-04')[0]?.message).toContain('no birth parents recorded');
  });
});

describe('MS-05 partners of parents', () => {
  test("a current partner of Leo's mother with no household recorded is prompted", () => {
    const f = family((d) => {
      d.people.push({ id: 'person:sam', names: { given: 'Sam', family: 'Reid' }, genderIdentity: 'man' });
      d.partnerships.push({
        id: 'partnership:amy-sam',
        partners: ['person:amy', 'person:sam'],
        kind: 'committed_not_cohabiting',
      });
    });
    expect(findingsOf(f, 'MS-05')).toMatchObject([
      {
        severity: 'warning',
        path: 'households[0].members',
        subject: { id: 'person:sam' },
        message: expect.stringContaining('Sam Reid (current partner of Amy Jones'),
      },
    ]);
  });
  test('recording him as a regular visitor clears it; a former partner is not prompted', () => {
    const visiting = family((d) => {
      d.people.push({ id: 'person:sam', names: { given: 'Sam' } });
      d.partnerships.push({ id: 'partnership:amy-sam', partners: ['person:amy', 'person:sam'] });
      d.households[0].members.push({
        person: 'person:sam',
        membership: 'regular_visitor',
        frequency: 'weekends',
      });
    });
    expect(findingsOf(visiting, 'MS-05')).toEqual([]);
    expect(findingsOf(family(), 'MS-05')).toEqual([]); // Dan separated from Amy in 2021
  });
});

describe('MS-06 NRPF recorded', () => {
  test('not asked is an error naming the adult and the household', () => {
    const f = family((d) => delete person(d, 'amy').immigration);
    expect(findingsOf(f, 'MS-06')).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'nrpf-recorded',
        path: 'people[1].immigration.nrpf',
        subject: { kind: 'person', id: 'person:amy' },
        message: 'Amy Jones (adult in Household A): NRPF status not asked',
      }),
    ]);
  });
  test('unknown is a warning; a British citizen needs no answer', () => {
    const unknown = family((d) => (person(d, 'amy').immigration.nrpf = 'unknown'));
    expect(findingsOf(unknown, 'MS-06')).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(family(), 'MS-06')).toEqual([]); // Dan: british_citizen, nrpf not_asked
  });
  test('a non-resident parent is asked about too', () => {
    const f = family((d) => (person(d, 'dan').immigration = { status: 'not_asked' }));
    expect(findingsOf(f, 'MS-06')[0]?.message).toBe("Dan Smith (adult in Dan's flat): NRPF status not asked");
    const away = family((d) => {
      person(d, 'dan').immigration = { status: 'not_asked' };
      d.households.pop();
    });
    expect(findingsOf(away, 'MS-06')[0]?.message).toBe(
      'Dan Smith (father of Leo Smith): NRPF status not asked',
    );
  });
  test('children in the household are not asked about', () => {
    const f = family((d) => (person(d, 'leo').immigration = { nrpf: 'not_asked' }));
    expect(findingsOf(f, 'MS-06')).toEqual([]);
  });
});

describe('MS-07 NRPF pathway', () => {
  test('NRPF with no support or referral recorded gets two prompts', () => {
    const f = family((d) => (person(d, 'amy').immigration = { status: 'limited_leave_nrpf', nrpf: 'yes' }));
    expect(findingsOf(f, 'MS-07').map((x) => x.path)).toEqual([
      'people[1].immigration.supportUnder',
      'people[1].immigration.referredForImmigrationAdvice',
    ]);
    expect(
      findingsOf(f, 'MS-07').every((x) => x.severity === 'warning' && x.message.startsWith('Amy Jones')),
    ).toBe(true);
  });
});

describe('MS-08 significant others', () => {
  test('nobody outside the household and no statement is an error; the dated statement clears it', () => {
    const alone = (draft: Draft) => {
      draft.people = draft.people.filter(
        (p: { id: string }) => p.id === 'person:leo' || p.id === 'person:amy',
      );
      draft.parentChildLinks = draft.parentChildLinks.slice(0, 1);
      draft.partnerships = [];
      draft.households = draft.households.slice(0, 1);
    };
    expect(findingsOf(family(alone), 'MS-08')).toMatchObject([
      { severity: 'error', path: 'statements.noSignificantOthers' },
    ]);
    const stated = family((d) => {
      alone(d);
      d.statements = { noSignificantOthers: { date: '2025-03-01' } };
    });
    expect(findingsOf(stated, 'MS-08')).toEqual([]);
    const neighbour = family((d) => {
      alone(d);
      d.people.push({
        id: 'person:jan',
        names: { given: 'Jan' },
        significance: 'significant_other',
        role: 'neighbour',
      });
    });
    expect(findingsOf(neighbour, 'MS-08')).toEqual([]);
  });
});

describe('MS-09 agencies and MS-10 lead practitioner', () => {
  test('no agencies and no statement is an error; the statement clears it', () => {
    const none = family((d) => {
      d.agencies = [];
      d.involvements = [];
    });
    expect(findingsOf(none, 'MS-09')).toMatchObject([
      { severity: 'error', path: 'statements.noOtherAgencies' },
    ]);
    const stated = family((d) => {
      d.agencies = [];
      d.involvements = [];
      d.statements = { noOtherAgencies: { date: '2025-03-01', by: 'Social worker' } };
    });
    expect(findingsOf(stated, 'MS-09')).toEqual([]);
  });
  test('an involvement with no status or role is named', () => {
    const f = family((d) => {
      d.involvements[1].status = 'unknown';
      d.involvements[1].roles = [];
    });
    expect(findingsOf(f, 'MS-09')).toMatchObject([
      {
        severity: 'warning',
        path: 'involvements[1].status',
        message: expect.stringContaining('Oak Primary School'),
      },
      { severity: 'warning', path: 'involvements[1].roles' },
    ]);
  });
  test('two open agencies without a lead practitioner', () => {
    const f = family((d) => (d.involvements[0].roles = ['allocated_social_worker']));
    expect(findingsOf(f, 'MS-10')).toMatchObject([{ severity: 'warning', path: 'involvements' }]);
  });
});

describe('MS-11 identity set', () => {
  test('a child with no NHS number or reason, and an adult with an estimated DOB and no basis', () => {
    const f = family((d) => {
      delete person(d, 'leo').identity.nhsNumber;
      person(d, 'amy').birth = { date: '1990', estimated: true };
    });
    expect(findingsOf(f, 'MS-11')).toMatchObject([
      {
        path: 'people[0].identity.nhsNumber',
        message: 'Leo Smith (subject child): NHS number not recorded (or the reason it is not)',
      },
      {
        path: 'people[1].birth.basis',
        message: expect.stringMatching(/^Amy Jones \(adult in Household A\): date of birth is estimated/),
      },
    ]);
    const fixed = family((d) => {
      person(d, 'leo').identity = {
        ...person(d, 'leo').identity,
        nhsNumber: undefined,
        nhsNumberNotRecordedReason: 'Recently arrived',
      };
      person(d, 'amy').birth = { date: '1990', estimated: true, basis: 'her account' };
    });
    expect(findingsOf(fixed, 'MS-11')).toEqual([]);
  });
  test('an adult with no name or date of birth', () => {
    const f = family((d) => {
      person(d, 'amy').names = {};
      delete person(d, 'amy').birth;
    });
    expect(findingsOf(f, 'MS-11').map((x) => x.path)).toEqual([
      'people[1].names.given',
      'people[1].birth.date',
    ]);
  });
});

describe('MS-12 NHS number', () => {
  test('a mistyped number fails the check digit; an untraced one is flagged', () => {
    const typo = family((d) => (person(d, 'leo').identity.nhsNumber.value = '9434765918'));
    expect(findingsOf(typo, 'MS-12')).toMatchObject([
      { path: 'people[0].identity.nhsNumber.value', message: expect.stringContaining('check-digit') },
    ]);
    const untraced = family((d) => (person(d, 'leo').identity.nhsNumber.trace = 'untraced'));
    expect(findingsOf(untraced, 'MS-12')).toMatchObject([
      { path: 'people[0].identity.nhsNumber.trace', message: 'Leo Smith: NHS number is untraced' },
    ]);
  });
});

describe('MS-13 discrepancies', () => {
  const withDiscrepancy = (extra: object) =>
    family(
      (d) =>
        (person(d, 'leo').identity.birthDateDiscrepancies = [
          { value: '2019-03-15', reportedAt: '2025-01-10', ...extra },
        ]),
    );
  test('an old unresolved discrepancy nobody was told about', () => {
    expect(findingsOf(withDiscrepancy({}), 'MS-13')).toMatchObject([
      {
        severity: 'warning',
        path: 'people[0].identity.birthDateDiscrepancies[0].notifiedAgencies',
        message:
          'Leo Smith: a different date of birth was reported 63 days ago and no partner agency has been told',
      },
    ]);
  });
  test('telling a partner, resolving it, or a recent report clears it; the age is configurable', () => {
    expect(findingsOf(withDiscrepancy({ notifiedAgencies: ['agency:school'] }), 'MS-13')).toEqual([]);
    expect(findingsOf(withDiscrepancy({ resolved: true }), 'MS-13')).toEqual([]);
    expect(findingsOf(withDiscrepancy({ reportedAt: '2025-03-10' }), 'MS-13')).toEqual([]);
    const f = withDiscrepancy({ reportedAt: '2025-03-10' });
    expect(
      checkFamily(f, { asAt: AS_AT, discrepancyAgeDays: 2 }).findings.filter((x) => x.id === 'MS-13'),
    ).toHaveLength(1);
  });
});

describe('MS-14 caring roles', () => {
  test('a household member not asked about caring', () => {
    const f = family((d) => (person(d, 'amy').caringAsked = 'not_asked'));
    expect(findingsOf(f, 'MS-14')).toMatchObject([
      {
        severity: 'error',
        path: 'people[1].caringAsked',
        message: 'Amy Jones (lives in Household A): not asked whether they care for anyone',
      },
    ]);
  });
  test('a recorded caring role counts as asked; an under-18 carer must be a young carer with an assessment status', () => {
    const f = family((d) => {
      person(d, 'leo').caringAsked = 'not_asked';
      d.caringRoles = [
        { id: 'caring:leo-amy', carer: 'person:leo', caredFor: 'person:amy', role: 'adult_carer' },
      ];
    });
    expect(findingsOf(f, 'MS-14').filter((x) => x.rule === 'caring-roles-asked')).toMatchObject([
      {
        path: 'caringRoles[0].role',
        message: 'Leo Smith (aged 6) cares for Amy Jones: record the role as young carer',
      },
      { path: 'caringRoles[0].assessment' },
    ]);
    const fixed = family((d) => {
      d.caringRoles = [
        {
          id: 'caring:leo-amy',
          carer: 'person:leo',
          caredFor: 'person:amy',
          role: 'young_carer',
          assessment: 'offered',
          careKinds: ['emotional'],
          hoursPerWeek: { min: 2, max: 5 },
          impact: 'Worries about his mum at school',
        },
      ];
    });
    expect(findingsOf(fixed, 'MS-14')).toEqual([]);
  });
  test('a baby is not asked', () => {
    const f = family((d) => {
      d.people.push({ id: 'person:baby', names: { given: 'Ava' }, birth: { date: '2024-11-01' } });
      d.households[0].members.push({ person: 'person:baby' });
    });
    expect(findingsOf(f, 'MS-14')).toEqual([]);
  });
});

describe('MS-15 previous safeguarding history', () => {
  test('a non-resident father with no check, and an adult child of a parent', () => {
    const f = family((d) => {
      person(d, 'dan').safeguardingChecks = [];
      d.households.pop();
      d.people.push({
        id: 'person:chloe',
        names: { given: 'Chloe', family: 'Smith' },
        birth: { date: '2001' },
      });
      d.parentChildLinks.push({ id: 'link:dan-chloe', parent: 'person:dan', child: 'person:chloe' });
    });
    expect(findingsOf(f, 'MS-15').map((x) => x.message)).toEqual([
      'Dan Smith (father of Leo Smith): previous safeguarding history not checked',
      'Chloe Smith (adult child of Dan Smith): previous safeguarding history not checked',
    ]);
  });
  test('"none known" is an answer; "not checked" is not', () => {
    const notChecked = family((d) => (person(d, 'amy').safeguardingChecks = [{ result: 'not_checked' }]));
    expect(findingsOf(notChecked, 'MS-15')).toHaveLength(1);
    expect(findingsOf(family(), 'MS-15')).toEqual([]);
  });
});

describe('MS-16 three generations', () => {
  test('missing paternal grandparents are named by side', () => {
    const f = family((d) => d.parentChildLinks.splice(5, 1));
    expect(findingsOf(f, 'MS-16')).toMatchObject([
      {
        severity: 'warning',
        message: expect.stringMatching(
          /^Leo Smith \(subject child\): only one paternal grandparent recorded/,
        ),
      },
    ]);
  });
});

describe('MS-17 prepared with the family', () => {
  test('not recorded is an error; "not yet" needs a reason', () => {
    expect(
      findingsOf(
        family((d) => delete d.preparedWithFamily),
        'MS-17',
      ),
    ).toMatchObject([{ severity: 'error', path: 'preparedWithFamily' }]);
    const notYet = family((d) => (d.preparedWithFamily = { value: 'not_yet' }));
    expect(findingsOf(notYet, 'MS-17')).toMatchObject([
      { severity: 'error', path: 'preparedWithFamily.reason' },
    ]);
    const reason = family(
      (d) => (d.preparedWithFamily = { value: 'not_yet', reason: 'First visit next week' }),
    );
    expect(findingsOf(reason, 'MS-17')).toEqual([]);
  });
});
