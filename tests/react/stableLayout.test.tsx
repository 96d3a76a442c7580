import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import { updatePerson } from '@kinmap/model';
import { Genogram } from '@kinmap/react';
import { id, smallFamily } from './interaction/harness.tsx';

describe('<Genogram> after an edit', () => {
  // <Genogram> reuses the drawing of people and lines an edit did not change (memoised on layout
  // objects kept from the last render); the picture must still follow every change.
  it('redraws what the edit changed and keeps the rest as it was', () => {
    const family = smallFamily();
    const { container, rerender } = render(<Genogram family={family} layout={layoutFamily(family)} />);
    const symbol = (person: string) =>
      container.querySelector(`[data-person-id="person:${person}"] .kinmap-name`);
    const granBefore = symbol('gran')?.outerHTML;
    const edited = updatePerson(family, { id: id('amy'), patch: { names: { given: 'Amelia' } } }).family;
    rerender(<Genogram family={edited} layout={layoutFamily(edited)} />);
    expect(symbol('amy')).toHaveTextContent('Amelia');
    expect(symbol('gran')?.outerHTML).toBe(granBefore);
    // An edit that moves nobody but changes a name is not lost by the reuse.
    const again = updatePerson(edited, { id: id('amy'), patch: { names: { given: 'Amy' } } }).family;
    rerender(<Genogram family={again} layout={layoutFamily(again)} />);
    expect(symbol('amy')).toHaveTextContent('Amy');
    rerender(<Genogram family={edited} layout={layoutFamily(edited)} />);
    // A fresh layout object equal to the last draws the same picture.
    const html = container.innerHTML;
    rerender(<Genogram family={edited} layout={layoutFamily(edited)} />);
    expect(container.innerHTML).toBe(html);
  });
});
