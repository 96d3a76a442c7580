import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Harness, id } from './harness.tsx';

const focusedPerson = () => document.activeElement?.getAttribute('data-person-id');

describe('keyboard navigation between relatives', () => {
  it('Tab enters the chart on the first subject, and the chart is one Tab stop', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: 'Before the chart' }).focus();
    await user.tab();
    expect(focusedPerson()).toBe('person:leo');
    expect(document.activeElement).toHaveAccessibleName(
      /^Leo Reid, 8, subject of the assessment, son of Amy and Sam/,
    );
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Zoom in');
  });

  it('the zoom and pan buttons are one Tab stop; the arrow keys, Home and End move between them', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: 'Before the chart' }).focus();
    await user.tab(); // the chart
    await user.tab(); // the toolbar, on its first button
    expect(screen.getByRole('toolbar')).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toHaveAccessibleName('Zoom in');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Zoom out');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName('Move the view down');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Zoom in'); // wraps round
    await user.keyboard('{ArrowLeft}');
    await user.tab(); // out of the toolbar in one press, past its six other buttons
    expect(screen.getByRole('toolbar')).not.toContainElement(document.activeElement as HTMLElement);
    await user.tab({ shift: true }); // back in, on the button last used
    expect(document.activeElement).toHaveAccessibleName('Move the view down');
  });

  it('Tab enters the chart on the selected person when there is one', async () => {
    const user = userEvent.setup();
    render(<Harness defaultSelection={[id('mia')]} />);
    screen.getByRole('button', { name: 'Before the chart' }).focus();
    await user.tab();
    expect(focusedPerson()).toBe('person:mia');
  });

  it('moves up to a parent, across to the partner, down to a child, and left to a sibling', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: 'Before the chart' }).focus();
    await user.tab(); // Leo
    await user.keyboard('{ArrowUp}');
    expect(focusedPerson()).toBe('person:amy'); // the parent straight above Leo
    await user.keyboard('{ArrowRight}');
    expect(focusedPerson()).toBe('person:sam'); // Amy's partner
    await user.keyboard('{ArrowDown}');
    expect(focusedPerson()).toBe('person:mia'); // the child nearest below Sam
    await user.keyboard('{ArrowLeft}');
    expect(focusedPerson()).toBe('person:leo'); // Mia's brother
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(focusedPerson()).toBe('person:ben'); // Amy's brother, on her left
  });

  it('chooses the left parent when two are equally near, and stays put when there is nowhere to go', async () => {
    const user = userEvent.setup();
    render(<Harness defaultSelection={[id('amy')]} />);
    screen.getByRole('button', { name: 'Before the chart' }).focus();
    await user.tab();
    await user.keyboard('{ArrowUp}');
    expect(focusedPerson()).toBe('person:grandad');
    await user.keyboard('{ArrowUp}');
    expect(focusedPerson()).toBe('person:grandad');
  });

  it('keeps the roving tab stop on the focused person', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: 'Before the chart' }).focus();
    await user.tab();
    await user.keyboard('{ArrowUp}');
    const people = document.querySelectorAll('[data-person-id]');
    const stops = [...people].filter((element) => element.getAttribute('tabindex') === '0');
    expect(stops.map((element) => element.getAttribute('data-person-id'))).toEqual(['person:amy']);
  });

  it('Home and End go to the first and last person in reading order', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: 'Before the chart' }).focus();
    await user.tab();
    await user.keyboard('{Home}');
    expect(focusedPerson()).toBe('person:grandad');
    await user.keyboard('{End}');
    expect(focusedPerson()).toBe('person:mia');
  });

  it('Enter activates the focused person', async () => {
    const user = userEvent.setup();
    const onPersonActivate = vi.fn();
    render(<Harness onPersonActivate={onPersonActivate} />);
    screen.getByRole('button', { name: 'Before the chart' }).focus();
    await user.tab();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onPersonActivate).toHaveBeenCalledTimes(1);
    expect(onPersonActivate).toHaveBeenCalledWith('person:amy');
  });

  it('Space selects, Ctrl+Space adds to the selection, Escape clears it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: 'Before the chart' }).focus();
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByTestId('selection')).toHaveTextContent('person:leo');
    expect(document.activeElement).toHaveAccessibleName(/, selected$/);
    expect(document.activeElement).toHaveAttribute('data-selected');
    await user.keyboard('{ArrowUp}{Control>} {/Control}');
    expect(screen.getByTestId('selection')).toHaveTextContent('person:leo person:amy');
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('selection')).toBeEmptyDOMElement();
  });

  it('links every person to the keyboard instructions', async () => {
    render(<Harness />);
    const leo = document.querySelector('[data-person-id="person:leo"]');
    expect(leo).toHaveAccessibleDescription(/arrow keys to move between relatives/);
  });
});
