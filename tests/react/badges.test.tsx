import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { PersonSymbol } from '@kinmap/react';
import type { Badge } from '@kinmap/layout';
import { personNode } from './support/drawingData.ts';

function drawBadges(badges: Badge[]) {
  const { container } = render(
    <svg>
      <PersonSymbol node={personNode({ badges })} symbolSize={40} />
    </svg>,
  );
  return [...container.querySelectorAll('.kinmap-badge')];
}

describe('badges', () => {
  it('draws NRPF filled and NRPF? as an outline, with text in both', () => {
    const [yes, unknown] = drawBadges([
      { code: 'nrpf', text: 'NRPF', filled: true },
      { code: 'nrpf_unknown', text: 'NRPF?', filled: false },
    ]);
    expect(yes).toHaveAttribute('data-state', 'filled');
    expect(yes).toHaveTextContent('NRPF');
    expect(unknown).toHaveAttribute('data-state', 'outline');
    expect(unknown).toHaveTextContent('NRPF?');
    const fill = (g: Element | undefined) => g?.querySelector('rect')?.getAttribute('fill');
    expect(fill(yes)).not.toBe(fill(unknown));
    expect(yes?.querySelector('rect')?.getAttribute('rx')).not.toBe(
      unknown?.querySelector('rect')?.getAttribute('rx'),
    );
  });

  it('shows the status code layout computed', () => {
    const [cpp] = drawBadges([{ code: 'status', text: 'CPP-N', filled: true }]);
    expect(cpp).toHaveTextContent('CPP-N');
  });

  it('shows at most three badges and then "+n"', () => {
    const shown = drawBadges([
      { code: 'status', text: 'CIN', filled: true },
      { code: 'status', text: 'LAC s20', filled: true },
      { code: 'young_carer', text: 'YC', filled: false },
      { code: 'interpreter', text: 'Int', filled: false },
      { code: 'identity_discrepancy', text: 'ID!', filled: false },
    ]);
    expect(shown.map((b) => b.textContent)).toEqual(['CIN', 'LAC s20', 'YC', '+2']);
  });

  it('places badges side by side without overlapping', () => {
    const shown = drawBadges([
      { code: 'status', text: 'CPP-N', filled: true },
      { code: 'young_carer', text: 'YC', filled: false },
    ]);
    const [a, b] = shown.map((g) => g.querySelector('rect')!);
    expect(Number(a!.getAttribute('x')) + Number(a!.getAttribute('width'))).toBeLessThan(
      Number(b!.getAttribute('x')),
    );
  });
});
