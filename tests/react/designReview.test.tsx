// What a designer saw wrong in Storybook, each as a behaviour a user would notice.
import { render, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FamilyLayout } from '@kinmap/layout';
import type { Family, PersonId } from '@kinmap/model';
import {
  Genogram,
  InteractiveGenogram,
  Legend,
  PersonSymbol,
  SymbolGlyph,
  toSvgString,
  useFamilyLayout,
} from '@kinmap/react';
import { personNode, symbol } from './support/drawingData.ts';
import { loadFixture } from './support/fixtures.ts';

vi.setConfig({ testTimeout: 30_000 });

const person = (container: Element, id: string) =>
  container.querySelector(`[data-person-id="${id}"]`) as SVGGElement;

describe('selection is drawn, not only flagged', () => {
  it('draws a thick ring of the symbol’s shape round a person marked data-selected', () => {
    const { container } = render(
      <svg>
        <PersonSymbol
          node={personNode({ symbol: { shape: 'circle', isSubject: true } })}
          symbolSize={40}
          groupProps={{ 'data-selected': '' } as React.SVGProps<SVGGElement>}
        />
      </svg>,
    );
    const ring = container.querySelector('[data-mark="selected"]');
    expect(ring).not.toBeNull();
    const [outline, ticks] = [...(ring as Element).querySelectorAll('path')];
    // Same shape as the symbol (a circle: two arcs), wider than the subject's second outline.
    expect(outline?.getAttribute('d')?.match(/A\d/g)).toHaveLength(2);
    const subject = container.querySelector('[data-outline="subject"]') as Element;
    expect(Number(outline?.getAttribute('stroke-width'))).toBeGreaterThan(
      1.5 * Number(subject.getAttribute('stroke-width')),
    );
    const radius = (d: string) => Number(/A([\d.]+)/.exec(d)?.[1]);
    expect(radius(outline?.getAttribute('d') ?? '')).toBeGreaterThan(radius(subject.getAttribute('d') ?? ''));
    // Ticks left and right: a shape cue as well as a colour.
    expect(ticks?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    // Not the keyboard focus ring.
    expect(ring?.getAttribute('class')).not.toContain('kinmap-focus-ring');
  });

  it('draws no selection ring on a person who is not selected', () => {
    const { container } = render(
      <svg>
        <PersonSymbol node={personNode()} symbolSize={40} />
      </svg>,
    );
    expect(container.querySelector('[data-mark="selected"]')).toBeNull();
  });

  it('shows the selection of an interactive chart on the selected person only', () => {
    const { container } = render(
      <InteractiveGenogram family={loadFixture('leo')} defaultSelection={['person:leo' as PersonId]} />,
    );
    const rings = container.querySelectorAll('[data-mark="selected"]');
    expect(rings).toHaveLength(1);
    expect(rings[0]?.closest('[data-person-id]')).toHaveAttribute('data-person-id', 'person:leo');
  });
});

describe('useFamilyLayout agrees with <Genogram>', () => {
  function Probe({ family, ecomap }: { family: Family; ecomap?: 'ring' }) {
    const layout = useFamilyLayout(family, ecomap ? { ecomap } : undefined) as FamilyLayout;
    return <output data-agencies={layout.agencies.length} data-ring={layout.ecomapRing ? 'yes' : 'no'} />;
  }

  it('lays out no ecomap ring by default, like <Genogram>', () => {
    const family = loadFixture('leo');
    const probe = render(<Probe family={family} />).container.querySelector('output');
    expect(probe).toHaveAttribute('data-agencies', '0');
    expect(probe).toHaveAttribute('data-ring', 'no');
    const chart = render(<Genogram family={family} />).container;
    expect(chart.querySelector('.kinmap-agency')).toBeNull();
  });

  it('lays out the ring when asked', () => {
    const probe = render(<Probe family={loadFixture('leo')} ecomap="ring" />).container.querySelector(
      'output',
    );
    expect(Number(probe?.getAttribute('data-agencies'))).toBeGreaterThan(0);
  });

  it('keys no agencies in <Legend family> when the default chart shows none', () => {
    const { container } = render(<Legend family={loadFixture('leo')} />);
    expect(container).not.toHaveTextContent(/agency/i);
  });
});

describe('text inside a symbol stays clear of the marks', () => {
  const inner = (overrides: Parameters<typeof symbol>[0]) => {
    const { container } = render(
      <svg>
        <SymbolGlyph cx={50} cy={50} symbolSize={40} symbol={symbol(overrides)} />
      </svg>,
    );
    return container.querySelector('.kinmap-inner-text') as SVGTextElement;
  };

  it('keeps the age of a living person in the centre', () => {
    const text = inner({ innerText: '34' });
    expect(text.getAttribute('y')).toBe('50');
    expect(text).toHaveAttribute('data-placement', 'centre');
  });

  it.each([
    ['square', 'cross', '34'],
    ['circle', 'cross', '81'],
    ['diamond', 'cross', '?'],
    ['square', 'slash', '34'],
  ] as const)(
    'moves the text of a deceased %s (%s) off the crossing, smaller, on a halo',
    (shape, mark, text) => {
      const el = inner({ shape, innerText: text, deceased: true, deceasedMark: mark });
      expect(el).toHaveTextContent(text);
      expect(el).toHaveAttribute('data-placement', 'below-mark');
      // Below the centre where the arms of the X cross, inside the shape's bottom half.
      const y = Number(el.getAttribute('y'));
      expect(y).toBeGreaterThan(50 + 40 * 0.2);
      expect(y).toBeLessThan(50 + 20);
      expect(Number(el.getAttribute('font-size'))).toBeLessThanOrEqual(40 * 0.26);
      expect(el.getAttribute('paint-order')).toBe('stroke');
    },
  );
});

describe('vital status not known is visible', () => {
  function withUnknownVitalStatus(): Family {
    const family = structuredClone(loadFixture('leo'));
    const people = family.people.map((p) =>
      p.id === 'person:leo' ? { ...p, vitalStatus: 'unknown' as const } : p,
    );
    return { ...family, people };
  }

  it('marks the person with a "?" at the top right, and no one else', () => {
    const { container } = render(<Genogram family={withUnknownVitalStatus()} />);
    const leo = person(container, 'person:leo');
    expect(leo).toHaveAttribute('data-vital', 'unknown');
    const mark = leo.querySelector('[data-mark="vital-unknown"]') as Element;
    expect(mark).toHaveTextContent('?');
    const circle = mark.querySelector('circle') as Element;
    const main = leo.querySelector('[data-outline="main"]') as Element;
    const xs = (main.getAttribute('d') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
    expect(Number(circle.getAttribute('cx'))).toBeGreaterThan(Math.min(...xs));
    expect(container.querySelectorAll('[data-mark="vital-unknown"]')).toHaveLength(1);
  });

  it('shows the mark in an exported SVG too', () => {
    const svg = toSvgString(withUnknownVitalStatus(), { showLegend: false });
    expect(svg.match(/data-mark="vital-unknown"/g)).toHaveLength(1);
  });

  it('says so in the key, in words', () => {
    const { container } = render(<Legend family={withUnknownVitalStatus()} />);
    expect(within(container).getByText(/Not known whether alive/)).toBeInTheDocument();
  });

  it('is not drawn for a living person', () => {
    const { container } = render(<Genogram family={loadFixture('leo')} />);
    expect(container.querySelector('[data-mark="vital-unknown"]')).toBeNull();
  });
});

describe('pregnancy-loss marks stay inside the small triangle', () => {
  it('keeps every end of the cross inside the triangle outline', () => {
    const { container } = render(
      <svg>
        <SymbolGlyph
          cx={50}
          cy={50}
          symbolSize={40}
          symbol={symbol({
            shape: 'triangle',
            size: 'small',
            loss: { outcome: 'miscarriage', mark: 'cross' },
          })}
        />
      </svg>,
    );
    const d = container.querySelector('[data-mark-for="loss"]')?.getAttribute('d') ?? '';
    const points = [...d.matchAll(/([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(points).toHaveLength(4);
    // Triangle of side 20 round (50, 50): apex (50, 40), base from (40, 60) to (60, 60).
    for (const [x, y] of points) {
      expect(y).toBeGreaterThan(40);
      expect(y).toBeLessThan(60);
      expect(Math.abs(x - 50)).toBeLessThan(((y - 40) / 20) * 10);
    }
  });
});

describe('the key draws samples as the chart draws them', () => {
  it('draws a miscarriage as a small outlined triangle with a visible cross', () => {
    const { container } = render(<Legend family={loadFixture('twins')} />);
    const item = within(container)
      .getByText(/miscarriage/i)
      .closest('li') as Element;
    const outline = item.querySelector('[data-outline="main"]') as Element;
    expect(item.querySelector('[data-shape="triangle"]')).not.toBeNull();
    expect(outline.getAttribute('fill')).not.toBe(outline.getAttribute('stroke'));
    const ys = (outline.getAttribute('d') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
    const height = Math.max(...ys) - Math.min(...ys);
    expect(height).toBeGreaterThanOrEqual(16);
    const cross = item.querySelector('[data-mark-for="loss"]') as Element;
    expect(cross).toHaveAttribute('data-mark', 'cross');
  });

  it('draws identical twins as a fork from one point with a bar', () => {
    const { container } = render(<Legend family={loadFixture('twins')} />);
    const item = within(container)
      .getByText(/Identical twins/)
      .closest('li') as Element;
    const fork = item.querySelector('[data-sample="twins"]') as Element;
    expect(fork).toHaveAttribute('data-zygosity', 'mz');
    const d = fork.querySelector('.kinmap-line')?.getAttribute('d') ?? '';
    // Both lines leave the same point.
    const starts = [...d.matchAll(/M([\d.]+) ([\d.]+)/g)].map((m) => `${m[1]},${m[2]}`);
    const forkPoint = /V([\d.]+)/.exec(d)?.[1];
    expect(starts[1]).toBe(`${starts[0]?.split(',')[0]},${forkPoint}`);
    expect(fork.querySelector('[data-mark="twin-bar"]')).not.toBeNull();
  });
});

describe('labels stay legible over lines', () => {
  it('draws names and household labels on a paper halo, household labels over the lines', () => {
    const { container } = render(<Genogram family={loadFixture('leo')} />);
    const name = container.querySelector('.kinmap-name') as Element;
    expect(name.getAttribute('paint-order')).toBe('stroke');
    expect(name.getAttribute('stroke')).toContain('--kinmap-paper');
    const households = container.querySelectorAll('.kinmap-layer-labels .kinmap-household-label');
    expect(households.length).toBeGreaterThan(0);
    expect(container.querySelector('.kinmap-layer-households .kinmap-household-label')).toBeNull();
  });

  it('draws labels on a paper halo in a layer over every line', () => {
    const { container } = render(<Genogram family={loadFixture('leo')} />);
    const labels = container.querySelectorAll('.kinmap-layer-labels .kinmap-connector-label');
    expect(labels.length).toBeGreaterThan(0);
    expect(container.querySelector('.kinmap-connector .kinmap-connector-label')).toBeNull();
    for (const label of labels) {
      expect(label.getAttribute('paint-order')).toBe('stroke');
      expect(label.getAttribute('stroke')).toContain('--kinmap-paper');
      expect(Number(label.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(3);
    }
    const layers = [...container.querySelectorAll('.kinmap-viewport > g')].map((g) =>
      g.getAttribute('class'),
    );
    expect(layers.indexOf('kinmap-layer-labels')).toBeGreaterThan(layers.indexOf('kinmap-layer-emotional'));
  });
});
