// Issue 12, the chart side in React: what the layout marks is drawn, keyed, listed in the tables
// and spoken: strength not recorded, the lead practitioner, caring roles and an estimated age.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { layoutFamily } from '@kinmap/layout';
import {
  FamilyTable,
  Genogram,
  InteractiveGenogram,
  defaultLabels,
  describePerson,
  describeRelationship,
  legendEntries,
} from '@kinmap/react';
import { FORMAT_VERSION, parseFamily, todayIsoDate } from '@kinmap/model';
import type { CaringRoleId, Family } from '@kinmap/model';
import { loadFixture } from './support/fixtures.ts';

vi.setConfig({ testTimeout: 30_000 });

const AS_AT = '2025-03-01';

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

const person = (id: string, given: string, extra: Record<string, unknown> = {}) => ({
  id: `person:${id}`,
  names: { given, family: 'Hart' },
  genderIdentity: 'woman',
  ...extra,
});

// Mia (13) cares for her grandmother Lisa 20 hours a week; Lisa's age is what the family told us.
const carers = family({
  subjects: ['person:mia'],
  people: [
    person('mia', 'Mia', { birth: { date: '2011-05-05' } }),
    person('lisa', 'Lisa', { birth: { date: '1990-06-01', estimated: true } }),
  ],
  caringRoles: [
    {
      id: 'caring:mia-lisa',
      carer: 'person:mia',
      caredFor: 'person:lisa',
      role: 'young_carer',
      hoursPerWeek: { min: 20 },
    },
  ],
  agencies: [
    { id: 'agency:eh', category: 'early_help', name: 'Rotherham Early Help' },
    { id: 'agency:gp', category: 'gp', name: 'Rawmarsh Health Centre' },
  ],
  involvements: [
    {
      id: 'involvement:eh',
      agency: 'agency:eh',
      with: { kind: 'person', person: 'person:mia' },
      roles: ['lead_practitioner'],
      status: 'open',
      strength: 'strong',
    },
    // Nobody recorded how strong the GP's connection is.
    { id: 'involvement:gp', agency: 'agency:gp', with: { kind: 'person', person: 'person:lisa' } },
  ],
});

describe('strength not recorded and the lead practitioner', () => {
  it('draws and keys an involvement with no strength as "not recorded", never as weak', () => {
    const { container } = render(<Genogram family={carers} showEcomap showLegend />);
    const line = container.querySelector('[data-connector-id="ecomap|involvement:gp"]');
    expect(line?.getAttribute('data-style')).toBe('ecomap-unrecorded');
    expect(line?.querySelector('path')?.getAttribute('stroke-dasharray')).toBe('1 4');
    const texts = legendEntries(layoutFamily(carers, { ecomap: 'ring' }), defaultLabels).map((e) => e.text);
    expect(texts).toContain('Strength of connection not recorded (thin grey dotted line)');
    expect(texts.some((t) => /^Weak/.test(t))).toBe(false);
  });

  it('tags the lead practitioner’s agency "Lead" and says so in the key, the tables and the spoken name', () => {
    const { container } = render(<Genogram family={carers} showEcomap />);
    const eh = container.querySelector('[data-agency-id="agency:eh"]')!;
    expect(eh.getAttribute('data-lead')).toBe('true');
    expect(eh.querySelector('.kinmap-agency-lead')?.textContent).toBe('Lead');
    expect(container.querySelector('[data-agency-id="agency:gp"] .kinmap-agency-lead')).toBeNull();
    const entries = legendEntries(layoutFamily(carers, { ecomap: 'ring' }), defaultLabels);
    expect(entries.map((e) => e.key)).toContain('areas:agency-lead');
    render(<FamilyTable family={carers} tables={['agencies']} />);
    const table = screen.getByRole('table', { name: /Agencies/ });
    expect(
      within(table).getByRole('rowheader', { name: 'Rotherham Early Help (lead practitioner)' }),
    ).toBeTruthy();
    expect(describePerson(carers, 'person:mia' as never)).toContain(
      'lead practitioner: Rotherham Early Help',
    );
  });
});

describe('caring roles', () => {
  it('draws the caring line with its » mark and keys it', () => {
    const { container } = render(<Genogram family={carers} />);
    const line = container.querySelector('[data-connector-id="caring|caring:mia-lisa"]');
    expect(line?.getAttribute('data-kind')).toBe('caring');
    expect(line?.querySelector('[data-mark="care"]')?.getAttribute('fill')).toBe('none');
    const keys = legendEntries(layoutFamily(carers), defaultLabels).map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['lines:caring', 'badges:young_carer']));
    // The » is shown in the line's own entry, not again as a mark.
    expect(keys).not.toContain('marks:care');
  });

  it('lists the caring role in the relationships table and speaks it', () => {
    render(<FamilyTable family={carers} tables={['relationships', 'people']} />);
    const relationships = screen.getByRole('table', { name: /Relationships/ });
    const row = within(relationships).getByRole('rowheader', { name: 'Mia Hart' }).closest('tr')!;
    expect([...row.querySelectorAll('th, td')].map((c) => c.textContent)).toEqual([
      'Mia Hart',
      'cares for (young carer, 20 h a week)',
      'Lisa Hart',
      '—',
      '—',
    ]);
    expect(describeRelationship(carers, 'caring:mia-lisa' as CaringRoleId)).toBe(
      'Mia Hart cares for Lisa Hart (young carer, 20 h a week)',
    );
    expect(describePerson(carers, 'person:mia' as never)).toContain('young carer for Lisa (20 h a week)');
    expect(describePerson(carers, 'person:lisa' as never)).toContain('cared for by Mia (young carer)');
  });

  it('young carer fixture: the tables and spoken names carry both of Kieran’s caring roles', () => {
    const fixture = loadFixture('young-carer');
    const spoken = describePerson(fixture, 'person:kieran' as never)!;
    expect(spoken).toMatch(/young carer for Joanne \(15–25 h a week\)/);
    expect(spoken).toMatch(/young carer for Poppy/);
    render(<FamilyTable family={fixture} tables={['relationships']} />);
    const rows = within(screen.getByRole('table', { name: /Relationships/ })).getAllByRole('row');
    const caring = rows.filter((r) => /cares for/.test(r.textContent ?? ''));
    expect(caring).toHaveLength(2);
  });
});

describe('age as told, from one date', () => {
  it('an estimated birth reads "~34" on the symbol and in the table, and "about 34" when spoken', () => {
    const { container } = render(<Genogram family={carers} />);
    const lisa = container.querySelector('[data-person-id="person:lisa"]')!;
    expect(lisa.textContent).toContain('~34');
    render(<FamilyTable family={carers} tables={['people']} />);
    const people = screen.getByRole('table', { name: /People/ });
    const row = within(people).getByRole('rowheader', { name: 'Lisa Hart' }).closest('tr')!;
    expect(row.querySelectorAll('td')[0]?.textContent).toBe('~34');
    expect(describePerson(carers, 'person:lisa' as never)).toMatch(/^Lisa Hart, about 34,/);
  });

  it('with no asAt, the symbol and the spoken name use the same date (the model clock)', () => {
    const { asAt: _none, ...undated } = carers;
    const { container } = render(<InteractiveGenogram family={undated as Family} />);
    const lisa = container.querySelector('[data-person-id="person:lisa"]')!;
    const spoken = lisa.getAttribute('aria-label') ?? '';
    const drawn = lisa.querySelector('.kinmap-symbol-inner, text')?.textContent ?? '';
    const age = describePerson(undated as Family, 'person:lisa' as never, { asAt: todayIsoDate() })!;
    expect(spoken).toBe(age);
    // The number inside the symbol is the number spoken ("~35" and "about 35").
    const years = drawn.replace('~', '');
    expect(spoken).toContain(`about ${years}`);
  });
});
