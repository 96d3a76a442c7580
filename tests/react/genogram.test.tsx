import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Genogram } from '@kinmap/react';
import { handLayout, ids } from './support/handLayout.ts';
import { expectNoAxeViolations } from './support/axe.ts';

// axe-core over a whole chart takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('<Genogram> drawing a layout', () => {
  it('is a titled image when nothing inside is interactive', () => {
    render(<Genogram layout={handLayout()} title="Jones family" />);
    const chart = screen.getByRole('img', { name: 'Jones family' });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart).toHaveAccessibleDescription(/Family map of 4 people/);
  });

  it('draws one group per person with a stable data-person-id', () => {
    const { container } = render(<Genogram layout={handLayout()} />);
    const people = [...container.querySelectorAll('[data-person-id]')].map((g) =>
      g.getAttribute('data-person-id'),
    );
    expect(people).toEqual([ids.sam, ids.amy, ids.leo, ids.loss]);
  });

  it('draws emotional lines after structure lines, labels over every line, and people last', () => {
    const { container } = render(<Genogram layout={handLayout()} />);
    const layers = [...container.querySelectorAll('.kinmap-viewport > g')].map((g) =>
      g.getAttribute('class'),
    );
    expect(layers).toEqual([
      'kinmap-layer-households',
      'kinmap-layer-structure',
      'kinmap-layer-emotional',
      'kinmap-layer-labels',
      'kinmap-layer-people',
    ]);
    expect(
      container.querySelector('.kinmap-layer-emotional [data-style="emotional-conflict"]'),
    ).not.toBeNull();
  });

  it('becomes a group and passes props to each person when the interaction layer asks', () => {
    render(
      <Genogram
        layout={handLayout()}
        title="Jones family"
        renderPersonProps={(id) => ({ tabIndex: 0, role: 'button', 'aria-label': `person ${id}` })}
      />,
    );
    expect(screen.getByRole('group', { name: 'Jones family' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `person ${ids.leo}` })).toHaveAttribute('tabindex', '0');
  });

  it('applies the pan and zoom transform to the drawing and renders overlays inside it', () => {
    const { container } = render(
      <Genogram layout={handLayout()} viewportTransform="translate(10 20) scale(2)">
        <rect data-testid="overlay" />
      </Genogram>,
    );
    const viewport = container.querySelector('.kinmap-viewport');
    expect(viewport).toHaveAttribute('transform', 'translate(10 20) scale(2)');
    expect(viewport?.querySelector('[data-testid="overlay"]')).not.toBeNull();
  });

  it('sets a built-in theme as CSS custom properties on the root', () => {
    const { container } = render(<Genogram layout={handLayout()} theme="dark" />);
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('data-theme', 'dark');
    expect(svg?.style.getPropertyValue('--kinmap-ink')).toBe('#e8eaed');
  });

  it('draws the key inside the chart on request', () => {
    const { container } = render(<Genogram layout={handLayout()} showLegend />);
    expect(container.querySelector('.kinmap-legend-svg')).toHaveTextContent('Key');
    expect(container.querySelector('[data-legend-key="symbols:subject"]')).not.toBeNull();
  });

  it('uses overridden labels and keeps the rest', () => {
    const { container } = render(
      <Genogram
        layout={handLayout()}
        showLegend
        labels={{ legendTitle: 'Symbols used', badges: { nrpf_unknown: 'NRPF ask' } }}
      />,
    );
    expect(container.querySelector('.kinmap-legend-svg > text')).toHaveTextContent('Symbols used');
    expect(container.querySelector('[data-person-id] [data-badge="nrpf_unknown"]')).toHaveTextContent(
      'NRPF ask',
    );
    expect(container.querySelector('[data-badge="status"]')).toHaveTextContent('CPP-N');
  });

  it('has no axe violations, static or interactive', async () => {
    const { container, unmount } = render(<Genogram layout={handLayout()} title="Jones family" />);
    await expectNoAxeViolations(container);
    unmount();
    const interactive = render(
      <Genogram
        layout={handLayout()}
        title="Jones family"
        renderPersonProps={(id) => ({ tabIndex: 0, role: 'button', 'aria-label': `person ${id}` })}
      />,
    );
    await expectNoAxeViolations(interactive.container);
  }, 120_000);
});
