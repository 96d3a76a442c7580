import { describe, expect, it } from 'vitest';
import { layoutFamily, measureReadability } from '@kinmap/layout';
import type { Connector } from '@kinmap/layout';
import { createId } from '@kinmap/model';
import { loadFixture } from '../support/fixtures.ts';
import { child, couple, familyOf, person } from './support/build.ts';

const [mum, dad] = [
  person('mum', { birth: { date: '1980', estimated: false } }),
  person('dad', { genderIdentity: 'man', birth: { date: '1979', estimated: false } }),
];
const byId = (connectors: Connector[], prefix: string) => connectors.filter((c) => c.id.startsWith(prefix));

describe('partnership lines', () => {
  it('married then divorced as at the chart date: solid style, two slashes, "m. 1990 d. 2012"', () => {
    const p = couple('md', mum.id, dad.id, {
      events: [
        { type: 'married', date: '1990', estimated: false },
        { type: 'divorced', date: '2012', estimated: false },
      ],
    });
    const [line] = byId(
      layoutFamily(familyOf({ people: [mum, dad], partnerships: [p] })).connectors,
      'partnership|',
    );
    expect(line).toMatchObject({ style: 'partnership-married', label: { text: 'm. 1990 d. 2012' } });
    expect(line!.marks.map((m) => m.kind)).toEqual(['double-slash']);
    const before = byId(
      layoutFamily(familyOf({ people: [mum, dad], partnerships: [p] }), { asAt: '2000-01-01' }).connectors,
      'partnership|',
    );
    expect(before[0]).toMatchObject({ marks: [], label: { text: 'm. 1990' } });
  });

  it('a long label ("m. 1990 d. 2012") fits between the partners; a short one keeps the usual gap', () => {
    const lineLength = (events: { type: 'married' | 'divorced'; date: string; estimated: false }[]) => {
      const p = couple('md', mum.id, dad.id, { events });
      const [line] = byId(
        layoutFamily(familyOf({ people: [mum, dad], partnerships: [p] })).connectors,
        'partnership|',
      );
      const m = /^M(-?[\d.]+) (-?[\d.]+) H(-?[\d.]+)$/.exec(line!.d);
      const [x1, y, x2] = [Number(m![1]), Number(m![2]), Number(m![3])];
      // The label is centred on the line and sits above the slashes (which reach 0.18 s up).
      expect(line!.label!.x).toBeCloseTo((x1 + x2) / 2);
      expect(line!.label!.y).toBeLessThan(y - 0.18 * 40 - 5);
      return x2 - x1;
    };
    const long = lineLength([
      { type: 'married', date: '1990', estimated: false },
      { type: 'divorced', date: '2012', estimated: false },
    ]);
    // 15 characters at 10-unit sans-serif type: at least half an em each, plus a halo.
    expect(long).toBeGreaterThanOrEqual(15 * 5);
    expect(lineLength([{ type: 'married', date: '1990', estimated: false }])).toBeCloseTo(2.15 * 40 - 40);
  });

  it('separated: one slash; cohabiting: its own style; consanguineous: double line', () => {
    const p = couple('lt', mum.id, dad.id, {
      kind: 'cohabiting',
      events: [
        { type: 'cohabited', date: '1995', estimated: false },
        { type: 'separated', date: '2010', estimated: false },
      ],
      consanguinity: { degree: '2nd cousins' },
    });
    const [line] = byId(
      layoutFamily(familyOf({ people: [mum, dad], partnerships: [p] })).connectors,
      'partnership|',
    );
    expect(line).toMatchObject({
      style: 'partnership-cohabiting',
      isDouble: true,
      label: { text: 'LT 1995 s. 2010' },
    });
    expect(line!.marks.map((m) => m.kind)).toEqual(['slash']);
  });

  it('partners sit side by side on one row joined by the line', () => {
    const p = couple('x', mum.id, dad.id);
    const layout = layoutFamily(familyOf({ people: [mum, dad], partnerships: [p] }));
    const [a, b] = layout.nodes;
    expect(a!.y).toBe(b!.y);
    expect(Math.abs(a!.x - b!.x)).toBeLessThanOrEqual(3 * 40);
  });
});

describe('descent lines', () => {
  it('line style by link kind: birth solid, adoptive dashed, foster dotted, orders dash-dot', () => {
    const kids = ['b', 'a', 'f', 's'].map((k, i) =>
      person(k, { birth: { date: `200${i}`, estimated: false } }),
    );
    const kinds = ['birth', 'adoptive', 'foster', 'special_guardian'] as const;
    const links = kids.map((k, i) => child(`l${i}`, mum.id, k.id, { kind: kinds[i] }));
    const layout = layoutFamily(familyOf({ people: [mum, ...kids], parentChildLinks: links }));
    const style = (id: string) =>
      layout.connectors.find((c) => c.ref.kind === 'descent' && c.id.includes(id))?.style;
    expect(kids.map((k) => style(k.id))).toEqual([
      'descent-birth',
      'descent-adoptive',
      'descent-foster',
      'descent-order',
    ]);
  });

  it('twins hang from one point; identical twins get a bar, unknown zygosity a "?"', () => {
    const p = couple('md', mum.id, dad.id);
    const [t1, t2] = ['t1', 't2'].map((k) => person(k, { birth: { date: '2010-05-05', estimated: false } }));
    const links = [t1!, t2!].flatMap((t, i) => [
      child(`m${i}`, mum.id, t.id, { partnership: p.id }),
      child(`d${i}`, dad.id, t.id, { partnership: p.id }),
    ]);
    const twins = (zygosity: 'mz' | 'dz' | 'unknown') => {
      const mb = [{ id: createId('multipleBirth', 'twins'), members: [t1!.id, t2!.id], zygosity }];
      return layoutFamily(
        familyOf({
          people: [mum, dad, t1!, t2!],
          partnerships: [p],
          parentChildLinks: links,
          multipleBirths: mb,
        }),
      ).connectors;
    };
    const drops = twins('mz').filter((c) => c.ref.kind === 'descent');
    const starts = drops.map((c) => c.d.split(' L')[0]);
    expect(new Set(starts).size).toBe(1);
    expect(twins('mz').find((c) => c.style === 'twin-bar')?.d).toMatch(/^M.+L/);
    expect(twins('dz').find((c) => c.style === 'twin-bar')).toBeUndefined();
    expect(twins('unknown').find((c) => c.style === 'twin-bar')?.marks[0]?.kind).toBe('question');
  });
});

describe('emotional lines, households and ecomap (fixture families)', () => {
  it('emotional relationships are curves over the structure, directed ones with an arrowhead', () => {
    for (const name of ['leo', 'peter', 'blended', 'kinship'] as const) {
      const family = loadFixture(name);
      // Caring lines off: a "caretaker" line that repeats a caring role is otherwise left out (one
      // line for one fact, tested in chartAgreesWithChecklist.test.ts).
      const layout = layoutFamily(family, { showCaring: false });
      for (const e of family.emotionalRelationships) {
        const c = layout.connectors.find((x) => x.ref.kind === 'emotional' && x.ref.emotional === e.id);
        expect(c?.style).toBe(`emotional-${e.type}`);
        expect(c?.d).toMatch(/Q/);
        if (e.direction === 'from_to')
          expect(c?.marks.some((m) => m.kind === 'arrow' && m.d?.endsWith('Z'))).toBe(true);
      }
      expect(
        layoutFamily(family, { showEmotional: false }).connectors.some((c) => c.ref.kind === 'emotional'),
      ).toBe(false);
    }
  });

  it('households as at the chart date: one closed outline per cluster round the residents', () => {
    const family = loadFixture('leo');
    const layout = layoutFamily(family);
    expect(layout.households.length).toBeGreaterThan(0);
    for (const h of layout.households) {
      expect(h.paths.length).toBeGreaterThan(0);
      for (const d of h.paths) expect(d).toMatch(/^M.* Z$/);
      for (const id of h.residents) expect(layout.nodes.find((n) => n.id === id)?.households).toContain(h.id);
    }
  });

  it('agencies sit outside the ring round the family with an edge per involvement; none when switched off', () => {
    const family = loadFixture('leo');
    const layout = layoutFamily(family);
    expect(layout.agencies.length).toBe(family.agencies.length);
    const ring = layout.ecomapRing!;
    for (const a of layout.agencies)
      expect(Math.hypot(a.x - ring.cx, a.y - ring.cy)).toBeGreaterThanOrEqual(ring.r + a.radius);
    for (const node of layout.nodes)
      expect(Math.hypot(node.x - ring.cx, node.y - ring.cy)).toBeLessThan(ring.r);
    const edges = layout.connectors.filter((c) => c.ref.kind === 'ecomap');
    expect(edges.length).toBe(family.involvements.length);
    expect(
      edges.every((c) =>
        ['ecomap-strong', 'ecomap-weak', 'ecomap-tenuous', 'ecomap-unrecorded'].includes(c.style),
      ),
    ).toBe(true);
    const none = layoutFamily(family, { ecomap: 'none' });
    expect([
      none.agencies.length,
      none.ecomapRing,
      none.connectors.some((c) => c.ref.kind === 'ecomap'),
    ]).toEqual([0, undefined, false]);
    const band = layoutFamily(family, { ecomap: 'band' });
    expect(band.ecomapRing).toBeUndefined();
    const lowest = Math.max(...band.nodes.map((n) => n.y));
    expect(band.agencies.every((a) => a.y > lowest)).toBe(true);
  });

  it('bounds contain every symbol, label and agency', () => {
    for (const name of ['leo', 'blended'] as const) {
      const layout = layoutFamily(loadFixture(name));
      const { x, y, width, height } = layout.bounds;
      for (const n of layout.nodes) {
        expect(n.label.x).toBeGreaterThanOrEqual(x);
        expect(n.label.x + n.label.width).toBeLessThanOrEqual(x + width);
        expect(n.label.y + n.label.height).toBeLessThanOrEqual(y + height);
      }
      for (const a of layout.agencies) expect(a.y - a.radius).toBeGreaterThanOrEqual(y);
    }
  });
});

describe('a person with three or more partners who has children with each', () => {
  // Hub (a woman) with four partners, one child with each, every partnership dated.
  const hub = person('hub', { birth: { date: '1980', estimated: false } });
  const men = ['p1', 'p2', 'p3', 'p4'].map((id, i) =>
    person(id, { genderIdentity: 'man', birth: { date: `${1975 + i}`, estimated: false } }),
  );
  const kids = men.map((_, i) =>
    person(`k${i + 1}`, { birth: { date: `${2001 + 4 * i}`, estimated: false } }),
  );
  const family = familyOf({
    people: [hub, ...men, ...kids],
    partnerships: men.map((m, i) =>
      couple(`hub-${m.names.given}`, hub.id, m.id, {
        events: [
          { type: 'married', date: `${2000 + 4 * i}`, estimated: false },
          ...(i < 3 ? [{ type: 'divorced' as const, date: `${2003 + 4 * i}`, estimated: false }] : []),
        ],
      }),
    ),
    parentChildLinks: kids.flatMap((k, i) => [
      child(`hub-${k.names.given}`, hub.id, k.id),
      child(`${men[i]?.names.given}-${k.names.given}`, men[i]?.id as never, k.id),
    ]),
  });
  const layout = layoutFamily(family, { asAt: '2025-01-01' });
  const partnershipLines = byId(layout.connectors, 'partnership|');
  // Lines that run below the row past other partners: more than one straight piece.
  const runs = partnershipLines.filter((c) => /[HVL].*[HVL]/.test(c.d));

  it('no partnership line crosses another line or runs through a label', () => {
    const report = measureReadability(layout, family);
    expect(report.examples.partnershipCrossings).toEqual([]);
    expect(report.examples.linesThroughLabels).toEqual([]);
    expect(report.examples.partnershipsAboveRow).toEqual([]);
  });

  it('each outer line is broken where an inner couple’s children’s stem passes it; the stem stays whole', () => {
    expect(runs.length).toBe(2);
    for (const run of runs) expect(run.d.match(/M/g)?.length ?? 0).toBeGreaterThan(1);
    // The stems of the couples side by side are one unbroken line from their partnership line down.
    for (const s of byId(layout.connectors, 'sibship|'))
      expect(s.d).toMatch(/^M[-\d.]+ [-\d.]+ V[-\d.]+( |$)/);
  });

  it('each line’s date label sits on its own run across or just under it, nearer it than any other line', () => {
    for (const run of runs) {
      const depth = Math.max(...[...run.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[2])));
      const y = run.label?.y ?? NaN;
      expect(y).toBeGreaterThanOrEqual(depth - 0.01);
      expect(y - depth).toBeLessThanOrEqual(layout.symbolSize * 0.25);
      expect(run.label?.text).toMatch(/^m\. \d{4}( d\. \d{4})?$/);
      // No other run across lies between the label and its own line.
      for (const other of runs.filter((r) => r !== run)) {
        const otherDepth = Math.max(
          ...[...other.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[2])),
        );
        expect(Math.abs(otherDepth - y)).toBeGreaterThan(Math.abs(depth - y));
      }
    }
  });
});
