// Odd or hostile input still lays out quickly, draws everyone once and keeps partners on one row.
import { describe, expect, it } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import { createId } from '@kinmap/model';
import type { Family, ParentChildLink, Partnership, Person, PersonId } from '@kinmap/model';
import { generateFamily } from '../support/generateFamily.ts';
import { conflictingJoins } from './support/conflictingJoins.ts';
import {
  overlapProblems,
  partnerRowProblems,
  presenceProblems,
  siblingOrderProblems,
} from './support/quality.ts';

function person(body: string, year?: number): Person {
  return {
    id: createId('person', body),
    kind: 'person',
    names: { given: body, other: [] },
    sexAtBirth: 'not_asked',
    genderIdentity: 'woman',
    ...(year ? { birth: { date: String(year), estimated: false } } : {}),
    vitalStatus: 'living',
    significance: 'family',
    statuses: [],
    safeguardingChecks: [],
    caringAsked: 'not_asked',
  };
}
function partnership(body: string, a: PersonId, b: PersonId, year = 2000): Partnership {
  return {
    id: createId('partnership', body),
    partners: [a, b],
    kind: 'marriage',
    events: [{ type: 'married', date: String(year), estimated: false }],
    secret: false,
  };
}
function link(body: string, parent: PersonId, child: PersonId, via?: Partnership): ParentChildLink {
  return {
    id: createId('link', body),
    parent,
    child,
    ...(via ? { partnership: via.id } : {}),
    kind: 'birth',
    parentalResponsibility: 'not_asked',
    confidence: 'reported',
  };
}
function family(parts: Partial<Family>): Family {
  return {
    formatVersion: 3,
    id: createId('family', 'odd'),
    title: 'Odd',
    asAt: '2025-01-01',
    subjects: [],
    statements: {},
    notationProfile: 'mcgoldrick',
    people: [],
    partnerships: [],
    parentChildLinks: [],
    multipleBirths: [],
    households: [],
    emotionalRelationships: [],
    agencies: [],
    involvements: [],
    caringRoles: [],
    checklistRecords: [],
    shares: [],
    fieldSources: [],
    ...parts,
  };
}
function basicProblems(f: Family) {
  const layout = layoutFamily(f);
  return [
    ...presenceProblems(f, layout),
    ...overlapProblems(layout),
    ...partnerRowProblems(f, layout),
    ...siblingOrderProblems(f, layout),
  ];
}

describe('pathological families', () => {
  it('a birth-link cycle (A parent of B parent of C parent of A) still lays out', () => {
    const [a, b, c] = [person('a', 1950), person('b', 1975), person('c', 2000)];
    const f = family({
      people: [a, b, c],
      parentChildLinks: [link('ab', a.id, b.id), link('bc', b.id, c.id), link('ca', c.id, a.id)],
    });
    expect(basicProblems(f)).toEqual([]);
    const layout = layoutFamily(f);
    const y = (id: PersonId) => layout.nodes.find((n) => n.id === id)!.y;
    expect(y(a.id)).toBeLessThan(y(b.id));
    expect(y(b.id)).toBeLessThan(y(c.id));
  });

  it('a person partnered with themself (bypassing parseFamily) is drawn once, with no partnership line', () => {
    const a = person('self', 1980);
    const f = family({ people: [a], partnerships: [partnership('self', a.id, a.id)] });
    const layout = layoutFamily(f);
    expect(basicProblems(f)).toEqual([]);
    expect(layout.connectors.filter((c) => c.ref.kind === 'partnership')).toEqual([]);
  });

  it('20 partners: all on one row, partnerships ordered by start date left to right', () => {
    const hub = person('hub', 1960);
    const partners = Array.from({ length: 20 }, (_, i) => person(`p${i}`, 1960));
    // Recorded out of order: start years descend with the index.
    const ps = partners.map((p, i) => partnership(`u${i}`, hub.id, p.id, 2019 - i));
    const kids = partners.map((_, i) => person(`k${i}`, 2020));
    const links = kids.flatMap((k, i) => [
      link(`h${i}`, hub.id, k.id, ps[i]),
      link(`m${i}`, partners[i]!.id, k.id, ps[i]),
    ]);
    const f = family({ people: [hub, ...partners, ...kids], partnerships: ps, parentChildLinks: links });
    expect(basicProblems(f)).toEqual([]);
    const layout = layoutFamily(f);
    const x = (id: PersonId) => layout.nodes.find((n) => n.id === id)!.x;
    const byStart = [...partners].reverse().map((p) => x(p.id));
    expect([...byStart].sort((p, q) => p - q)).toEqual(byStart);
  });

  it('40 children of one couple sit oldest-left under one sibship line', () => {
    const [m, d] = [person('m', 1970), person('d', 1970)];
    const p = partnership('md', m.id, d.id, 1990);
    const kids = Array.from({ length: 40 }, (_, i) => person(`c${i}`, 2030 - i)); // recorded youngest first
    const links = kids.flatMap((k, i) => [link(`m${i}`, m.id, k.id, p), link(`d${i}`, d.id, k.id, p)]);
    const f = family({ people: [m, d, ...kids], partnerships: [p], parentChildLinks: links });
    expect(basicProblems(f)).toEqual([]);
    const sibship = layoutFamily(f).connectors.find((c) => c.ref.kind === 'sibship');
    expect(sibship?.ref.kind === 'sibship' && sibship.ref.children?.[0]).toBe(kids[39]!.id);
  });

  it('disconnected fragments and dangling references lay out side by side without overlap', () => {
    const a = generateFamily({ people: 12, seed: 3 });
    const loners = [person('x', 1990), person('y'), person('z', 2001)];
    const dangling = link('dangling', loners[0]!.id, createId('person', 'missing'));
    const f = { ...a, people: [...a.people, ...loners], parentChildLinks: [...a.parentChildLinks, dangling] };
    expect(basicProblems(f)).toEqual([]);
  });

  it('cousins who marry: each drawn once (a crossing is fine, a duplicate is not)', () => {
    const [g1, g2, a, b, c, d, x, y] = ['g1', 'g2', 'a', 'b', 'c', 'd', 'x', 'y'].map((n, i) =>
      person(n, 1900 + i * 5),
    );
    const gp = partnership('gp', g1!.id, g2!.id, 1920);
    const ac = partnership('ac', a!.id, c!.id, 1950);
    const bd = partnership('bd', b!.id, d!.id, 1950);
    const xy = { ...partnership('xy', x!.id, y!.id, 1975), consanguinity: { degree: '1st cousins' } };
    const links = [
      link('1', g1!.id, a!.id, gp),
      link('2', g2!.id, a!.id, gp),
      link('3', g1!.id, b!.id, gp),
      link('4', g2!.id, b!.id, gp),
      link('5', a!.id, x!.id, ac),
      link('6', c!.id, x!.id, ac),
      link('7', b!.id, y!.id, bd),
      link('8', d!.id, y!.id, bd),
    ];
    const f = family({
      people: [g1!, g2!, a!, b!, c!, d!, x!, y!],
      partnerships: [gp, ac, bd, xy],
      parentChildLinks: links,
    });
    expect(basicProblems(f)).toEqual([]);
    expect(layoutFamily(f).connectors.find((c2) => c2.id === `partnership|${xy.id}`)?.isDouble).toBe(true);
  });

  // The 5,000-person family is laid out in `pnpm bench` (bench/heavy.bench.ts), which prints the same
  // problem counts; tests/layout/quality.test.ts checks every rule on a 1,000-person family.
});

describe('families joined several times', () => {
  it('conflicting joins: rows chosen so parent–child lines span as few extra rows as possible', () => {
    const f = conflictingJoins();
    const layout = layoutFamily(f);
    const row = new Map(layout.nodes.map((n) => [n.id, n.generation]));
    let extra = 0;
    for (const l of f.parentChildLinks) extra += (row.get(l.child) ?? 0) - (row.get(l.parent) ?? 0) - 1;
    // Keeping family B at the top would stretch two lines by two rows each (4); the best is 2.
    expect(extra).toBe(2);
    expect(basicProblems(f)).toEqual([]);
  });
});
