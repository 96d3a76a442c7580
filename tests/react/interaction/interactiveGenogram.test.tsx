import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import type { PersonId } from '@kinmap/model';
import { InteractiveGenogram, nextPersonInDirection } from '@kinmap/react';
import { expectNoAxeViolations } from '../support/axe.ts';
import { loadFixture } from '../support/fixtures.ts';

const focusedPerson = () => document.activeElement?.getAttribute('data-person-id');

function renderLeo(props: Partial<Parameters<typeof InteractiveGenogram>[0]> = {}) {
  render(
    <>
      <button type="button">Before the chart</button>
      <InteractiveGenogram family={loadFixture('leo')} {...props} />
    </>,
  );
  screen.getByRole('button', { name: 'Before the chart' }).focus();
}

describe('InteractiveGenogram (Genogram with the interaction layer)', () => {
  it('Tab enters on the first subject; ArrowUp reaches a parent; Enter activates', async () => {
    const user = userEvent.setup();
    const onPersonActivate = vi.fn();
    renderLeo({ onPersonActivate });
    await user.tab();
    expect(focusedPerson()).toBe('person:leo');
    expect(document.activeElement).toHaveAccessibleName(
      /^Leo Carter, 9, subject of the assessment, son of Grace and Danny/,
    );
    await user.keyboard('{ArrowUp}');
    expect(['person:grace', 'person:daniel']).toContain(focusedPerson());
    await user.keyboard('{Enter}');
    expect(onPersonActivate).toHaveBeenCalledWith(focusedPerson());
  });

  it('ArrowRight from a parent moves to the relative on the right that the layout shows', async () => {
    const user = userEvent.setup();
    const family = loadFixture('leo');
    const layout = layoutFamily(family);
    const daniel = 'person:daniel' as PersonId;
    const expected = nextPersonInDirection(family, layout, daniel, 'right');
    const x = (id: string | undefined) => layout.nodes.find((n) => n.id === id)?.x ?? Number.NaN;
    // Daniel has partners on both sides in this family; the right-hand one is Grace or Tracey.
    expect(['person:grace', 'person:tracey']).toContain(expected);
    expect(x(expected)).toBeGreaterThan(x(daniel));
    renderLeo({ defaultSelection: [daniel] });
    await user.tab();
    expect(focusedPerson()).toBe(daniel);
    await user.keyboard('{ArrowRight}');
    expect(focusedPerson()).toBe(expected);
  });

  it('zooms the drawing with + and the buttons, and reports a controlled viewport', async () => {
    const user = userEvent.setup();
    const onViewportChange = vi.fn();
    renderLeo({ viewport: { x: 0, y: 0, zoom: 1 }, onViewportChange });
    await user.tab();
    await user.keyboard('+');
    expect(onViewportChange).toHaveBeenLastCalledWith(expect.objectContaining({ zoom: 1.25 }), 'api');
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(onViewportChange).toHaveBeenLastCalledWith(expect.objectContaining({ zoom: 0.8 }), 'api');
  });

  it('draws the uncontrolled viewport on the chart group', async () => {
    const user = userEvent.setup();
    renderLeo();
    const group = document.querySelector('.kinmap-viewport') as Element;
    expect(group.getAttribute('transform')).toBe('translate(0 0) scale(1)');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(group.getAttribute('transform')).toMatch(/scale\(1\.25\)$/);
    await user.click(screen.getByRole('button', { name: 'Fit the chart to the view' }));
    expect(group.getAttribute('transform')).toBe('translate(0 0) scale(1)');
  });

  it('has no axe violations', async () => {
    const { container } = render(<InteractiveGenogram family={loadFixture('leo')} />);
    await expectNoAxeViolations(container);
  }, 120_000);
});
