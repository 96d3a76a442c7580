import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LiveRegion, useAnnouncer } from '@kinmap/react';
import { expectNoAxeViolations } from '../support/axe.ts';
import { Harness } from '../interaction/harness.tsx';

function Announcing() {
  const { announcement, announce } = useAnnouncer();
  return (
    <>
      <button type="button" onClick={() => announce('Added Leo as son of Amy')}>
        Add Leo
      </button>
      <LiveRegion announcement={announcement} />
    </>
  );
}

describe('live region', () => {
  it('is a polite status region that says each announcement as text', async () => {
    const user = userEvent.setup();
    render(<Announcing />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region.textContent).toBe('');
    await user.click(screen.getByRole('button', { name: 'Add Leo' }));
    expect(region).toHaveTextContent('Added Leo as son of Amy');
    const first = region.firstElementChild;
    await user.click(screen.getByRole('button', { name: 'Add Leo' }));
    expect(region.firstElementChild).not.toBe(first); // same words, new text node: read again
  });
});

describe('axe', () => {
  it('finds no violations in a chart with keyboard, selection and viewport controls', async () => {
    const { container } = render(<Harness />);
    await expectNoAxeViolations(container);
  }, 120_000);
});
