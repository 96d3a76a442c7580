// Every rule, table-driven: a family built to trip it gets the finding (that check id and rule), and
// the same family with the fact recorded does not. Starts from the compliant family (no findings).
import { birthFromAgeAsTold, checkFamily, type Family } from '@kinmap/model';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AS_AT, family, person, type Draft } from './familyBuilder.ts';

type Edit = (d: Draft) => void;
interface Row {
  id: string;
  rule: string;
  trip: Edit;
  record: Edit;
}

const checked = [{ result: 'none_known', agencyLabel: 'Police', date: '2025-02-01' }];
const agency = (d: Draft, body: string, category: string, withWhom: unknown = { kind: 'family' }) => {
  d.agencies.push({ id: `agency:${body}`, category, name: body });
  d.involvements.push({
    id: `involvement:${body}`,
    agency: `agency:${body}`,
    with: withWhom,
    roles: ['key_worker'],
    status: 'open',
    invitedToMeetings: 'yes',
  });
};
const caring = (extra: object = {}) => ({
  id: 'caring:amy-rose',
  carer: 'person:amy',
  caredFor: 'person:rose',
  role: 'adult_carer',
  careKinds: ['practical'],
  hoursPerWeek: { min: 5 },
  impact: 'Tired at weekends',
  assessment: 'offered',
  appropriate: 'yes',
  ...extra,
});
const cin = (d: Draft) => (person(d, 'leo').statuses = [{ type: 'child_in_need', from: '2025-01' }]);

const ROWS: Row[] = [
  {
    id: 'MS-01',
    rule: 'household-recorded',
    trip: (d) => d.households[0].members.pop(),
    record: (d) => d.households[0].members.push({ person: 'person:leo' }),
  },
  {
    id: 'MS-02',
    rule: 'members-confirmed',
    trip: (d) => delete d.households[0].membersConfirmed,
    record: (d) =>
      (d.households[0].membersConfirmed = { confirmed: 'yes', date: '2025-03-01', method: 'home_visit' }),
  },
  {
    id: 'MS-03',
    rule: 'visitors-recorded',
    trip: (d) => {
      d.people.push({ id: 'person:kev', names: { given: 'Kev' }, safeguardingChecks: checked });
      d.households[0].members.push({ person: 'person:kev', membership: 'regular_visitor' });
    },
    record: (d) => {
      person(d, 'kev').role = "Amy's friend";
      d.households[0].members[2].frequency = 'weekends';
    },
  },
  {
    id: 'MS-04',
    rule: 'parent-slots',
    trip: (d) => d.parentChildLinks.splice(1, 1),
    record: (d) =>
      d.parentChildLinks.push({
        id: 'link:dan-leo',
        parent: 'person:dan',
        child: 'person:leo',
        partnership: 'partnership:amy-dan',
      }),
  },
  {
    id: 'MS-05',
    rule: 'partners-of-parents',
    trip: (d) => {
      d.people.push({
        id: 'person:sam',
        names: { given: 'Sam' },
        safeguardingChecks: checked,
        immigration: { status: 'british_citizen' },
      });
      d.partnerships.push({
        id: 'partnership:amy-sam',
        partners: ['person:amy', 'person:sam'],
        kind: 'committed_not_cohabiting',
      });
    },
    record: (d) =>
      d.households[0].members.push({
        person: 'person:sam',
        membership: 'regular_visitor',
        frequency: 'weekends',
      }),
  },
  {
    id: 'MS-06',
    rule: 'nrpf-recorded',
    trip: (d) => delete person(d, 'amy').immigration,
    record: (d) => (person(d, 'amy').immigration = { status: 'british_citizen' }),
  },
  {
    id: 'MS-07',
    rule: 'nrpf-pathway',
    trip: (d) => (person(d, 'amy').immigration = { status: 'limited_leave_nrpf', nrpf: 'yes' }),
    record: (d) => {
      person(d, 'amy').immigration.supportUnder = 's17_children_act';
      person(d, 'amy').immigration.referredForImmigrationAdvice = { referred: 'yes' };
    },
  },
  {
    id: 'MS-08',
    rule: 'significant-others',
    trip: (d) => {
      d.people = d.people.filter((p: { id: string }) => p.id === 'person:leo' || p.id === 'person:amy');
      d.parentChildLinks = d.parentChildLinks.slice(0, 1);
      d.partnerships = [];
      d.households = d.households.slice(0, 1);
    },
    record: (d) => (d.statements = { noSignificantOthers: { date: '2025-03-01' } }),
  },
  {
    id: 'MS-09',
    rule: 'agencies-involved',
    trip: (d) => {
      d.agencies = [];
      d.involvements = [];
    },
    record: (d) => (d.statements = { noOtherAgencies: { date: '2025-03-01' } }),
  },
  {
    id: 'MS-10',
    rule: 'lead-practitioner',
    trip: (d) => (d.involvements[0].roles = ['allocated_social_worker']),
    record: (d) => d.involvements[0].roles.push('lead_practitioner'),
  },
  {
    id: 'MS-11',
    rule: 'identity-set',
    trip: (d) => delete person(d, 'amy').birth,
    record: (d) => (person(d, 'amy').birth = birthFromAgeAsTold(34, AS_AT)),
  },
  {
    id: 'MS-12',
    rule: 'nhs-number-valid',
    trip: (d) => (person(d, 'leo').identity.nhsNumber.value = '9434765918'),
    record: (d) => (person(d, 'leo').identity.nhsNumber.value = '9434765919'),
  },
  {
    id: 'MS-13',
    rule: 'discrepancies-notified',
    trip: (d) =>
      (person(d, 'leo').identity.birthDateDiscrepancies = [
        { value: '2019-03-15', reportedAt: '2025-01-10' },
      ]),
    record: (d) => (person(d, 'leo').identity.birthDateDiscrepancies[0].notifiedAgencies = ['agency:school']),
  },
  {
    id: 'MS-14',
    rule: 'caring-roles-asked',
    trip: (d) => (person(d, 'amy').caringAsked = 'not_asked'),
    record: (d) => (person(d, 'amy').caringAsked = 'asked'),
  },
  {
    id: 'MS-14',
    rule: 'caring-extent',
    trip: (d) => {
      d.caringRoles = [caring({ impact: undefined, assessment: 'not_offered', appropriate: 'concern' })];
      agency(d, 'asc', 'adult_social_care');
    },
    record: (d) => {
      d.caringRoles[0].impact = 'Has cut her hours at work';
      d.caringRoles[0].assessment = 'offered';
    },
  },
  {
    id: 'MS-15',
    rule: 'safeguarding-history',
    trip: (d) => delete person(d, 'dan').safeguardingChecks,
    record: (d) => (person(d, 'dan').safeguardingChecks = checked),
  },
  {
    id: 'MS-16',
    rule: 'three-generations',
    trip: (d) => d.parentChildLinks.splice(2, 1),
    record: (d) =>
      d.parentChildLinks.push({ id: 'link:rose-amy', parent: 'person:rose', child: 'person:amy' }),
  },
  {
    id: 'MS-17',
    rule: 'prepared-with-family',
    trip: (d) => (d.preparedWithFamily = { value: 'not_yet' }),
    record: (d) => (d.preparedWithFamily.reason = 'Amy asked to do it at the next visit with Leo'),
  },
  {
    id: 'MS-18',
    rule: 'map-kept-up-to-date',
    trip: (d) => (d.checklistRecords = []),
    record: (d) =>
      (d.checklistRecords = [
        { date: '2025-03-10', met: 8, total: 8, warnings: 0, notStarted: 0, items: [] },
      ]),
  },
  {
    id: 'MS-19',
    rule: 'death-before-birth',
    trip: (d) => (person(d, 'tom').death = { date: '1950' }),
    record: (d) => (person(d, 'tom').death = { date: '2020' }),
  },
  {
    id: 'MS-19',
    rule: 'birth-cycle',
    trip: (d) => d.parentChildLinks.push({ id: 'link:leo-rose', parent: 'person:leo', child: 'person:rose' }),
    record: (d) => (d.parentChildLinks.at(-1).kind = 'foster'),
  },
  {
    id: 'MS-19',
    rule: 'born-before-parent',
    trip: (d) => (person(d, 'pat').birth = { date: '1990' }),
    record: (d) => (person(d, 'pat').birth = { date: '1958' }),
  },
  {
    id: 'MS-19',
    rule: 'partnership-event-order',
    trip: (d) => (d.partnerships[0].events[1].date = '2016'),
    record: (d) => (d.partnerships[0].events[1].date = '2021-06'),
  },
  {
    id: 'MS-19',
    rule: 'multiple-birth-parents',
    trip: (d) => {
      d.people.push({ id: 'person:mia', names: { given: 'Mia' }, birth: { date: '2019-03-14' } });
      d.multipleBirths = [{ id: 'multiple:twins', members: ['person:leo', 'person:mia'] }];
    },
    record: (d) =>
      d.parentChildLinks.push(
        { id: 'link:amy-mia', parent: 'person:amy', child: 'person:mia', partnership: 'partnership:amy-dan' },
        { id: 'link:dan-mia', parent: 'person:dan', child: 'person:mia', partnership: 'partnership:amy-dan' },
      ),
  },
  {
    id: 'MS-20',
    rule: 'parent-age-at-birth',
    trip: (d) => (person(d, 'pat').birth = { date: '1980' }),
    record: (d) => (person(d, 'pat').birth = { date: '1958' }),
  },
  {
    id: 'MS-19',
    rule: 'born-after-parent-death',
    trip: (d) => (person(d, 'tom').death = { date: '1980' }),
    record: (d) => (person(d, 'tom').death = { date: '2020' }),
  },
  {
    id: 'MS-19',
    rule: 'partnership-self',
    trip: (d) => d.partnerships.push({ id: 'partnership:self', partners: ['person:pat', 'person:pat'] }),
    record: (d) => (d.partnerships.at(-1).partners = ['person:pat', 'person:tom']),
  },
  {
    id: 'MS-19',
    rule: 'multiple-birth-dates',
    trip: (d) => {
      d.people.push({ id: 'person:mia', names: { given: 'Mia' }, birth: { date: '2019-03-20' } });
      d.parentChildLinks.push(
        { id: 'link:amy-mia', parent: 'person:amy', child: 'person:mia', partnership: 'partnership:amy-dan' },
        { id: 'link:dan-mia', parent: 'person:dan', child: 'person:mia', partnership: 'partnership:amy-dan' },
      );
      d.multipleBirths = [{ id: 'multiple:twins', members: ['person:leo', 'person:mia'] }];
    },
    record: (d) => (person(d, 'mia').birth = { date: '2019-03-14' }),
  },
  {
    id: 'MS-20',
    rule: 'partner-age-gap',
    trip: (d) => {
      d.people.push({ id: 'person:zoe', names: { given: 'Zoe' }, birth: { date: '2009-01-01' } });
      d.partnerships.push({
        id: 'partnership:dan-zoe',
        partners: ['person:dan', 'person:zoe'],
        kind: 'casual',
      });
    },
    record: (d) => (person(d, 'zoe').birth = { date: '1987-01-01' }),
  },
  {
    id: 'MS-21',
    rule: 'resident-twice',
    trip: (d) => d.households[1].members.push({ person: 'person:leo' }),
    record: (d) => (d.households[1].members.at(-1).membership = 'part_time'),
  },
  {
    id: 'MS-22',
    rule: 'legal-basis-recorded',
    trip: (d) => (person(d, 'leo').statuses = [{ type: 'looked_after', from: '2024' }]),
    record: (d) => (person(d, 'leo').statuses[0].lookedAfterBasis = 'care_order'),
  },
  {
    id: 'MS-24',
    rule: 'abuse-basis',
    trip: (d) =>
      (d.emotionalRelationships = [
        { id: 'emotion:dv', from: 'person:dan', to: 'person:amy', type: 'physical_abuse' },
      ]),
    record: (d) => {
      d.emotionalRelationships[0].basis = 'alleged';
      d.emotionalRelationships[0].reportedBy = { person: 'person:amy' };
    },
  },
  {
    id: 'MS-25',
    rule: 'other-labelled',
    trip: (d) => agency(d, 'pantry', 'other'),
    record: (d) => (d.agencies.at(-1).categoryOther = 'Food bank'),
  },
  {
    id: 'MS-26',
    rule: 'identity-asked',
    trip: (d) => delete person(d, 'leo').identity.ethnicity,
    record: (d) => (person(d, 'leo').identity.ethnicity = { code: 'Z' }),
  },
  {
    id: 'MS-27',
    rule: 'mental-health-service',
    trip: (d) => (person(d, 'amy').statuses = [{ type: 'mha_detention', from: '2025-01-10' }]),
    record: (d) => agency(d, 'amhs', 'adult_mental_health', { kind: 'person', person: 'person:amy' }),
  },
  {
    id: 'MS-28',
    rule: 'adult-social-care',
    trip: (d) => (person(d, 'amy').statuses = [{ type: 'care_act_assessment', from: '2025-01' }]),
    record: (d) => agency(d, 'asc', 'adult_social_care', { kind: 'household', household: 'household:a' }),
  },
  {
    id: 'MS-29',
    rule: 'child-services',
    trip: cin,
    record: (d) => agency(d, 'gp', 'gp', { kind: 'person', person: 'person:leo' }),
  },
  {
    id: 'MS-30',
    rule: 'invited-to-meetings',
    trip: (d) => (d.involvements[1].invitedToMeetings = 'not_asked'),
    record: (d) => (d.involvements[1].invitedToMeetings = 'yes'),
  },
];

const ofRule = (f: Family, row: Row) =>
  checkFamily(f, { asAt: AS_AT }).findings.filter((x) => x.id === row.id && x.rule === row.rule);

describe('every rule trips, and recording the fact clears it', () => {
  test('the compliant family has no finding at all', () => {
    expect(checkFamily(family(), { asAt: AS_AT }).findings).toEqual([]);
  });

  test('every check id of checkFamily (MS-01 to MS-30, but MS-23, the pre-share check) has a row', () => {
    const ids = new Set(ROWS.map((r) => r.id));
    const expected = Array.from({ length: 30 }, (_, i) => `MS-${String(i + 1).padStart(2, '0')}`).filter(
      (id) => id !== 'MS-23',
    );
    expect([...ids].sort()).toEqual(expected);
  });

  test('every rule slug in packages/model/src/checks/rules has a row', () => {
    const dir = new URL('../../../packages/model/src/checks/rules/', import.meta.url);
    const slugs = readdirSync(dir).flatMap((file) =>
      [...readFileSync(new URL(file, dir), 'utf8').matchAll(/const RULE\w* = '([a-z-]+)'/g)].map((m) => m[1]),
    );
    expect(new Set(ROWS.map((r) => r.rule))).toEqual(new Set(slugs));
  });

  test.each(ROWS.map((r) => [`${r.id} ${r.rule}`, r] as const))('%s', (_, row) => {
    const tripped = family(row.trip);
    const found = ofRule(tripped, row);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.path).not.toBe('');
      expect(f.message).toMatch(/\S/);
    }
    const recorded = family((d) => {
      row.trip(d);
      row.record(d);
    });
    expect(ofRule(recorded, row)).toEqual([]);
  });
});
