import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Harness } from './harness.tsx';

// The harness measures 800×600 and its layout bounds are x 30–270, y −20–280, so fitting the chart
// keeps zoom 1 (it is smaller than the view) and centres it: translate(400 − 150, 300 − 130).
const chart = () => screen.getByTestId('viewport');
const transform = () => chart().getAttribute('transform');

describe('pan and zoom', () => {
  it('fits the chart to the view when no viewport is given', () => {
    render(<Harness />);
    expect(transform()).toBe('translate(250 170) scale(1)');
  });

  it('starts from defaultViewport when one is given', () => {
    render(<Harness defaultViewport={{ x: 10, y: 20, zoom: 2 }} />);
    expect(transform()).toBe('translate(10 20) scale(2)');
  });

  it('zooms in and out about the centre of the view with the buttons', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(transform()).toBe('translate(212.5 137.5) scale(1.25)');
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(transform()).toBe('translate(250 170) scale(1)');
  });

  it('fits again with the fit button after zooming', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Fit the chart to the view' }));
    expect(transform()).toBe('translate(250 170) scale(1)');
  });

  it('zooms with + and −, fits with 0, and pans with Shift and an arrow, while a person has focus', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: 'Before the chart' }).focus();
    await user.tab();
    await user.keyboard('+');
    expect(transform()).toBe('translate(212.5 137.5) scale(1.25)');
    await user.keyboard('-');
    expect(transform()).toBe('translate(250 170) scale(1)');
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(transform()).toBe('translate(190 170) scale(1)');
    expect(document.activeElement?.getAttribute('data-person-id')).toBe('person:leo'); // focus did not move
    await user.keyboard('0');
    expect(transform()).toBe('translate(250 170) scale(1)');
  });

  it('pans with the pan buttons (the alternative to dragging)', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Move the view up' }));
    expect(transform()).toBe('translate(250 230) scale(1)');
    await user.click(screen.getByRole('button', { name: 'Move the view left' }));
    expect(transform()).toBe('translate(310 230) scale(1)');
  });

  it('stops at the largest zoom', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    for (let i = 0; i < 10; i++) await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(transform()).toMatch(/scale\(4\)$/);
  });

  it('reports each change and draws only what a controlled parent passes back', async () => {
    const user = userEvent.setup();
    const onViewportChange = vi.fn();
    const { rerender } = render(
      <Harness viewport={{ x: 0, y: 0, zoom: 1 }} onViewportChange={onViewportChange} />,
    );
    expect(transform()).toBe('translate(0 0) scale(1)');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(onViewportChange).toHaveBeenLastCalledWith({ x: -100, y: -75, zoom: 1.25 }, 'api');
    expect(transform()).toBe('translate(0 0) scale(1)'); // the parent has not accepted it
    rerender(<Harness viewport={{ x: 5, y: 6, zoom: 3 }} onViewportChange={onViewportChange} />);
    expect(transform()).toBe('translate(5 6) scale(3)');
    // The next zoom starts from the value the parent passed, not from the refused one.
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(onViewportChange).toHaveBeenLastCalledWith(
      { x: expect.closeTo(84), y: expect.closeTo(64.8), zoom: expect.closeTo(2.4) },
      'api',
    );
  });

  it('zooms with the mouse wheel through d3-zoom and reports it as the user', () => {
    const onViewportChange = vi.fn();
    render(<Harness defaultViewport={{ x: 0, y: 0, zoom: 1 }} onViewportChange={onViewportChange} />);
    const svg = screen.getByRole('group', { name: 'Family chart' });
    fireEvent.wheel(svg, { deltaY: -100, deltaMode: 0, clientX: 0, clientY: 0 });
    expect(onViewportChange).toHaveBeenCalled();
    const [viewport, source] = onViewportChange.mock.lastCall ?? [];
    expect(source).toBe('user');
    expect(viewport.zoom).toBeGreaterThan(1);
  });
});
