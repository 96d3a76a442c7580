import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Legend } from '@kinmap/react';
import { handLayout } from './support/handLayout.ts';
import { expectNoAxeViolations } from './support/axe.ts';

// axe-core takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('a collapsible key (the disclosure pattern)', () => {
  it('is not collapsible by default: the title is plain text and every entry shows', () => {
    render(<Legend layout={handLayout()} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Key' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('folds away and opens again with its title button, by click or keyboard, and passes axe', async () => {
    const user = userEvent.setup();
    const { container } = render(<Legend layout={handLayout()} isCollapsible defaultOpen={false} />);
    const toggle = screen.getByRole('button', { name: 'Key' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('heading', { name: 'Key' })).toContainElement(toggle);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(container.querySelector('.kinmap-legend')).toHaveAttribute('data-state', 'closed');
    await expectNoAxeViolations(container);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
    const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(body).not.toBeNull();
    expect(body).toBeVisible();
    await expectNoAxeViolations(container);

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(body).not.toBeVisible();
  }, 120_000);

  it('can be controlled', async () => {
    const user = userEvent.setup();
    const changes: boolean[] = [];
    function Controlled() {
      const [isOpen, setOpen] = useState(true);
      return (
        <Legend
          layout={handLayout()}
          isCollapsible
          isOpen={isOpen}
          onOpenChange={(next) => {
            changes.push(next);
            setOpen(next);
          }}
        />
      );
    }
    render(<Controlled />);
    await user.click(screen.getByRole('button', { name: 'Key' }));
    expect(changes).toEqual([false]);
    expect(screen.getByRole('button', { name: 'Key' })).toHaveAttribute('aria-expanded', 'false');
  });
});
