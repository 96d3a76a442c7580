import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { PersonSymbol, SymbolGlyph } from '@kinmap/react';
import type { SymbolDescriptor } from '@kinmap/layout';
import { personNode, symbol } from './support/drawingData.ts';

function drawGlyph(overrides: Partial<SymbolDescriptor>) {
  const { container } = render(
    <svg>
      <SymbolGlyph cx={50} cy={50} symbolSize={40} symbol={symbol(overrides)} />
    </svg>,
  );
  const main = container.querySelector('[data-outline="main"]');
  if (!main) throw new Error('no main outline drawn');
  return { container, main, d: main.getAttribute('d') ?? '' };
}

describe('person symbols', () => {
  it('draws a man as a square with four straight sides and no arcs', () => {
    const { d } = drawGlyph({ shape: 'square' });
    expect(d).toBe('M30 30 H70 V70 H30 Z');
  });

  it('draws a woman as a circle of diameter s (two arcs)', () => {
    const { d } = drawGlyph({ shape: 'circle' });
    expect(d.match(/A20 20/g)).toHaveLength(2);
  });

  it('draws unknown gender as a diamond with a "?" inside', () => {
    const { container, d } = drawGlyph({ shape: 'diamond', innerText: '?' });
    expect(d).toBe('M50 30 L70 50 L50 70 L30 50 Z');
    expect(container.querySelector('.kinmap-inner-text')).toHaveTextContent('?');
  });

  it('draws a pet as a rounded square with a paw, never a diamond', () => {
    const { container, d } = drawGlyph({ shape: 'pet' });
    expect(d).toContain('Q');
    expect(d).not.toBe('M50 30 L70 50 L50 70 L30 50 Z');
    expect(container.querySelector('[data-mark="paw"]')).not.toBeNull();
    expect(container.querySelectorAll('[data-mark="paw"] circle')).toHaveLength(4);
  });

  it('draws a pregnancy as a triangle with the expected date above, written the British way', () => {
    const { container, d } = drawGlyph({ shape: 'triangle', pregnancy: { edd: '2025-03-14' } });
    expect(d).toBe('M50 30 L70 70 L30 70 Z');
    expect(container.querySelector('.kinmap-edd')).toHaveTextContent('EDD 14/03/2025');
  });

  it('draws a miscarriage as a half-size triangle with a cross', () => {
    const { container, d } = drawGlyph({
      shape: 'triangle',
      size: 'small',
      loss: { outcome: 'miscarriage', mark: 'cross' },
    });
    expect(d).toBe('M50 40 L60 60 L40 60 Z');
    const mark = container.querySelector('[data-mark-for="loss"]');
    expect(mark).toHaveAttribute('data-mark', 'cross');
    expect(mark?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(container.querySelector('.kinmap-loss-code')).toBeNull();
  });

  it.each([
    ['termination', 'slash', 'TOP'],
    ['ectopic', 'cross', 'ECT'],
    ['stillbirth', 'cross', 'SB'],
  ] as const)('writes the %s code and its %s mark beside the small symbol', (outcome, mark, code) => {
    const { container } = drawGlyph({ shape: 'triangle', size: 'small', loss: { outcome, mark } });
    expect(container.querySelector('[data-mark-for="loss"]')).toHaveAttribute('data-mark', mark);
    expect(container.querySelector('.kinmap-loss-code')).toHaveTextContent(code);
  });

  it('marks a death with a cross inside (two strokes) by default', () => {
    const { container } = drawGlyph({ deceased: true, deceasedMark: 'cross' });
    const mark = container.querySelector('[data-mark-for="deceased"]');
    expect(mark).toHaveAttribute('data-mark', 'cross');
    expect(mark?.getAttribute('d')).toBe('M30 30 L70 70 M70 30 L30 70');
  });

  it('marks a death with one slash reaching past the symbol in NSGC style', () => {
    const { container } = drawGlyph({ deceased: true, deceasedMark: 'slash' });
    const mark = container.querySelector('[data-mark-for="deceased"]');
    expect(mark).toHaveAttribute('data-mark', 'slash');
    const nums = (mark?.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    expect(nums).toHaveLength(4);
    expect(Math.min(...nums)).toBeLessThan(30);
    expect(Math.max(...nums)).toBeGreaterThan(70);
  });

  it('doubles the outline of a subject and leaves other people single', () => {
    expect(drawGlyph({ isSubject: true }).container.querySelectorAll('.kinmap-outline')).toHaveLength(2);
    expect(drawGlyph({ isSubject: false }).container.querySelectorAll('.kinmap-outline')).toHaveLength(1);
  });

  it('draws a placeholder with a dashed outline', () => {
    const { main } = drawGlyph({ shape: 'diamond', innerText: '?', isPlaceholder: true });
    expect(main).toHaveAttribute('stroke-dasharray');
    expect(drawGlyph({ shape: 'diamond' }).main).not.toHaveAttribute('stroke-dasharray');
  });

  it('puts brackets round an adopted person', () => {
    const { container } = drawGlyph({ isAdopted: true });
    expect(container.querySelector('[data-mark="brackets"]')).not.toBeNull();
    expect(drawGlyph({}).container.querySelector('[data-mark="brackets"]')).toBeNull();
  });

  it('writes the age inside and the birth and death years above left and right', () => {
    const { container } = drawGlyph({
      innerText: '34',
      yearAbove: { left: '1950', right: '2020' },
      deceased: true,
    });
    expect(container.querySelector('.kinmap-inner-text')).toHaveTextContent('34');
    const birth = container.querySelector('[data-year="birth"]');
    const death = container.querySelector('[data-year="death"]');
    expect(birth).toHaveTextContent('1950');
    expect(birth).toHaveAttribute('text-anchor', 'end');
    expect(death).toHaveTextContent('2020');
    expect(death).toHaveAttribute('text-anchor', 'start');
  });
});

describe('a person on the chart', () => {
  it('exposes id, shape and state as data attributes', () => {
    const node = personNode({ symbol: { shape: 'circle', deceased: true, isSubject: true } });
    const { container } = render(
      <svg>
        <PersonSymbol node={node} symbolSize={40} />
      </svg>,
    );
    const g = container.querySelector('.kinmap-person');
    expect(g).toHaveAttribute('data-person-id', 'person:amy');
    expect(g).toHaveAttribute('data-kind', 'circle');
    expect(g).toHaveAttribute('data-state', 'deceased');
    expect(g).toHaveAttribute('data-subject');
  });

  it('writes each label line under the symbol', () => {
    const node = personNode({
      label: { x: 60, y: 124, width: 80, height: 24, lines: ['Amy', 'Jones-Smith'], fullName: 'x' },
    });
    const { container } = render(
      <svg>
        <PersonSymbol node={node} symbolSize={40} />
      </svg>,
    );
    const spans = [...container.querySelectorAll('.kinmap-name tspan')].map((t) => t.textContent);
    expect(spans).toEqual(['Amy', 'Jones-Smith']);
  });

  it('shows a hostile name literally and creates no element from it', () => {
    const name = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <svg>
        <PersonSymbol node={personNode({ name })} symbolSize={40} />
      </svg>,
    );
    expect(container.querySelector('.kinmap-name')).toHaveTextContent(name);
    expect(container.querySelector('img')).toBeNull();
  });

  it('passes the interaction props onto the person group', () => {
    const { container } = render(
      <svg>
        <PersonSymbol
          node={personNode()}
          symbolSize={40}
          groupProps={{ tabIndex: 0, 'aria-label': 'Amy Jones, 34' }}
        />
      </svg>,
    );
    const g = container.querySelector('.kinmap-person');
    expect(g).toHaveAttribute('tabindex', '0');
    expect(g).toHaveAttribute('aria-label', 'Amy Jones, 34');
  });
});
