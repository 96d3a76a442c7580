import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Legend, defaultLabels, legendEntries } from '@kinmap/react';
import { createId } from '@kinmap/model';
import { handLayout } from './support/handLayout.ts';
import { personNode } from './support/drawingData.ts';
import { expectNoAxeViolations } from './support/axe.ts';

// axe-core over a whole chart takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('the key lists only what the chart uses', () => {
  it('lists exactly the symbols, lines, marks, badges and areas of the layout, in group order', () => {
    const keys = legendEntries(handLayout(), defaultLabels).map((e) => e.key);
    expect(keys).toEqual([
      'symbols:square',
      'symbols:circle',
      'symbols:subject',
      'symbols:loss:miscarriage:cross',
      'lines:partnership-married',
      'lines:descent-birth',
      'lines:emotional-conflict',
      'marks:slash',
      'badges:nrpf_unknown',
      'badges:status:CPP-N',
      'areas:household',
    ]);
  });

  it('adds an entry when a new symbol appears and drops it when it goes', () => {
    const base = handLayout();
    const withPet = handLayout({
      nodes: [
        ...base.nodes,
        personNode({ id: createId('person', 'rex'), symbol: { shape: 'pet' }, name: 'Rex' }),
      ],
    });
    expect(legendEntries(withPet, defaultLabels).map((e) => e.key)).toContain('symbols:pet');
    expect(legendEntries(base, defaultLabels).map((e) => e.key)).not.toContain('symbols:pet');
  });

  it('tells non-binary (plain diamond) from gender not known (diamond with ?)', () => {
    const layout = handLayout({
      nodes: [
        personNode({ id: createId('person', 'a'), symbol: { shape: 'diamond', innerText: '?' } }),
        personNode({ id: createId('person', 'b'), symbol: { shape: 'diamond', innerText: '20' } }),
      ],
      connectors: [],
      households: [],
    });
    const texts = legendEntries(layout, defaultLabels).map((e) => e.text);
    expect(texts).toEqual([defaultLabels.symbols.diamond, defaultLabels.symbols.diamondUnknown]);
  });

  it('words the cohabitation line by the notation profile', () => {
    const cohabiting = (notation: 'mcgoldrick' | 'ics_uk') =>
      legendEntries(
        handLayout({
          notation,
          nodes: [],
          households: [],
          connectors: [{ ...handLayout().connectors[0]!, style: 'partnership-cohabiting', marks: [] }],
        }),
        defaultLabels,
      ).map((e) => e.text);
    expect(cohabiting('mcgoldrick')).toEqual(['Living together (dashed line)']);
    expect(cohabiting('ics_uk')).toEqual(['Living together, enduring (solid line, LT)']);
  });

  it('renders a headed key with a glyph and words for each entry, and passes axe', async () => {
    const { container } = render(<Legend layout={handLayout()} />);
    const key = screen.getByRole('region', { name: 'Key' });
    const items = within(key).getAllByRole('listitem');
    expect(items).toHaveLength(11);
    expect(items[0]).toHaveTextContent('Man or boy (square)');
    expect(items[0]?.querySelector('svg[aria-hidden="true"] [data-outline="main"]')).not.toBeNull();
    expect(screen.getByRole('heading', { name: 'Lines' })).toBeInTheDocument();
    expect(
      container.querySelector('[data-legend-key="lines:emotional-conflict"] [data-zigzag="low"]'),
    ).not.toBeNull();
    await expectNoAxeViolations(container);
  }, 120_000);

  it('uses overridden wording', () => {
    render(
      <Legend layout={handLayout()} labels={{ legendTitle: 'Symbols used', symbols: { square: 'Male' } }} />,
    );
    expect(screen.getByRole('region', { name: 'Symbols used' })).toHaveTextContent('Male');
    expect(screen.getByRole('region', { name: 'Symbols used' })).toHaveTextContent('Woman or girl (circle)');
  });
});

describe('line samples in the key show the marks that carry their meaning', () => {
  it('draws cut-off bars for a cut-off line and an arrow for a directed abuse line', () => {
    const layout = handLayout({
      nodes: [],
      households: [],
      connectors: [
        { ...handLayout().connectors[2]!, id: 'a', style: 'emotional-cutoff' },
        { ...handLayout().connectors[2]!, id: 'b', style: 'emotional-physical_abuse' },
      ],
    });
    const { container } = render(<Legend layout={layout} />);
    expect(
      container.querySelector('[data-legend-key="lines:emotional-cutoff"] [data-mark="cutoff"]'),
    ).not.toBeNull();
    expect(
      container.querySelector('[data-legend-key="lines:emotional-physical_abuse"] [data-mark="arrow"]'),
    ).not.toBeNull();
    expect(
      container.querySelector('[data-legend-key="lines:emotional-physical_abuse"] [data-zigzag="low"]'),
    ).not.toBeNull();
  });
});
