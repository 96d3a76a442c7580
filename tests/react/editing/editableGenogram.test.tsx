import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import { applyChange, updatePerson, type Change, type Family } from '@kinmap/model';
import { InteractiveGenogram, type InteractiveGenogramProps } from '@kinmap/react';
import { expectNoAxeViolations } from '../support/axe.ts';
import { id, smallFamily } from '../interaction/harness.tsx';

const amy = id('amy');
const focusedPerson = () => document.activeElement?.getAttribute('data-person-id');
const drawn = (personId: string) => document.querySelector(`[data-person-id="${personId}"]`) !== null;
const liveRegion = () => screen.getByRole('status');

/** Renders the chart with Amy selected, and tabs into it: focus lands on Amy. */
async function renderOnAmy(props: Partial<InteractiveGenogramProps>) {
  const user = userEvent.setup();
  const view = render(<InteractiveGenogram defaultSelection={[amy]} isEditable {...props} />);
  await user.tab();
  expect(focusedPerson()).toBe(amy);
  return { user, ...view };
}

describe('InteractiveGenogram isEditable (uncontrolled family)', () => {
  it('Delete removes the person in focus with their links, says so and reports the model change', async () => {
    const onFamilyChange = vi.fn();
    const { user } = await renderOnAmy({ defaultFamily: smallFamily(), onFamilyChange });
    await user.keyboard('{Delete}');
    expect(drawn(amy)).toBe(false);
    expect(liveRegion()).toHaveTextContent('Removed Amy Jones. Press Ctrl+Z to undo.');
    expect(onFamilyChange).toHaveBeenCalledTimes(1);
    const [next, change, action] = onFamilyChange.mock.calls[0] as [Family, Change, string];
    expect(action).toBe('apply');
    expect(next.people.map((p) => p.id)).not.toContain(amy);
    expect(next.parentChildLinks.some((l) => l.parent === amy || l.child === amy)).toBe(false);
    expect(change.people?.removed?.map((entry) => entry.value.id)).toEqual([amy]);
    expect(change.parentChildLinks?.removed).toHaveLength(4); // her parents' links and her children's
  });

  it('moves focus to the relative the arrow keys would reach, not to the page', async () => {
    const family = smallFamily();
    const layout = layoutFamily(family);
    const { user } = await renderOnAmy({ defaultFamily: family });
    const amyNode = layout.nodes.find((node) => node.id === amy);
    await user.keyboard('{Backspace}');
    const now = focusedPerson();
    expect(now).toBeDefined();
    expect(now).not.toBe(amy);
    // A partner or sibling on the same row as Amy was: Sam (partner) or Ben (brother).
    const nowNode = layout.nodes.find((node) => node.id === now);
    expect(nowNode?.generation).toBe(amyNode?.generation);
    expect(['person:sam', 'person:ben']).toContain(now);
    // The chart is still one Tab stop, on the new person.
    expect(document.querySelectorAll('[data-person-id][tabindex="0"]')).toHaveLength(1);
  });

  it('Ctrl+Z brings the person back (focused), Ctrl+Shift+Z and Ctrl+Y remove them again', async () => {
    const onFamilyChange = vi.fn();
    const start = smallFamily();
    const { user } = await renderOnAmy({ defaultFamily: start, onFamilyChange });
    await user.keyboard('{Delete}');
    await user.keyboard('{Control>}z{/Control}');
    expect(drawn(amy)).toBe(true);
    expect(focusedPerson()).toBe(amy);
    expect(liveRegion()).toHaveTextContent('Undone: Removed Amy Jones');
    const undone = onFamilyChange.mock.calls[1] as [Family, Change, string];
    expect(undone[2]).toBe('undo');
    expect(undone[0]).toEqual(start); // links, household and abuse line all restored
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(drawn(amy)).toBe(false);
    expect(liveRegion()).toHaveTextContent('Redone: Removed Amy Jones');
    await user.keyboard('{Control>}z{/Control}');
    expect(drawn(amy)).toBe(true);
    await user.keyboard('{Control>}y{/Control}');
    expect(drawn(amy)).toBe(false);
    expect(onFamilyChange.mock.calls.map((call) => call[2])).toEqual([
      'apply',
      'undo',
      'redo',
      'undo',
      'redo',
    ]);
  });

  it('says when there is nothing to undo or redo', async () => {
    const { user } = await renderOnAmy({ defaultFamily: smallFamily() });
    await user.keyboard('{Control>}z{/Control}');
    expect(liveRegion()).toHaveTextContent('Nothing to undo');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(liveRegion()).toHaveTextContent('Nothing to redo');
    expect(drawn(amy)).toBe(true);
  });

  it('takes a removed person out of the selection', async () => {
    const onSelectionChange = vi.fn();
    const { user } = await renderOnAmy({ defaultFamily: smallFamily(), onSelectionChange });
    await user.keyboard('{Delete}');
    expect(onSelectionChange).toHaveBeenLastCalledWith([]);
  });

  it('focuses the chart itself when the last person is removed', async () => {
    const family = smallFamily();
    const alone: Family = {
      ...family,
      people: family.people.filter((p) => p.id === amy),
      partnerships: [],
      parentChildLinks: [],
      households: [],
      emotionalRelationships: [],
      subjects: [],
    };
    const { user } = await renderOnAmy({ defaultFamily: alone });
    await user.keyboard('{Delete}');
    expect(drawn(amy)).toBe(false);
    expect(document.activeElement?.tagName.toLowerCase()).toBe('svg');
    await user.keyboard('{Control>}z{/Control}');
    expect(drawn(amy)).toBe(true);
  });

  it('uses the labels object for the words', async () => {
    const { user } = await renderOnAmy({
      defaultFamily: smallFamily(),
      labels: {
        announceRemoved: (name) => `${name} taken off`,
        announceEdit: (what) => `${what}; undo with Ctrl+Z`,
      },
    });
    await user.keyboard('{Delete}');
    expect(liveRegion()).toHaveTextContent('Amy Jones taken off; undo with Ctrl+Z');
  });

  it('does not edit when isEditable is off', async () => {
    const onFamilyChange = vi.fn();
    const { user } = await renderOnAmy({ defaultFamily: smallFamily(), onFamilyChange, isEditable: false });
    await user.keyboard('{Delete}{Control>}z{/Control}');
    expect(drawn(amy)).toBe(true);
    expect(onFamilyChange).not.toHaveBeenCalled();
  });

  it('tells screen-reader users about Delete and undo when editable, and has no axe violations', async () => {
    const { container } = await renderOnAmy({ defaultFamily: smallFamily() });
    expect(document.activeElement).toHaveAccessibleDescription(/Press Delete to remove the person in focus/);
    await expectNoAxeViolations(container);
  }, 120_000);
});

describe('InteractiveGenogram isEditable (controlled family)', () => {
  it('only reports the change; the chart shows what the parent passes', async () => {
    const onFamilyChange = vi.fn();
    const { user } = await renderOnAmy({ family: smallFamily(), onFamilyChange });
    await user.keyboard('{Delete}');
    expect(onFamilyChange).toHaveBeenCalledTimes(1);
    expect(drawn(amy)).toBe(true); // the parent did not pass the new family back
    // The refused edit is not in the history.
    await user.keyboard('{Control>}z{/Control}');
    expect(liveRegion()).toHaveTextContent('Nothing to undo');
  });

  function Parent({ onChange }: { onChange: (family: Family, change: Change) => void }) {
    const [family, setFamily] = useState(smallFamily);
    return (
      <>
        <button
          type="button"
          onClick={() =>
            setFamily((f) => updatePerson(f, { id: id('sam'), patch: { names: { given: 'Samuel' } } }).family)
          }
        >
          Rename Sam
        </button>
        <InteractiveGenogram
          family={family}
          isEditable
          defaultSelection={[amy]}
          onFamilyChange={(next, change) => {
            onChange(next, change);
            // A parent keeping its own copy: apply the change rather than take the object.
            setFamily((current) => applyChange(current, change));
          }}
        />
      </>
    );
  }

  it('follows a parent that applies the change, and undoes it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Parent onChange={onChange} />);
    await user.tab(); // the button
    await user.tab(); // the chart, on Amy
    expect(focusedPerson()).toBe(amy);
    await user.keyboard('{Delete}');
    expect(drawn(amy)).toBe(false);
    expect(focusedPerson()).toMatch(/^person:/);
    await user.keyboard('{Control>}z{/Control}');
    expect(drawn(amy)).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it("records the parent's own edits as undo steps", async () => {
    const user = userEvent.setup();
    render(<Parent onChange={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Rename Sam' }));
    expect(document.querySelector('[data-person-id="person:sam"]')).toHaveAccessibleName(/^Samuel Reid/);
    await user.tab(); // into the chart
    await user.keyboard('{Control>}z{/Control}');
    expect(document.querySelector('[data-person-id="person:sam"]')).toHaveAccessibleName(/^Sam Reid/);
    expect(liveRegion()).toHaveTextContent('Undone: Changed Samuel Reid');
  });
});
