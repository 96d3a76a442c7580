// Welsh in the browser components: the key (<Legend>), the chart (<Genogram>, laid out through
// useFamilyLayout with the Welsh words) and the tables, each given `welshLabels` as the labels prop or
// through a LabelsProvider.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { FamilyTable, Genogram, LabelsProvider, Legend, drawingLabels, welshLabels } from '@kinmap/react';
import { loadFixture } from './support/fixtures.ts';

vi.setConfig({ testTimeout: 30_000 });

const AS_AT = '2025-06-01';

describe('the key in Welsh', () => {
  it('titles the key Allwedd and words every entry in Welsh', () => {
    const family = loadFixture('leo');
    render(<Legend family={family} layoutOptions={{ asAt: AS_AT }} labels={welshLabels} />);
    expect(screen.getByRole('heading', { name: 'Allwedd' })).toBeTruthy();
    const key = screen.getByRole('heading', { name: 'Allwedd' }).parentElement as HTMLElement;
    const text = key.textContent ?? '';
    expect(text).toContain(welshLabels.symbols.circle);
    expect(text).toContain(welshLabels.lines['household-tether']);
    // None of the English key entries is left.
    for (const english of [
      drawingLabels.symbols.circle,
      drawingLabels.symbols.square,
      drawingLabels.legendTitle,
    ])
      expect(text).not.toContain(english);
  });
});

describe('the chart in Welsh', () => {
  it('<Genogram labels={welshLabels}> is lang="cy" and writes the layout words in Welsh', () => {
    const { container } = render(
      <Genogram family={loadFixture('unknown-father')} asAt={AS_AT} labels={welshLabels} />,
    );
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('lang')).toBe('cy');
    const labels = [...svg.querySelectorAll('.kinmap-connector-label')].map((t) => t.textContent);
    expect(labels).toContain('yn ymweld');
    expect(labels).not.toContain('visits');
    // The unnamed father is written in Welsh under his symbol, as measured by the layout.
    expect(svg.textContent).toContain('Rhiant');
    expect(svg.textContent).not.toMatch(/Unknown/);
  });

  it('a LabelsProvider with welshLabels works the same as the prop, and English stays without lang', () => {
    const family = loadFixture('leo');
    const { container } = render(
      <>
        <LabelsProvider value={welshLabels}>
          <Genogram family={family} asAt={AS_AT} />
        </LabelsProvider>
        <Genogram family={family} asAt={AS_AT} />
      </>,
    );
    const [welsh, english] = [...container.querySelectorAll('svg')] as SVGSVGElement[];
    expect(welsh?.getAttribute('lang')).toBe('cy');
    expect(welsh?.textContent).toContain('priodi 1997 ysgaru 2009');
    expect(english?.hasAttribute('lang')).toBe(false);
    expect(english?.textContent).toContain('m. 1997 d. 2009');
  });
});

describe('the tables in Welsh', () => {
  it('captions and words of the family tables are Welsh', () => {
    render(
      <LabelsProvider value={welshLabels}>
        <FamilyTable family={loadFixture('leo')} asAt={AS_AT} />
      </LabelsProvider>,
    );
    const people = screen.getByRole('table', { name: /^Pobl/ });
    expect(within(people).getByRole('columnheader', { name: 'Enw' })).toBeTruthy();
    expect(screen.getByRole('table', { name: /^Perthnasoedd/ })).toBeTruthy();
  });
});
