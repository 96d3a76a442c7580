import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { nextSelection } from '@kinmap/react';
import { Harness, id } from './harness.tsx';

const person = (body: string) => document.querySelector(`[data-person-id="person:${body}"]`) as Element;
const shown = () => screen.getByTestId('selection').textContent;

describe('selection', () => {
  it('uncontrolled: a click selects, Ctrl+click adds, a plain click replaces', async () => {
    const user = userEvent.setup();
    const onSelectionChange = vi.fn();
    render(<Harness defaultSelection={[id('amy')]} onSelectionChange={onSelectionChange} />);
    expect(shown()).toBe('person:amy');
    await user.click(person('leo'));
    expect(shown()).toBe('person:leo');
    await user.keyboard('{Control>}');
    await user.click(person('mia'));
    await user.keyboard('{/Control}');
    expect(shown()).toBe('person:leo person:mia');
    expect(onSelectionChange).toHaveBeenLastCalledWith(['person:leo', 'person:mia']);
    await user.click(person('sam'));
    expect(shown()).toBe('person:sam');
  });

  it('controlled: reports the change but shows only what the parent passes', async () => {
    const user = userEvent.setup();
    const onSelectionChange = vi.fn();
    const { rerender } = render(<Harness selection={[id('amy')]} onSelectionChange={onSelectionChange} />);
    await user.click(person('leo'));
    expect(onSelectionChange).toHaveBeenCalledWith(['person:leo']);
    expect(shown()).toBe('person:amy');
    expect(person('amy')).toHaveAttribute('data-selected');
    expect(person('leo')).not.toHaveAttribute('data-selected');
    rerender(<Harness selection={[id('leo')]} onSelectionChange={onSelectionChange} />);
    expect(shown()).toBe('person:leo');
    expect(person('leo')).toHaveAccessibleName(/, selected$/);
  });

  it('does not report a selection that did not change', async () => {
    const user = userEvent.setup();
    const onSelectionChange = vi.fn();
    render(<Harness defaultSelection={[id('leo')]} onSelectionChange={onSelectionChange} />);
    await user.click(person('leo'));
    expect(onSelectionChange).not.toHaveBeenCalled();
  });

  it('nextSelection toggles, extends and replaces without changing its input', () => {
    const start = Object.freeze([id('amy')]);
    expect(nextSelection(start, id('leo'), 'toggle')).toEqual(['person:amy', 'person:leo']);
    expect(nextSelection([id('amy'), id('leo')], id('amy'), 'toggle')).toEqual(['person:leo']);
    expect(nextSelection(start, id('amy'), 'extend')).toBe(start);
    expect(nextSelection(start, id('leo'), 'replace')).toEqual(['person:leo']);
    expect(start).toEqual(['person:amy']);
  });
});
