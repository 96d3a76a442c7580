import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FamilyTable, LabelsProvider, defaultLabels } from '@kinmap/react';
import { expectNoAxeViolations } from '../support/axe.ts';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';
import { HOSTILE_NAME, familyWithHostileName } from '../support/xssFamily.ts';

/** The text of each cell of a table row, headings included. */
const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

describe('FamilyTable (the text alternative to the drawing)', () => {
  it('lists four captioned tables with column and row headings', () => {
    render(<FamilyTable family={loadFixture('leo')} />);
    const tables = screen.getAllByRole('table');
    expect(tables.map((table) => table.querySelector('caption')?.textContent)).toEqual([
      'People (As at 2021-03-01)',
      'Households (As at 2021-03-01)',
      'Agencies',
      'Relationships',
    ]);
    const people = screen.getByRole('table', { name: /People/ });
    expect(
      within(people)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Name', 'Age', 'Gender', 'Relatives', 'Household', 'Statuses', 'NRPF']);
    expect(within(people).getAllByRole('rowheader')).toHaveLength(11);
  });

  it('gives each person the facts of the drawing as at the chart date', () => {
    render(<FamilyTable family={loadFixture('leo')} />);
    const people = screen.getByRole('table', { name: /People/ });
    const leo = within(people)
      .getByRole('rowheader', { name: /^Leo Carter/ })
      .closest('tr') as HTMLElement;
    expect(cells(leo)).toEqual([
      'Leo Carter (subject of the assessment)',
      '9',
      'Man',
      // The care he gives is in the relatives column (format 2 records a young carer once, as a caring role).
      'son of Grace and Danny, young carer for Grace (10–15 h a week), young carer for Maisie',
      "lives in Grace's flat, visits Daniel's house",
      'child in need',
      '—',
    ]);
    const grace = within(people)
      .getByRole('rowheader', { name: 'Grace Boateng' })
      .closest('tr') as HTMLElement;
    expect(cells(grace)[6]).toBe('NRPF');
  });

  it('lists households with their members, and no addresses', () => {
    render(<FamilyTable family={loadFixture('leo')} />);
    const households = screen.getByRole('table', { name: /Households/ });
    const flat = within(households)
      .getByRole('rowheader', { name: "Grace's flat" })
      .closest('tr') as HTMLElement;
    expect(cells(flat)[1]).toBe(
      'Grace Boateng (lives here), Leo Carter (lives here) and Maisie Carter (lives here)',
    );
    expect(households).not.toHaveTextContent('Orsett Road');
  });

  it('lists each involvement of an agency with whom it is involved', () => {
    render(<FamilyTable family={loadFixture('leo')} />);
    const agencies = screen.getByRole('table', { name: 'Agencies' });
    const school = within(agencies)
      .getByRole('rowheader', { name: "St Clere's Primary School" })
      .closest('tr');
    expect(cells(school as HTMLElement)).toEqual([
      "St Clere's Primary School",
      'School',
      'Leo Carter',
      'designated safeguarding lead',
      'open',
      '—',
    ]);
    expect(within(agencies).getByRole('row', { name: /Thurrock Children's Social Care/ })).toHaveTextContent(
      'The whole family',
    );
  });

  it('lists partnerships, parent–child links and emotional lines with direction and basis', () => {
    render(<FamilyTable family={loadFixture('leo')} />);
    const relationships = screen.getByRole('table', { name: 'Relationships' });
    const rows = within(relationships).getAllByRole('row').slice(1).map(cells);
    expect(rows).toContainEqual([
      'Danny Carter',
      'living together',
      'Grace Boateng',
      '—',
      'started 2010, moved in together 2010, separated 2020',
    ]);
    expect(rows).toContainEqual(['Leo Carter', 'caretaker', 'Grace Boateng', 'observed', '—']);
    expect(rows).toContainEqual([
      'Grace Boateng',
      'conflict (both ways)',
      'Danny Carter',
      'reported',
      '2020–',
    ]);
  });

  it('shows a hostile name as literal text', () => {
    const { container } = render(<FamilyTable family={familyWithHostileName()} />);
    expect(screen.getByRole('rowheader', { name: HOSTILE_NAME })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('takes its words from the labels provider and from the labels prop', () => {
    render(
      <LabelsProvider value={{ ...defaultLabels, agenciesCaption: 'Services' }}>
        <FamilyTable family={loadFixture('leo')} labels={{ peopleCaption: 'Who is who' }} />
      </LabelsProvider>,
    );
    expect(screen.getByRole('table', { name: /^Who is who/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Services' })).toBeInTheDocument();
  }, 120_000);

  it.each(FIXTURE_NAMES)('has no axe violations for the %s family', async (name) => {
    const { container } = render(<FamilyTable family={loadFixture(name)} />);
    await expectNoAxeViolations(container);
  });
});
