// MS-14, caring extent and impact: kinds of care, hours, impact and whom they care for asked for; a
// carer's assessment not offered where there is a concern is an error.
import { checkFamily } from '@kinmap/model';
import { describe, expect, test } from 'vitest';
import { AS_AT, family, type Draft } from './familyBuilder.ts';

const full = {
  id: 'caring:amy-rose',
  carer: 'person:amy',
  caredFor: 'person:rose',
  role: 'adult_carer',
  careKinds: ['practical', 'personal_care'],
  hoursPerWeek: { min: 10, max: 15 },
  impact: 'Tired; has cut her hours at work',
  assessment: 'offered',
  appropriate: 'yes',
};
const withRole = (patch: object, drop: string[] = []) =>
  family((d: Draft) => {
    const role: Record<string, unknown> = { ...full, ...patch };
    for (const key of drop) delete role[key];
    d.caringRoles = [role];
  });
const extent = (f: ReturnType<typeof family>) =>
  checkFamily(f, { asAt: AS_AT }).findings.filter((x) => x.rule === 'caring-extent');

describe('MS-14 caring extent and impact', () => {
  test('a fully recorded caring role has no finding', () => {
    expect(extent(withRole({}))).toEqual([]);
  });

  test.each([
    ['careKinds', { careKinds: [] }, [], 'record what kind of care they give'],
    ['hoursPerWeek', {}, ['hoursPerWeek'], 'record about how many hours a week they spend caring'],
    ['impact', {}, ['impact'], 'record the impact of caring on them'],
  ])('missing %s is asked for, on that field', (field, patch, drop, words) => {
    const found = extent(withRole(patch, drop));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', path: `caringRoles[0].${field}` });
    expect(found[0]!.message).toContain('Amy Jones (caring for Rose Jones): ' + words);
  });

  test('assessment not offered where a concern is flagged is an error; offered resolves it', () => {
    const concern = extent(withRole({ assessment: 'not_offered', appropriate: 'concern' }));
    expect(concern).toMatchObject([{ severity: 'error', path: 'caringRoles[0].assessment' }]);
    expect(
      checkFamily(withRole({ assessment: 'not_offered', appropriate: 'concern' }), {
        asAt: AS_AT,
      }).standard.items.find((i) => i.key === 'caringRoles')?.state,
    ).toBe('not_met');
    // An impact recorded counts as a concern too.
    expect(extent(withRole({ assessment: 'not_offered' }))).toHaveLength(1);
    // No concern (no impact, appropriate) and not offered: only the impact is asked for.
    expect(extent(withRole({ assessment: 'not_offered' }, ['impact'])).map((x) => x.path)).toEqual([
      'caringRoles[0].impact',
    ]);
  });

  test("a young carer's assessment not offered is an error even with no concern recorded", () => {
    const f = withRole(
      { carer: 'person:leo', caredFor: 'person:amy', role: 'young_carer', assessment: 'not_offered' },
      ['impact'],
    );
    const found = extent(f);
    expect(found.map((x) => `${x.severity} ${x.path}`)).toEqual([
      'error caringRoles[0].assessment',
      'warning caringRoles[0].impact',
    ]);
    expect(found[0]!.message).toMatch(/young carer's needs assessment has not been offered/);
  });

  test('a paid carer is not asked about extent', () => {
    expect(extent(withRole({ role: 'paid_carer' }, ['impact', 'hoursPerWeek']))).toEqual([]);
  });
});
