// The readability measure itself, on small hand-built layouts: one clean chart, then the same chart
// with one breach of each kind. Each test fails if the measure stops counting that breach.
import { describe, expect, it } from 'vitest';
import { layoutFamily, measureReadability } from '@kinmap/layout';
import type { AgencyNode, Connector, FamilyLayout, HouseholdOutline, PersonNode } from '@kinmap/layout';
import type { ReadabilityRule } from '@kinmap/layout';
import { createId } from '@kinmap/model';
import type { AgencyId, HouseholdId, InvolvementId, PersonId } from '@kinmap/model';
import { child, couple, familyOf, person } from './support/build.ts';

const id = (body: string) => createId('person', body);
const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(id) as [
  PersonId,
  PersonId,
  PersonId,
  PersonId,
  PersonId,
];
const [x, y] = [id('x'), id('y')];
const partnership = couple('ab', a, b);
const other = couple('xy', x, y);
const household = createId('household', 'h') as HouseholdId;
const agency = createId('agency', 'cmht') as AgencyId;
const involvement = createId('involvement', 'cmht-d') as InvolvementId;

const family = familyOf({
  people: [a, b, c, d, e, x, y].map((p) => person(p.slice('person:'.length), { id: p })),
  partnerships: [partnership, other, couple('be', b, e), couple('bd', b, d), couple('ae', a, e)],
  parentChildLinks: [child('ac', a, c), child('bc', b, c), child('ad', a, d), child('bd', b, d)],
  agencies: [{ id: agency, category: 'adult_mental_health', name: 'Community Mental Health Team' }],
  involvements: [
    {
      id: involvement,
      agency,
      with: { kind: 'person', person: d },
      roles: [],
      status: 'open',
      invitedToMeetings: 'not_asked',
    },
  ],
});
// The partnerships b–e, b–d and a–e have no lines here; they only give b three partnerships for one test.
const familyTwoEach = { ...family, partnerships: [partnership, other] };

function node(
  pid: PersonId,
  px: number,
  py: number,
  name: string,
  shape: 'circle' | 'square' = 'circle',
): PersonNode {
  return {
    id: pid,
    x: px,
    y: py,
    width: 40,
    height: 40,
    generation: py > 0 ? 1 : 0,
    symbol: {
      shape,
      size: 'full',
      deceased: false,
      deceasedMark: 'cross',
      isSubject: false,
      isPlaceholder: false,
      isAdopted: false,
    },
    label: { x: px - 30, y: py + 24.8, width: 60, height: 12.8, lines: [name], fullName: name, fontSize: 10 },
    badges: [],
    households: [],
  };
}

function line(
  cid: string,
  ref: Connector['ref'],
  style: Connector['style'],
  path: string,
  label?: Connector['label'],
): Connector {
  return { id: cid, ref, style, d: path, marks: [], ...(label ? { label } : {}) };
}

const ofCouple: Connector['ref'] = { kind: 'descent', links: [], partnership: other.id };

/** Parents a (left) and b (right) on row 0, children c and d on row 1, a household round c and d, an agency to d. */
function clean(): FamilyLayout {
  const base = layoutFamily(familyOf({ people: [person('a', { id: a })] }));
  const households: HouseholdOutline[] = [
    {
      id: household,
      label: { x: -70, y: 222, text: 'Home' },
      paths: ['M-70 120 H70 V210 H-70 Z'],
      residents: [c, d],
      partTime: [],
      visitors: [],
    },
  ];
  const agencies: AgencyNode[] = [
    {
      id: agency,
      x: 300,
      y: 150,
      radius: 20,
      label: { x: 300, y: 185, lines: ['Community Mental', 'Health Team'] },
    },
  ];
  return {
    ...base,
    nodes: [
      node(a, -60, 0, 'Alys', 'square'),
      node(b, 60, 0, 'Bethan'),
      node(c, -40, 150, 'Carys'),
      node(d, 40, 150, 'Dafydd', 'square'),
    ],
    connectors: [
      line('p', { kind: 'partnership', partnership: partnership.id }, 'partnership-married', 'M-40 0 H40', {
        x: 0,
        y: -8,
        text: 'm. 1990',
      }),
      line(
        's',
        { kind: 'sibship', partnership: partnership.id, children: [c, d] },
        'sibship',
        'M0 0 V60 M-40 60 H40',
      ),
      line(
        'dc',
        { kind: 'descent', links: [], partnership: partnership.id },
        'descent-birth',
        'M-40 60 V130',
      ),
      line('dd', { kind: 'descent', links: [], partnership: partnership.id }, 'descent-birth', 'M40 60 V130'),
      line('eco', { kind: 'ecomap', involvement }, 'ecomap-strong', 'M280 150 L60 150'),
    ],
    households,
    agencies,
  };
}

function measure(layout: FamilyLayout, fam = familyTwoEach) {
  return measureReadability(layout, fam);
}

function withConnector(extra: Connector): FamilyLayout {
  const layout = clean();
  return { ...layout, connectors: [...layout.connectors, extra] };
}

/** Counts other than `rules` are 0. */
function onlyBreaches(report: ReturnType<typeof measure>, rules: ReadabilityRule[]) {
  const rest = Object.entries(report.counts).filter(
    ([rule, n]) => n > 0 && !rules.includes(rule as ReadabilityRule),
  );
  expect(rest).toEqual([]);
}

describe('measureReadability', () => {
  it('a clean chart has no breach of any rule', () => {
    const report = measure(clean());
    expect(report.counts).toEqual({
      linesThroughSymbols: 0,
      linesThroughNames: 0,
      linesThroughLabels: 0,
      textCollisions: 0,
      partnershipCrossings: 0,
      partnershipsAboveRow: 0,
      partnersApart: 0,
      residentsOutside: 0,
      nonMembersInside: 0,
      agencyNamesCut: 0,
      collinearOverlaps: 0,
      householdSplits: 0,
      parentChildCrossings: 0,
    });
    expect(report.misleading).toBe(0);
  });

  it('counts a line through a symbol it does not belong to, and through that person’s name', () => {
    const report = measure(withConnector(line('x', ofCouple, 'descent-birth', 'M-40 100 V200')));
    expect(report.counts.linesThroughSymbols).toBe(1);
    expect(report.counts.linesThroughNames).toBe(1);
    expect(report.examples.linesThroughSymbols[0]).toContain(c);
    expect(report.misleading).toBeGreaterThanOrEqual(2);
  });

  it('counts a line through an agency circle it does not belong to', () => {
    const report = measure(withConnector(line('x', ofCouple, 'descent-birth', 'M300 100 V140')));
    expect(report.counts.linesThroughSymbols).toBe(1);
    expect(report.examples.linesThroughSymbols[0]).toContain(agency);
  });

  it('counts a line through a name only, and not an ecomap line arriving at its own person', () => {
    const report = measure(withConnector(line('x', ofCouple, 'descent-birth', 'M20 182 H60')));
    expect(report.counts.linesThroughNames).toBe(1);
    onlyBreaches(report, ['linesThroughNames']);
    const own = measure(
      withConnector(line('x', { kind: 'ecomap', involvement }, 'ecomap-weak', 'M40 250 V170')),
    );
    expect(own.counts.linesThroughNames).toBe(0);
  });

  it('counts a line through a line label and through a household label, not through its own label', () => {
    const report = measure(
      withConnector(
        line(
          'x',
          { kind: 'emotional', emotional: createId('emotional', 'e') },
          'emotional-close',
          'M-25 -8 H25',
        ),
      ),
    );
    expect(report.counts.linesThroughLabels).toBe(1);
    const household = measure(withConnector(line('x', ofCouple, 'descent-birth', 'M-80 218 H20')));
    expect(household.counts.linesThroughLabels).toBe(1);
    expect(household.examples.linesThroughLabels[0]).toContain('Home');
  });

  it('counts text on text and text on a symbol', () => {
    const layout = clean();
    const moved = {
      ...layout,
      households: [{ ...layout.households[0]!, label: { x: -50, y: 185, text: 'Home' } }],
    };
    const report = measure(moved);
    expect(report.counts.textCollisions).toBe(1);
    const onSymbol = {
      ...layout,
      households: [{ ...layout.households[0]!, label: { x: 30, y: 155, text: 'Home' } }],
    };
    expect(measure(onSymbol).counts.textCollisions).toBe(1);
    expect(measure(onSymbol).examples.textCollisions[0]).toContain(`symbol of ${d}`);
  });

  it('counts a partnership line crossed by another line', () => {
    const report = measure(withConnector(line('x', ofCouple, 'descent-birth', 'M-25 -30 V30')));
    expect(report.counts.partnershipCrossings).toBe(1);
    expect(report.counts.parentChildCrossings).toBe(0);
  });

  it('counts a partnership line drawn above its partners’ row', () => {
    const layout = clean();
    const bracket = layout.connectors.map((k) => (k.id === 'p' ? { ...k, d: 'M-60 -20 V-40 H60 V-20' } : k));
    const report = measure({ ...layout, connectors: bracket });
    expect(report.counts.partnershipsAboveRow).toBe(1);
  });

  it('counts partners apart when each has at most two partnerships, not when one has three', () => {
    const layout = clean();
    const between = { ...layout, nodes: [...layout.nodes, node(e, 0, -200, 'Elin')] };
    expect(measure(between).counts.partnersApart).toBe(0);
    const onRow = { ...layout, nodes: [...layout.nodes, { ...node(e, 0, 0, 'Elin'), y: 0 }] };
    expect(measure(onRow).counts.partnersApart).toBe(1);
    expect(measure(onRow, family).examples.partnersApart).toEqual([]); // b has three partnerships in `family`
    const rows = { ...layout, nodes: layout.nodes.map((n) => (n.id === b ? { ...n, y: 150, x: 160 } : n)) };
    expect(measure(rows).counts.partnersApart).toBe(1);
  });

  it('counts a resident outside the outline and a non-member inside it', () => {
    const layout = clean();
    const h = layout.households[0]!;
    const outside = measure({ ...layout, households: [{ ...h, residents: [a, c, d] }] });
    expect(outside.counts.residentsOutside).toBe(1);
    expect(outside.examples.residentsOutside[0]).toContain(a);
    const inside = measure({ ...layout, households: [{ ...h, residents: [c], visitors: [d] }] });
    expect(inside.counts.nonMembersInside).toBe(1);
    const partTime = measure({ ...layout, households: [{ ...h, residents: [c], partTime: [d] }] });
    expect(partTime.counts.nonMembersInside).toBe(0);
  });

  it('counts an agency name cut to initials or an ellipsis, not one wrapped over lines', () => {
    const layout = clean();
    const cut = (lines: string[]) =>
      measure({
        ...layout,
        agencies: [{ ...layout.agencies[0]!, label: { ...layout.agencies[0]!.label, lines } }],
      }).counts.agencyNamesCut;
    expect(cut(['Community M. H. T.'])).toBe(1);
    expect(cut(['Community Mental…'])).toBe(1);
    expect(cut(['Community', 'Mental Health', 'Team'])).toBe(0);
    expect(cut(['Community Men-', 'tal Health Team'])).toBe(0);
  });

  it('counts lines of two couples lying on top of each other, not lines of one couple', () => {
    const report = measure(withConnector(line('x', ofCouple, 'descent-birth', 'M-30 60 H30')));
    expect(report.counts.collinearOverlaps).toBe(1);
    const same = measure(
      withConnector(
        line(
          'x',
          { kind: 'descent', links: [], partnership: partnership.id },
          'descent-birth',
          'M-30 60 H30',
        ),
      ),
    );
    expect(same.counts.collinearOverlaps).toBe(0);
  });

  it('counts household splits as extra outline pieces', () => {
    const layout = clean();
    const h = layout.households[0]!;
    const split = {
      ...h,
      paths: ['M-70 120 H-10 V210 H-70 Z', 'M10 120 H70 V210 H10 Z', 'M400 0 H420 V20 H400 Z'],
    };
    const report = measure({ ...layout, households: [split] });
    expect(report.counts.householdSplits).toBe(2);
    expect(report.counts.residentsOutside).toBe(0);
    expect(report.misleading).toBe(0); // clutter, not misleading
  });

  it('counts parent–child lines crossing, not a line ending on another (a T-junction)', () => {
    const report = measure(withConnector(line('x', ofCouple, 'descent-birth', 'M-20 40 V80')));
    expect(report.counts.parentChildCrossings).toBe(1);
    expect(report.misleading).toBe(0);
    const tee = measure(withConnector(line('x', ofCouple, 'descent-birth', 'M-20 60 V80')));
    expect(tee.counts.parentChildCrossings).toBe(0);
  });

  it('reads relative commands and cubic curves in path data', () => {
    const relative = measure(withConnector(line('x', ofCouple, 'descent-birth', 'M-60 100 h10 l10 0 v100')));
    expect(relative.counts.linesThroughSymbols).toBe(1);
    const cubic = measure(
      withConnector(line('x', ofCouple, 'descent-birth', 'M-100 100 C-60 150 -20 150 0 260')),
    );
    expect(cubic.examples.linesThroughSymbols[0]).toContain(c);
  });

  it('an emotional curve through a third person is counted; one bowing clear of them is not', () => {
    const emotional = { kind: 'emotional', emotional: createId('emotional', 'e') } as const;
    const through = measure(withConnector(line('x', emotional, 'emotional-close', 'M-60 150 Q0 150 60 150')));
    expect(through.counts.linesThroughSymbols).toBeGreaterThanOrEqual(1);
    const clear = measure(withConnector(line('x', emotional, 'emotional-close', 'M-40 130 Q0 90 40 130')));
    expect(clear.counts.linesThroughSymbols).toBe(0);
  });
});
