import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { ConnectorPath, HouseholdShape, connectorAppearance } from '@kinmap/react';
import type { Connector, ConnectorStyle } from '@kinmap/layout';
import type { NotationProfile } from '@kinmap/model';
import { createId } from '@kinmap/model';
import { connector, personNode } from './support/drawingData.ts';

function draw(c: Connector, notation?: NotationProfile) {
  const { container } = render(
    <svg>
      <ConnectorPath connector={c} notation={notation} />
    </svg>,
  );
  const g = container.querySelector('.kinmap-connector');
  if (!g) throw new Error('no connector drawn');
  const lines = [...g.querySelectorAll('.kinmap-line')];
  return { g, lines, dash: lines[0]?.getAttribute('stroke-dasharray') ?? null };
}

/** Counts the direction changes of a polyline path: many for a zigzag, none for a straight line. */
function turns(d: string): number {
  const pts = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
  }));
  let count = 0;
  for (let i = 2; i < pts.length; i += 1) {
    const a = pts[i - 2]!;
    const b = pts[i - 1]!;
    const c = pts[i]!;
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    if (Math.abs(cross) > 1e-6) count += 1;
  }
  return count;
}

describe('line patterns', () => {
  it.each<[ConnectorStyle, string | null, number]>([
    ['partnership-married', null, 1],
    ['partnership-cohabiting', '8 5', 1],
    ['partnership-engaged', '16 5', 1],
    ['partnership-committed', '2 4', 1],
    ['partnership-casual', '2 8', 1],
    ['descent-birth', null, 1],
    ['descent-adoptive', '6 4', 1],
    ['descent-foster', '2 4', 1],
    ['descent-order', '9 3 2 3', 1],
    ['descent-step', '2 7', 1],
    ['sibship', null, 1],
    ['household-tether', '2 3', 1],
    ['emotional-close', null, 2],
    ['emotional-very_close', null, 3],
    ['emotional-fused', null, 3],
    ['emotional-distant', '2 5', 1],
    ['emotional-supportive', null, 1],
    ['ecomap-strong', null, 1],
    ['ecomap-tenuous', '6 5', 1],
  ])('draws %s with dash %s and %i parallel line(s)', (style, dash, count) => {
    const { g, lines } = draw(connector(style));
    expect(g).toHaveAttribute('data-style', style);
    expect(lines).toHaveLength(count);
    for (const line of lines) expect(line.getAttribute('stroke-dasharray')).toBe(dash);
  });

  it('draws a strong agency line thicker than a weak one', () => {
    const width = (style: ConnectorStyle) =>
      Number(draw(connector(style)).lines[0]?.getAttribute('stroke-width'));
    expect(width('ecomap-strong')).toBeGreaterThan(width('ecomap-weak'));
    expect(width('emotional-hostile')).toBeGreaterThan(width('emotional-conflict'));
  });

  it('draws parallel lines apart from each other, following the path', () => {
    const { lines } = draw(connector('emotional-very_close', { d: 'M0 0 L100 0' }));
    const ys = lines.map((l) => Number(/M0 (-?[\d.]+)/.exec(l.getAttribute('d') ?? '')?.[1]));
    expect(new Set(ys).size).toBe(3);
  });

  it('draws conflict as a zigzag and a plain line without one', () => {
    const conflict = draw(connector('emotional-conflict'));
    expect(conflict.g).toHaveAttribute('data-zigzag', 'low');
    expect(turns(conflict.lines[0]?.getAttribute('d') ?? '')).toBeGreaterThan(10);
    const married = draw(connector('partnership-married'));
    expect(married.g).not.toHaveAttribute('data-zigzag');
    expect(married.lines[0]).toHaveAttribute('d', 'M0 0 L100 0');
  });

  it('draws hostility as a higher zigzag than conflict', () => {
    const amplitude = (style: ConnectorStyle) => {
      const d = draw(connector(style)).lines[0]?.getAttribute('d') ?? '';
      return Math.max(...[...d.matchAll(/[ML]-?[\d.]+ (-?[\d.]+)/g)].map((m) => Math.abs(Number(m[1]))));
    };
    expect(amplitude('emotional-hostile')).toBeGreaterThan(amplitude('emotional-conflict'));
  });

  it('draws close-hostile as two straight lines plus a zigzag over them', () => {
    const { lines } = draw(connector('emotional-close_hostile'));
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => turns(l.getAttribute('d') ?? '') > 10)).toEqual([false, false, true]);
  });

  it('draws sexual abuse as a double zigzag and emotional abuse as a dashed zigzag', () => {
    const sa = draw(connector('emotional-sexual_abuse'));
    expect(sa.lines).toHaveLength(2);
    expect(sa.lines.every((l) => turns(l.getAttribute('d') ?? '') > 10)).toBe(true);
    expect(draw(connector('emotional-emotional_abuse')).dash).toBe('6 3');
  });

  it('leaves a gap in the middle of an indifferent line', () => {
    const { lines } = draw(connector('emotional-indifferent', { d: 'M0 0 L100 0' }));
    const d = lines[0]?.getAttribute('d') ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).toContain('L43 0');
    expect(d).toContain('M57 0');
  });

  it('draws cohabitation dashed in McGoldrick and unbroken in the ICS profile', () => {
    expect(draw(connector('partnership-cohabiting'), 'mcgoldrick').dash).toBe('8 5');
    expect(draw(connector('partnership-cohabiting'), 'ics_uk').dash).toBeNull();
    expect(connectorAppearance('partnership-cohabiting', 'nsgc').dash).toBe('8 5');
  });

  it('draws a consanguineous partnership as a double line', () => {
    expect(draw(connector('partnership-married', { isDouble: true })).lines).toHaveLength(2);
  });

  it('marks an ended link as past and draws it in the muted colour', () => {
    const past = draw(connector('descent-foster', { isPast: true }));
    const current = draw(connector('descent-foster'));
    expect(past.g).toHaveAttribute('data-state', 'past');
    expect(current.g).toHaveAttribute('data-state', 'current');
    expect(past.lines[0]?.getAttribute('stroke')).toContain('--kinmap-muted');
    expect(current.lines[0]?.getAttribute('stroke')).toContain('--kinmap-ink');
  });

  it('follows curves the layout computed when drawing parallel lines', () => {
    const { lines } = draw(connector('emotional-close', { d: 'M0 0 Q50 -40 100 0' }));
    const ys = [...(lines[0]?.getAttribute('d') ?? '').matchAll(/L[\d.]+ (-?[\d.]+)/g)].map((m) =>
      Number(m[1]),
    );
    expect(Math.min(...ys)).toBeLessThan(-15);
  });
});

describe('marks on lines', () => {
  it('draws each mark with its kind, arrows filled and slashes stroked', () => {
    const c = connector('partnership-married', {
      marks: [
        { kind: 'double-slash', d: 'M40 5 L45 -5 M48 5 L53 -5' },
        { kind: 'arrow', d: 'M90 -4 L100 0 L90 4 Z' },
        { kind: 'hatch', d: 'M20 4 L24 -4' },
        { kind: 'cutoff', d: 'M60 -6 V6 M64 -6 V6' },
        { kind: 'bracket', d: 'M0 -5 H3' },
      ],
    });
    const { g } = draw(c);
    const kinds = [...g.querySelectorAll('[data-mark]')].map((m) => m.getAttribute('data-mark'));
    expect(kinds).toEqual(['double-slash', 'arrow', 'hatch', 'cutoff', 'bracket']);
    expect(g.querySelector('[data-mark="arrow"]')?.getAttribute('fill')).not.toBe('none');
    expect(g.querySelector('[data-mark="double-slash"]')).toHaveAttribute('fill', 'none');
  });

  it('writes "?" and "rec." for text marks placed at a point', () => {
    const { g } = draw(
      connector('partnership-married', {
        marks: [
          { kind: 'question', at: { x: 50, y: 0 } },
          { kind: 'reconciled', at: { x: 70, y: 0 } },
        ],
      }),
    );
    expect(g.querySelector('[data-mark="question"]')).toHaveTextContent('?');
    expect(g.querySelector('[data-mark="reconciled"]')).toHaveTextContent('rec.');
  });

  it('writes the line label as text', () => {
    const { g } = draw(connector('partnership-married', { label: { x: 50, y: -8, text: 'm. 1990' } }));
    expect(g.querySelector('.kinmap-connector-label')).toHaveTextContent('m. 1990');
  });
});

describe('households', () => {
  it('draws a dotted outline per cluster with the label, and a corner marker for part-time members', () => {
    const amy = personNode();
    const { container } = render(
      <svg>
        <HouseholdShape
          nodes={[amy]}
          household={{
            id: createId('household', 'a'),
            label: { x: 0, y: 0, text: 'Household A' },
            paths: ['M0 0 H200 V200 H0 Z', 'M300 0 H400 V100 H300 Z'],
            residents: [],
            partTime: [amy.id],
            visitors: [],
          }}
        />
      </svg>,
    );
    const outlines = container.querySelectorAll('.kinmap-household-outline');
    expect(outlines).toHaveLength(2);
    expect(outlines[0]).toHaveAttribute('stroke-dasharray', '2 4');
    expect(container.querySelector('.kinmap-household-label')).toHaveTextContent('Household A');
    expect(container.querySelector('[data-mark="part-time"]')).toHaveAttribute('data-person-id', amy.id);
  });
});
