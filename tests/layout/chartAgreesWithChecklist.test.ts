// Issue 12, the chart side: the chart says what the checklist says (NRPF?, SH?), an ecomap strength
// nobody recorded is not drawn as weak, the lead practitioner is marked, an estimated age reads "~34",
// caring roles are drawn from carer to cared-for person, and the default chart date is the model's.
import { describe, expect, it } from 'vitest';
import { layoutFamily, measureReadability } from '@kinmap/layout';
import type { FamilyLayout } from '@kinmap/layout';
import { FORMAT_VERSION, ageAt, chartFlags, formatAge, parseFamily, todayIsoDate } from '@kinmap/model';
import type { Family } from '@kinmap/model';
import { loadFixture } from '../support/fixtures.ts';

const AS_AT = '2025-06-01';

/** A family from JSON, with the model's defaults filled in (fails loudly on a bad test family). */
function family(parts: Record<string, unknown>): Family {
  const result = parseFamily({
    formatVersion: FORMAT_VERSION,
    id: 'family:t',
    title: 'Test',
    asAt: AS_AT,
    people: [],
    ...parts,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.family;
}

const adult = (id: string, extra: Record<string, unknown> = {}) => ({
  id: `person:${id}`,
  names: { given: id[0]!.toUpperCase() + id.slice(1), family: 'Test' },
  genderIdentity: 'woman',
  birth: { date: '1990-04-02' },
  ...extra,
});

const badgesOf = (layout: FamilyLayout, id: string) =>
  layout.nodes.find((n) => n.id === id)?.badges.map((b) => b.text) ?? [];

describe('NRPF? and SH? badges say what the checklist (MS-06, MS-15) says', () => {
  // Two adults living together with a child who is the subject of the assessment.
  const household = (people: Record<string, unknown>[]) =>
    family({
      subjects: ['person:kid'],
      people: [...people, adult('kid', { birth: { date: '2018-01-01' } })],
      parentChildLinks: [
        { id: 'link:mum-kid', parent: 'person:mum', child: 'person:kid' },
        { id: 'link:dad-kid', parent: 'person:dad', child: 'person:kid' },
      ],
      households: [
        {
          id: 'household:home',
          label: 'Home',
          members: [{ person: 'person:mum' }, { person: 'person:dad' }, { person: 'person:kid' }],
        },
      ],
    });

  it('a British citizen gets no NRPF?; an adult nobody asked gets it', () => {
    const f = household([
      adult('mum', { immigration: { status: 'british_citizen', nrpf: 'not_asked' } }),
      adult('dad', { genderIdentity: 'man' }),
    ]);
    const layout = layoutFamily(f, { asAt: AS_AT });
    expect(badgesOf(layout, 'person:mum')).not.toContain('NRPF?');
    expect(badgesOf(layout, 'person:dad')).toContain('NRPF?');
    // Exactly the people the checklist flags, no more and no fewer.
    const flags = chartFlags(f, { asAt: AS_AT });
    const marked = layout.nodes.filter((n) => n.badges.some((b) => b.code === 'nrpf_unknown'));
    expect(new Set(marked.map((n) => n.id))).toEqual(new Set(flags.nrpfUnanswered));
  });

  it('an Irish citizen and someone with the right of abode get no NRPF? either', () => {
    const f = household([
      adult('mum', { immigration: { status: 'irish_citizen', nrpf: 'unknown' } }),
      adult('dad', { genderIdentity: 'man', immigration: { status: 'right_of_abode', nrpf: 'not_asked' } }),
    ]);
    const layout = layoutFamily(f, { asAt: AS_AT });
    expect(layout.nodes.flatMap((n) => n.badges.map((b) => b.text))).not.toContain('NRPF?');
  });

  it('a parent whose history nobody checked gets SH? with nothing typed in; a recorded check removes it', () => {
    const unchecked = household([adult('mum'), adult('dad', { genderIdentity: 'man' })]);
    expect(badgesOf(layoutFamily(unchecked, { asAt: AS_AT }), 'person:dad')).toContain('SH?');
    const checked = household([
      adult('mum', { safeguardingChecks: [{ result: 'none_known', date: '2025-01' }] }),
      adult('dad', { genderIdentity: 'man', safeguardingChecks: [{ result: 'none_known' }] }),
    ]);
    const layout = layoutFamily(checked, { asAt: AS_AT });
    expect(badgesOf(layout, 'person:dad')).not.toContain('SH?');
    expect(badgesOf(layout, 'person:mum')).not.toContain('SH?');
  });
});

describe('ecomap lines and the lead practitioner', () => {
  const withAgencies = (involvements: Record<string, unknown>[]) =>
    family({
      people: [adult('mum')],
      agencies: [
        { id: 'agency:eh', category: 'early_help', name: 'Rotherham Early Help' },
        { id: 'agency:gp', category: 'gp', name: 'Rawmarsh Health Centre' },
      ],
      involvements,
    });
  const toMum = { kind: 'person', person: 'person:mum' };

  it('an involvement with no strength recorded is drawn "not recorded", never as weak', () => {
    const layout = layoutFamily(
      withAgencies([
        { id: 'involvement:eh', agency: 'agency:eh', with: toMum, status: 'open' },
        { id: 'involvement:gp', agency: 'agency:gp', with: toMum, status: 'open', strength: 'weak' },
      ]),
      { ecomap: 'ring' },
    );
    const style = (id: string) => layout.connectors.find((c) => c.id === `ecomap|${id}`)?.style;
    expect(style('involvement:eh')).toBe('ecomap-unrecorded');
    expect(style('involvement:gp')).toBe('ecomap-weak');
  });

  it('the agency holding the lead practitioner role is marked, with room in its circle for the tag', () => {
    const lead = { id: 'involvement:eh', agency: 'agency:eh', with: toMum, roles: ['lead_practitioner'] };
    const marked = layoutFamily(withAgencies([lead]), { ecomap: 'ring' });
    const plain = layoutFamily(withAgencies([{ ...lead, roles: [] }]), { ecomap: 'ring' });
    const eh = (l: FamilyLayout) => l.agencies.find((a) => a.id === 'agency:eh')!;
    expect(eh(marked).isLead).toBe(true);
    expect(eh(plain).isLead).toBeUndefined();
    // The tag line sits above the name inside the circle, which grows to hold it.
    expect(eh(marked).radius).toBeGreaterThanOrEqual(eh(plain).radius);
    const tagY = eh(marked).label.y - (eh(marked).label.lineHeight ?? 11);
    expect(tagY).toBeGreaterThan(eh(marked).y - eh(marked).radius);
    // A closed involvement no longer holds the role.
    const closed = layoutFamily(withAgencies([{ ...lead, status: 'closed' }]), { ecomap: 'ring' });
    expect(eh(closed).isLead).toBeUndefined();
  });
});

describe('age as told and one date source', () => {
  it('a person whose birth is estimated shows "~34" on the symbol, not "34"', () => {
    const f = family({
      people: [
        adult('told', { birth: { date: '1990-06-01', estimated: true } }),
        adult('known', { birth: { date: '1990-06-01' } }),
      ],
    });
    const layout = layoutFamily(f, { asAt: '2025-03-01' });
    const inner = (id: string) => layout.nodes.find((n) => n.id === id)?.symbol.innerText;
    expect(inner('person:told')).toBe('~34');
    expect(inner('person:known')).toBe('34');
    // A birth known only to the year is an estimate too: the symbol says so, as the tables do.
    const yearOnly = family({ people: [adult('year', { birth: { date: '1990' } })] });
    const age = ageAt({ date: '1990', estimated: false }, '2025-03-01')!;
    expect(layoutFamily(yearOnly, { asAt: '2025-03-01' }).nodes[0]?.symbol.innerText).toBe(formatAge(age));
    expect(formatAge(age)).toMatch(/^~\d+$/);
  });

  it('with no asAt anywhere, the chart date is the model clock (today in London)', () => {
    const f = family({ people: [adult('a')] });
    const { asAt: _none, ...undated } = f;
    expect(layoutFamily(undated as Family).asAt).toBe(todayIsoDate());
  });
});

describe('caring roles drawn as lines from carer to cared-for person', () => {
  const carers = (caringRoles: Record<string, unknown>[]) =>
    family({
      people: [
        adult('mum'),
        adult('mia', { birth: { date: '2012-02-02' } }),
        adult('lisa', { birth: { date: '1950-02-02' } }),
      ],
      parentChildLinks: [{ id: 'link:mum-mia', parent: 'person:mum', child: 'person:mia' }],
      caringRoles,
    });
  const young = {
    id: 'caring:mia-lisa',
    carer: 'person:mia',
    caredFor: 'person:lisa',
    role: 'young_carer',
    hoursPerWeek: { min: 20 },
  };

  it('a line runs from the carer to the person cared for, with the care mark and the carer badge', () => {
    const layout = layoutFamily(carers([young]), { asAt: AS_AT });
    const line = layout.connectors.find((c) => c.ref.kind === 'caring');
    expect(line).toMatchObject({
      id: 'caring|caring:mia-lisa',
      style: 'caring',
      ref: { kind: 'caring', caringRole: 'caring:mia-lisa', carer: 'person:mia', caredFor: 'person:lisa' },
    });
    expect(line!.marks.map((m) => m.kind)).toEqual(['care']);
    // It starts at Mia's symbol and ends at Lisa's.
    const [x0, y0] = line!.d
      .match(/^M(-?[\d.]+) (-?[\d.]+)/)!
      .slice(1)
      .map(Number) as [number, number];
    const [x1, y1] = line!.d
      .match(/(-?[\d.]+) (-?[\d.]+)$/)!
      .slice(1)
      .map(Number) as [number, number];
    const near = (id: string, x: number, y: number) => {
      const n = layout.nodes.find((node) => node.id === id)!;
      return Math.abs(x - n.x) <= n.width / 2 + 0.01 && Math.abs(y - n.y) <= n.height / 2 + 80;
    };
    expect(near('person:mia', x0, y0)).toBe(true);
    expect(near('person:lisa', x1, y1)).toBe(true);
    expect(badgesOf(layout, 'person:mia')).toContain('YC');
  });

  it('no line when the person cared for is not recorded, or when caring lines are switched off', () => {
    const { caredFor: _who, ...nobody } = young;
    let unrecorded: FamilyLayout | undefined;
    try {
      unrecorded = layoutFamily(carers([nobody]), { asAt: AS_AT });
    } catch {
      // Format 1 requires the cared-for person: nothing to draw either way.
    }
    if (unrecorded) {
      expect(unrecorded.connectors.filter((c) => c.ref.kind === 'caring')).toEqual([]);
      expect(badgesOf(unrecorded, 'person:mia')).toContain('YC');
    }
    const off = layoutFamily(carers([young]), { asAt: AS_AT, showCaring: false });
    expect(off.connectors.filter((c) => c.ref.kind === 'caring')).toEqual([]);
  });

  it('no second line where a parent–child line already joins the carer to the child', () => {
    const parent = {
      ...young,
      id: 'caring:mum-mia',
      carer: 'person:mum',
      caredFor: 'person:mia',
      role: 'parent_carer',
    };
    const layout = layoutFamily(carers([parent]), { asAt: AS_AT });
    expect(layout.connectors.filter((c) => c.ref.kind === 'caring')).toEqual([]);
    expect(badgesOf(layout, 'person:mum')).toContain('C');
  });

  it('young carer fixture: caring and emotional lines pass through no symbol, name or label', () => {
    const fixture = loadFixture('young-carer');
    const report = measureReadability(layoutFamily(fixture, { asAt: AS_AT, ecomap: 'ring' }), fixture);
    const relationship = (text: string) => /emotional|caring/.test(text);
    expect(report.examples.linesThroughSymbols?.filter(relationship) ?? []).toEqual([]);
    expect(report.examples.linesThroughNames?.filter(relationship) ?? []).toEqual([]);
    expect(report.examples.linesThroughLabels?.filter(relationship) ?? []).toEqual([]);
    const caring = layoutFamily(loadFixture('young-carer'), { asAt: AS_AT }).connectors.filter(
      (c) => c.ref.kind === 'caring',
    );
    expect(caring.map((c) => c.id).sort()).toEqual([
      'caring|caring:kieran-joanne',
      'caring|caring:kieran-poppy',
    ]);
  });

  it('one line for one fact: an emotional "caretaker" line repeating a caring role is not drawn twice', () => {
    const fixture = loadFixture('young-carer');
    // The fixture records Kieran's care for his mother both as a caring role and as an emotional
    // "caretaker" line: the chart draws the caring role only, and other emotional lines stay.
    expect(fixture.emotionalRelationships.some((e) => e.type === 'caretaker')).toBe(true);
    const between = (layout: FamilyLayout) =>
      layout.connectors.filter(
        (c) =>
          (c.ref.kind === 'caring' &&
            c.ref.carer === 'person:kieran' &&
            c.ref.caredFor === 'person:joanne') ||
          c.id === 'emotional|emotion:kieran-joanne',
      );
    const drawn = layoutFamily(fixture, { asAt: AS_AT });
    expect(between(drawn).map((c) => c.id)).toEqual(['caring|caring:kieran-joanne']);
    expect(drawn.connectors.some((c) => c.id === 'emotional|emotion:joanne-gavin')).toBe(true);
    // With caring lines switched off, the emotional line is the one drawn.
    const off = layoutFamily(fixture, { asAt: AS_AT, showCaring: false });
    expect(between(off).map((c) => c.id)).toEqual(['emotional|emotion:kieran-joanne']);
  });
});
