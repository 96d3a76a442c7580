import { describe, expect, it } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import type { Person } from '@kinmap/model';
import { child, familyOf, person } from './support/build.ts';

function symbolOf(p: Person, options: Parameters<typeof layoutFamily>[1] = {}, extra = {}) {
  const layout = layoutFamily(familyOf({ people: [p], ...extra }), options);
  return layout.nodes[0]!;
}

describe('person symbols', () => {
  it('shape follows gender identity, never sex at birth', () => {
    expect(symbolOf(person('m', { genderIdentity: 'man', sexAtBirth: 'female' })).symbol.shape).toBe(
      'square',
    );
    expect(symbolOf(person('w', { genderIdentity: 'woman' })).symbol.shape).toBe('circle');
    const nb = symbolOf(person('nb', { genderIdentity: 'non_binary' })).symbol;
    expect([nb.shape, nb.innerText]).toEqual(['diamond', undefined]);
    for (const g of ['unknown', 'not_asked', 'declined'] as const) {
      const s = symbolOf(person(g, { genderIdentity: g })).symbol;
      expect([s.shape, s.innerText]).toEqual(['diamond', '?']);
    }
  });

  it('age inside the symbol by default; birth and death years above with labelDetail "dates"', () => {
    const p = person('old', {
      genderIdentity: 'man',
      birth: { date: '1940-05-01', estimated: false },
      vitalStatus: 'deceased',
      death: { date: '2001-02-03', estimated: false },
    });
    expect(symbolOf(p).symbol.innerText).toBe('60');
    const dated = symbolOf(p, { labelDetail: 'dates' }).symbol;
    expect(dated.yearAbove).toEqual({ left: '1940', right: '2001' });
    expect(dated.innerText).toBeUndefined();
  });

  it('a name too wide for the label box at its font size goes on two lines, then is shortened', () => {
    const ruby = symbolOf(person('r', { names: { given: 'Rubina', family: 'Hughes', other: [] } })).label;
    expect(ruby).toMatchObject({ lines: ['Rubina', 'Hughes'], fontSize: 10 });
    const short = symbolOf(person('l', { names: { given: 'Leo', family: 'Day', other: [] } })).label;
    expect(short.lines).toEqual(['Leo Day']);
    const long = symbolOf(person('x', { names: { given: 'Maximiliana', family: 'Fitzwilliam', other: [] } }));
    expect(long.label.lines).toEqual(['Maximiliana', 'Fitzwilliam']);
    const longer = symbolOf(
      person('y', { names: { given: 'Wilhelmina', family: 'Montgomery-Worthington', other: [] } }),
    );
    expect(longer.label.lines[1]).toMatch(/…$/);
  });

  it('marks a person whose vital status is not known, and only them', () => {
    expect(symbolOf(person('u', { vitalStatus: 'unknown' })).symbol.vitalStatusUnknown).toBe(true);
    expect(symbolOf(person('l', { vitalStatus: 'living' })).symbol.vitalStatusUnknown).toBeUndefined();
  });

  it('deceased mark: cross (McGoldrick, ICS) or slash (NSGC)', () => {
    const p = person('d', { vitalStatus: 'deceased' });
    expect(symbolOf(p).symbol).toMatchObject({ deceased: true, deceasedMark: 'cross' });
    expect(symbolOf(p, { notation: 'nsgc' }).symbol).toMatchObject({ deceased: true, deceasedMark: 'slash' });
  });

  it('pregnancy: triangle, or "P" inside the gender symbol in NSGC; losses small with cross or slash, hidable', () => {
    const preg = person('preg', {
      kind: 'pregnancy',
      genderIdentity: 'unknown',
      pregnancy: { edd: '2025-06-01' },
    });
    expect(symbolOf(preg).symbol).toMatchObject({ shape: 'triangle', pregnancy: { edd: '2025-06-01' } });
    expect(symbolOf(preg).label.lines).toContain('due 06/2025');
    expect(symbolOf(preg, { notation: 'nsgc' }).symbol).toMatchObject({ shape: 'diamond', innerText: 'P' });
    const miscarriage = person('mis', { kind: 'pregnancy_loss', loss: { outcome: 'miscarriage' } });
    expect(symbolOf(miscarriage).symbol).toMatchObject({
      shape: 'triangle',
      size: 'small',
      loss: { outcome: 'miscarriage', mark: 'cross' },
    });
    expect(symbolOf(miscarriage).width).toBe(20);
    const top = person('top', { kind: 'pregnancy_loss', loss: { outcome: 'termination' } });
    expect(symbolOf(top).symbol.loss).toEqual({ outcome: 'termination', mark: 'slash' });
    expect(layoutFamily(familyOf({ people: [top] }), { showPregnancyLosses: false }).nodes).toEqual([]);
  });

  it('placeholder parent: diamond with "?"; pet: its own shape; subject doubled; adopted in brackets', () => {
    const unknown = person('u', {
      kind: 'placeholder',
      placeholder: { reasonUnknown: 'not_known_to_family' },
    });
    expect(symbolOf(unknown).symbol).toMatchObject({ shape: 'diamond', innerText: '?', isPlaceholder: true });
    expect(symbolOf(person('cat', { kind: 'pet', petSpecies: 'cat' })).symbol.shape).toBe('pet');
    const subject = person('s');
    expect(symbolOf(subject, {}, { subjects: [subject.id] }).symbol.isSubject).toBe(true);
    const [mum, kid] = [person('mum'), person('kid')];
    const layout = layoutFamily(
      familyOf({ people: [mum, kid], parentChildLinks: [child('a', mum.id, kid.id, { kind: 'adoptive' })] }),
    );
    expect(layout.nodes.find((n) => n.id === kid.id)!.symbol.isAdopted).toBe(true);
  });
});

describe('labels and badges', () => {
  it('preferred name, then legal name when different; long names shortened, full name kept', () => {
    const p = person('x', {
      names: { given: 'Amelia', family: 'Fitzwilliam-Montgomery-Smythe', knownAs: 'Millie', other: [] },
    });
    const label = symbolOf(p).label;
    expect(label.fullName).toBe(
      'Millie Fitzwilliam-Montgomery-Smythe (Amelia Fitzwilliam-Montgomery-Smythe)',
    );
    expect(label.lines[0]).toBe('Millie');
    expect(label.lines.every((l) => l.length <= 14)).toBe(true);
    expect(label.lines.some((l) => l.startsWith('Amelia'))).toBe(true);
  });

  it('NRPF filled when yes; NRPF? outline for an adult not asked in the household; none for a child', () => {
    const adult = { birth: { date: '1990', estimated: false } };
    expect(
      symbolOf(person('a', { ...adult, immigration: { status: 'not_asked', nrpf: 'yes' } })).badges[0],
    ).toEqual({ code: 'nrpf', text: 'NRPF', filled: true });
    // NRPF? marks whom the checklist (MS-06) asks about: here an adult living in the household.
    const b = person('b', adult);
    const home = {
      id: 'household:home' as never,
      label: 'Home',
      members: [{ person: b.id, membership: 'resident' as const }],
      membersConfirmed: false,
    };
    expect(symbolOf(b, {}, { households: [home] }).badges[0]).toEqual({
      code: 'nrpf_unknown',
      text: 'NRPF?',
      filled: false,
    });
    expect(symbolOf(person('c', { birth: { date: '2015', estimated: false } })).badges).toEqual([]);
  });

  it('status codes as at the chart date, carer badges, identity discrepancy, at most three then "+n"', () => {
    const kid = person('k', {
      birth: { date: '2015', estimated: false },
      statuses: [
        { type: 'child_protection_plan', cpCategory: 'neglect', from: '2024-01' },
        { type: 'looked_after', lookedAfterBasis: 's20_accommodated', from: '2024-06' },
        { type: 'child_in_need', to: '2020' },
      ],
    });
    expect(symbolOf(kid).badges.map((b) => b.text)).toEqual(['CPP-N', 'LAC s20']);
    const mum = person('m', { birth: { date: '1985', estimated: false } });
    const caring = [
      {
        id: 'caring:c1',
        carer: kid.id,
        caredFor: mum.id,
        role: 'young_carer',
        careKinds: [],
        assessment: 'unknown',
        appropriate: 'unknown',
      },
    ];
    const busy = {
      ...kid,
      identity: {
        otherIdentifiers: [],
        nationality: [],
        nameDiscrepancies: [{ value: 'Kay', notifiedAgencies: [], resolved: false }],
        birthDateDiscrepancies: [],
      },
    };
    const layout = layoutFamily(familyOf({ people: [busy, mum], caringRoles: caring as never }));
    expect(layout.nodes[0]!.badges.map((b) => b.text)).toEqual(['CPP-N', 'LAC s20', '+2']);
    const adult = person('s42', {
      birth: { date: '1950', estimated: false },
      immigration: { status: 'british_citizen', nrpf: 'no' },
      statuses: [{ type: 's42_enquiry' }, { type: 'dols_authorisation' }],
    });
    expect(symbolOf(adult).badges.map((b) => b.text)).toEqual(['s42', 'DoLS']);
  });
});
