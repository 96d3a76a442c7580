import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PersonId } from '@kinmap/model';
import { InteractiveGenogram, interactionCss, kinmapStyles } from '@kinmap/react';
import { loadFixture } from './support/fixtures.ts';

/** The style rules of `kinmapStyles` inside `@media print`, as the browser parses them. */
function printRules(): CSSStyleRule[] {
  const style = document.createElement('style');
  style.textContent = kinmapStyles;
  document.head.append(style);
  const sheet = style.sheet as CSSStyleSheet;
  const media = [...sheet.cssRules].filter(
    (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print',
  );
  style.remove();
  return media.flatMap((rule) =>
    [...rule.cssRules].filter((r): r is CSSStyleRule => r instanceof CSSStyleRule),
  );
}

const hiddenBy = (rules: CSSStyleRule[], element: Element) =>
  rules.some((rule) => rule.style.display === 'none' && element.matches(rule.selectorText));

describe('kinmapStyles and the interactive chart', () => {
  it('includes the focus and selection rings', () => {
    expect(kinmapStyles).toContain(interactionCss.trim());
  });

  it('hides every button, the focus ring and the selection ring when printing', () => {
    const { container } = render(
      <InteractiveGenogram family={loadFixture('leo')} defaultSelection={['person:leo' as PersonId]} />,
    );
    const rules = printRules();
    const buttons = container.querySelectorAll('button');
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons)
      expect(hiddenBy(rules, button), button.getAttribute('aria-label') ?? '').toBe(true);
    act(() => (container.querySelector('[data-person-id="person:leo"]') as SVGGElement).focus());
    const ring = container.querySelector('.kinmap-focus-ring');
    expect(ring).not.toBeNull();
    expect(hiddenBy(rules, ring as Element)).toBe(true);
    // The chart itself is printed.
    expect(hiddenBy(rules, container.querySelector('svg') as Element)).toBe(false);
  });

  it('prints the whole chart, whatever the zoom on screen', () => {
    const { container } = render(<InteractiveGenogram family={loadFixture('leo')} />);
    const viewport = container.querySelector('.kinmap-viewport') as Element;
    const reset = printRules().find((rule) => viewport.matches(rule.selectorText));
    expect(reset?.style.transform).toBe('none');
  });
});
