import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Ecomap, toSvgString } from '@kinmap/react';
import { layoutFamily } from '@kinmap/layout';
import { loadFixture } from './support/fixtures.ts';

const squash = (text: string) => text.replace(/\s+/g, '');

describe('agency names on the ecomap', () => {
  const family = loadFixture('many-agencies');

  it('draws each agency name whole, as text, on the lines the layout wrapped it to', () => {
    const layout = layoutFamily(family, { ecomap: 'ring', showEmotional: false });
    const { container } = render(<Ecomap family={family} />);
    expect(container.querySelector('foreignObject')).toBeNull();
    for (const agency of family.agencies) {
      const g = container.querySelector(`[data-agency-id="${agency.id}"]`)!;
      const spans = [...g.querySelectorAll('tspan')];
      const placed = layout.agencies.find((a) => a.id === agency.id)!;
      expect(spans.map((t) => t.textContent)).toEqual(placed.label.lines);
      const names = spans.filter((t) => t.getAttribute('data-part') === 'name').map((t) => t.textContent);
      expect(squash(names.join(' '))).toBe(squash(agency.name));
      const teams = spans.filter((t) => t.getAttribute('data-part') === 'team').map((t) => t.textContent);
      expect(squash(teams.join(' '))).toBe(squash(agency.team ?? ''));
      expect(Number(g.querySelector('text')!.getAttribute('font-size'))).toBe(placed.label.fontSize);
      expect(g.querySelector('circle')!.getAttribute('r')).toBe(String(placed.radius));
    }
  });

  it('draws agency text at least as large as the names under the symbols', () => {
    const { container } = render(<Ecomap family={family} />);
    const nameSize = Number(container.querySelector('.kinmap-name')!.getAttribute('font-size'));
    for (const text of container.querySelectorAll('.kinmap-agency text'))
      expect(Number(text.getAttribute('font-size'))).toBeGreaterThanOrEqual(nameSize);
  });

  it('keeps the whole names in the exported SVG', () => {
    const svg = toSvgString(family, { showEcomap: true });
    for (const agency of family.agencies)
      for (const word of agency.name.split(/\s+/))
        expect(svg).toContain(word.replace(/&/g, '&amp;').replace(/'/g, '&#x27;'));
  });
});
