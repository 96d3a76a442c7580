// Integrity checks (MS-19 to MS-21): data that cannot be true, or that a practitioner should look at.
import { checkFamily } from '@kinmap/model';
import { describe, expect, test } from 'vitest';
import { family, person } from './familyBuilder.ts';
import { findingsOf } from './helpers.ts';

const rules = (f: ReturnType<typeof family>, rule: string) =>
  checkFamily(f, { asAt: '2025-03-14' }).findings.filter((x) => x.rule === rule);

describe('MS-19 structural validity', () => {
  test('a person who is their own ancestor through birth links, reported once for the loop', () => {
    const f = family((d) =>
      d.parentChildLinks.push({ id: 'link:leo-rose', parent: 'person:leo', child: 'person:rose' }),
    );
    const loop = rules(f, 'birth-cycle');
    expect(loop).toHaveLength(1);
    expect(loop[0]).toMatchObject({
      id: 'MS-19',
      severity: 'error',
      path: expect.stringMatching(/^parentChildLinks\[\d\]$/),
    });
    expect(loop[0]?.message).toContain('Leo Smith');
    expect(loop[0]?.message).toContain('Amy Jones');
    expect(loop[0]?.message).toContain('Rose Jones');
    expect(rules(family(), 'birth-cycle')).toEqual([]);
  });
  test('a person recorded as their own birth parent', () => {
    const f = family((d) =>
      d.parentChildLinks.push({ id: 'link:self', parent: 'person:tom', child: 'person:tom' }),
    );
    expect(rules(f, 'birth-cycle')[0]?.message).toBe('Tom Smith is recorded as their own birth parent');
  });
  test('a child born before their birth parent', () => {
    const f = family((d) => (person(d, 'leo').birth = { date: '1985' }));
    expect(rules(f, 'born-before-parent')).toMatchObject([
      {
        severity: 'error',
        path: 'parentChildLinks[0]',
        message: 'Leo Smith is recorded as born before their birth parent Amy Jones (mother)',
      },
      { path: 'parentChildLinks[1]' },
    ]);
  });
  test('a child born more than a year after a birth parent died is a prompt to check', () => {
    const f = family((d) => (person(d, 'dan').death = { date: '2017-06' }));
    expect(rules(f, 'born-after-parent-death')).toMatchObject([
      { severity: 'warning', path: 'parentChildLinks[1]' },
    ]);
    const months = family((d) => (person(d, 'dan').death = { date: '2018-09' }));
    expect(rules(months, 'born-after-parent-death')).toEqual([]);
  });
  test('death before birth', () => {
    const f = family((d) => (person(d, 'tom').death = { date: '1950-02' }));
    expect(rules(f, 'death-before-birth')).toMatchObject([
      {
        severity: 'error',
        path: 'people[6].death.date',
        message: 'Tom Smith: date of death (02/1950) is before date of birth (1955)',
      },
    ]);
  });
  test('partnership events out of date order, and a partnership with oneself', () => {
    const f = family((d) => {
      d.partnerships[0].events = [
        { type: 'started', date: '2017' },
        { type: 'divorced', date: '2018' },
        { type: 'married', date: '2019-05-01' },
        { type: 'separated', date: '2016-01' },
      ];
    });
    expect(rules(f, 'partnership-event-order').map((x) => x.path)).toEqual([
      'partnerships[0].events[1].date',
      'partnerships[0].events[3].date',
    ]);
    expect(rules(f, 'partnership-event-order')[0]?.message).toBe(
      'Amy Jones and Dan Smith: divorce (2018) is before the marriage (01/05/2019)',
    );
    const self = family((d) => (d.partnerships[0].partners = ['person:amy', 'person:amy']));
    expect(rules(self, 'partnership-self')).toHaveLength(1);
  });
  test('an event before a partner was born', () => {
    const f = family((d) => (d.partnerships[0].events = [{ type: 'started', date: '1989' }]));
    expect(rules(f, 'partnership-event-order')[0]?.message).toBe(
      'Amy Jones and Dan Smith: start (1989) is before Amy Jones was born',
    );
  });
  test('twins with different parents (error) or births days apart (warning)', () => {
    const twins = (edit: (d: never) => void) =>
      family((d) => {
        d.people.push({
          id: 'person:mia',
          names: { given: 'Mia', family: 'Smith' },
          birth: { date: '2019-03-14' },
        });
        d.parentChildLinks.push({ id: 'link:amy-mia', parent: 'person:amy', child: 'person:mia' });
        d.parentChildLinks.push({ id: 'link:dan-mia', parent: 'person:dan', child: 'person:mia' });
        d.multipleBirths = [{ id: 'multiple:twins', members: ['person:leo', 'person:mia'], zygosity: 'dz' }];
        edit(d as never);
      });
    expect(
      findingsOf(
        twins(() => {}),
        'MS-19',
      ),
    ).toEqual([]);
    const midnight = twins(
      (d: { people: { id: string; birth?: object }[] }) => (d.people[7]!.birth = { date: '2019-03-15' }),
    );
    expect(findingsOf(midnight, 'MS-19')).toEqual([]);
    const apart = twins(
      (d: { people: { birth?: object }[] }) => (d.people[7]!.birth = { date: '2019-03-20' }),
    );
    expect(rules(apart, 'multiple-birth-dates')).toMatchObject([
      { severity: 'warning', message: expect.stringContaining('Leo Smith and Mia Smith') },
    ]);
    const otherFather = twins(
      (d: { parentChildLinks: { parent: string }[] }) => (d.parentChildLinks[7]!.parent = 'person:tom'),
    );
    expect(rules(otherFather, 'multiple-birth-parents')).toMatchObject([
      { severity: 'error', path: 'multipleBirths[0].members' },
    ]);
  });
});

describe('MS-20 ages', () => {
  test('a birth parent under 12 at the birth', () => {
    const f = family((d) => (person(d, 'rose').birth = { date: '1980' }));
    expect(rules(f, 'parent-age-at-birth')).toMatchObject([
      {
        severity: 'warning',
        message: 'Rose Jones (mother) was under 12 when Amy Jones was born: check the dates and the link',
      },
    ]);
  });
  test('a partner under 18 with an adult several years older', () => {
    const f = family((d) => {
      d.people.push({ id: 'person:kyle', names: { given: 'Kyle' }, birth: { date: '1983-01-01' } });
      d.partnerships.push({
        id: 'partnership:amy-kyle',
        partners: ['person:amy', 'person:kyle'],
        events: [{ type: 'started', date: '2005-06' }],
      });
    });
    expect(rules(f, 'partner-age-gap')).toMatchObject([
      {
        severity: 'warning',
        subject: { kind: 'partnership', id: 'partnership:amy-kyle' },
        message: expect.stringMatching(/^Amy Jones was 15 and Kyle was an adult of 22 or more/),
      },
    ]);
    expect(rules(family(), 'partner-age-gap')).toEqual([]);
  });
  test('a 17-year-old with a 20-year-old is not prompted; with a 23-year-old, or a 15-year-old with a 19-year-old, is', () => {
    const couple = (amyBorn: string, kyleBorn: string) =>
      family((d) => {
        person(d, 'amy').birth = { date: amyBorn };
        d.people.push({ id: 'person:kyle', names: { given: 'Kyle' }, birth: { date: kyleBorn } });
        d.partnerships.push({
          id: 'partnership:amy-kyle',
          partners: ['person:amy', 'person:kyle'],
          events: [{ type: 'started', date: '2010-06-01' }],
        });
      });
    expect(rules(couple('1993-01-01', '1990-01-01'), 'partner-age-gap')).toEqual([]);
    expect(rules(couple('1993-01-01', '1987-01-01'), 'partner-age-gap')).toHaveLength(1);
    expect(rules(couple('1995-01-01', '1991-01-01'), 'partner-age-gap')).toHaveLength(1);
  });
});

describe('MS-21 resident of two households at once', () => {
  test('resident in two current households is an error; part-time clears it', () => {
    const both = family((d) => d.households[1].members.push({ person: 'person:leo' }));
    expect(findingsOf(both, 'MS-21')).toMatchObject([
      {
        severity: 'error',
        subject: { id: 'person:leo' },
        message:
          "Leo Smith: recorded as living in both Household A and Dan's flat at the same time; make one membership part-time, or end one",
      },
    ]);
    const partTime = family((d) =>
      d.households[1].members.push({ person: 'person:leo', membership: 'part_time' }),
    );
    expect(findingsOf(partTime, 'MS-21')).toEqual([]);
  });
  test('moving house within a month recorded only to the month is not a clash; a real overlap in the past is', () => {
    const moved = family((d) => {
      d.households[0].members[1].from = '2021-06';
      d.households[1].from = '2019';
      d.households[1].members.push({ person: 'person:leo', from: '2019-03', to: '2021-06' });
    });
    expect(findingsOf(moved, 'MS-21')).toEqual([]);
    const overlap = family((d) => {
      d.households[0].members[1].from = '2020';
      d.households[1].from = '2019';
      d.households[1].members.push({ person: 'person:leo', from: '2019-03', to: '2022-06' });
    });
    expect(findingsOf(overlap, 'MS-21')).toHaveLength(1);
  });
});
