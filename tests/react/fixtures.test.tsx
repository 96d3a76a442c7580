import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Ecomap, Genogram, Legend } from '@kinmap/react';
import { FIXTURE_NAMES, loadFixture } from './support/fixtures.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { HOSTILE_NAME, familyWithHostileName } from './support/xssFamily.ts';

// axe-core over a whole chart takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe.each(FIXTURE_NAMES)('fixture family "%s"', (name) => {
  const family = loadFixture(name);

  it('draws every person once, and has no axe violations with its key', async () => {
    const { container } = render(
      <>
        <Genogram family={family} showEcomap />
        <Legend family={family} layoutOptions={{ ecomap: 'ring' }} />
      </>,
    );
    const drawn = [...container.querySelectorAll('svg.kinmap-chart [data-person-id].kinmap-person')].map(
      (g) => g.getAttribute('data-person-id'),
    );
    expect(new Set(drawn).size).toBe(drawn.length);
    for (const person of family.people) {
      if (person.kind !== 'pregnancy_loss') expect(drawn).toContain(person.id);
    }
    expect(screen.getByRole('img', { name: family.title })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  }, 120_000);

  it('draws its agencies on an ecomap, and the ecomap passes axe', async () => {
    const { container } = render(<Ecomap family={family} />);
    expect(container.querySelectorAll('[data-agency-id]')).toHaveLength(family.agencies.length);
    expect(container.querySelector('.kinmap-layer-emotional')).toBeNull();
    await expectNoAxeViolations(container);
  }, 120_000);
});

describe('display settings', () => {
  const twins = loadFixture('twins');

  it('hides pregnancy losses when asked', () => {
    const losses = twins.people.filter((p) => p.kind === 'pregnancy_loss').map((p) => p.id);
    expect(losses.length).toBeGreaterThan(0);
    const shown = render(<Genogram family={twins} />);
    for (const id of losses) expect(shown.container.querySelector(`[data-person-id="${id}"]`)).not.toBeNull();
    shown.unmount();
    const hidden = render(<Genogram family={twins} showPregnancyLosses={false} />);
    for (const id of losses) expect(hidden.container.querySelector(`[data-person-id="${id}"]`)).toBeNull();
  });

  it('switches the deceased mark to a slash in the NSGC profile', () => {
    const family = loadFixture('leo');
    const dead = family.people.find((p) => p.vitalStatus === 'deceased');
    if (!dead) throw new Error('leo fixture should have someone who has died');
    const mark = (notation: 'mcgoldrick' | 'nsgc') => {
      const { container, unmount } = render(<Genogram family={family} notation={notation} />);
      const value = container
        .querySelector(`[data-person-id="${dead.id}"] [data-mark-for="deceased"]`)
        ?.getAttribute('data-mark');
      unmount();
      return value;
    };
    expect(mark('mcgoldrick')).toBe('cross');
    expect(mark('nsgc')).toBe('slash');
  });
});

describe('dates on the chart', () => {
  const leo = loadFixture('leo');
  const text = (props: { asAt?: string; labelDetail?: 'age' | 'dates' | 'none' }) => {
    const { container, unmount } = render(
      <Genogram family={leo} layoutOptions={{ symbolSize: undefined }} {...props} />,
    );
    const inner = [...container.querySelectorAll('.kinmap-inner-text')].map((t) => t.textContent).join(',');
    const names = [...container.querySelectorAll('.kinmap-name')].map((t) => t.textContent).join(',');
    unmount();
    return { inner, names };
  };

  it('shows ages as at the chosen date', () => {
    expect(text({ asAt: '2024-06-01' }).inner).not.toBe(text({ asAt: '2014-06-01' }).inner);
  });

  it('switches the detail under names between ages and dates', () => {
    expect(text({ asAt: '2024-06-01', labelDetail: 'dates' }).names).not.toBe(
      text({ asAt: '2024-06-01', labelDetail: 'age' }).names,
    );
  });
});

describe('names are text, never markup', () => {
  it('shows a hostile name literally and creates no <img>', () => {
    const { container } = render(<Genogram family={familyWithHostileName()} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(HOSTILE_NAME);
    expect(screen.getByRole('img', { name: `${HOSTILE_NAME} family` })).toBeInTheDocument();
  });
});
