import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Genogram, Legend, kinmapStyles, palettes } from '@kinmap/react';
import { loadFixture } from './support/fixtures.ts';

/**
 * The custom properties `kinmapStyles` sets on an element itself (rules outside `@media`), as the
 * browser cascades them. jsdom does not inherit custom properties, so the test reads the rules: a
 * rule that sets a colour on the chart itself would hide the page's theme from it.
 */
function ownColours(element: Element): Map<string, string> {
  const style = document.createElement('style');
  style.textContent = kinmapStyles;
  document.head.append(style);
  const rules = [...(style.sheet as CSSStyleSheet).cssRules].filter(
    (r): r is CSSStyleRule => r instanceof CSSStyleRule,
  );
  style.remove();
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!element.matches(rule.selectorText)) continue;
    for (let i = 0; i < rule.style.length; i++) {
      const name = rule.style.item(i);
      if (name.startsWith('--kinmap-')) out.set(name, rule.style.getPropertyValue(name).trim());
    }
  }
  return out;
}

/** The colour an element ends up with: its own, else its nearest ancestor's (custom properties inherit). */
function ink(element: Element | null): string | undefined {
  for (let el = element; el; el = el.parentElement) {
    const inline = (el as HTMLElement).style?.getPropertyValue('--kinmap-ink').trim();
    if (inline) return inline;
    const own = ownColours(el).get('--kinmap-ink');
    if (own) return own;
  }
  return undefined;
}

/** A page that themes its own `.kinmap` wrapper, with the library's stylesheet on it. */
function page(theme: string, children: React.ReactNode) {
  return render(
    <div className="kinmap" data-theme={theme}>
      {children}
    </div>,
  );
}

describe('a chart without a theme prop takes the page’s theme', () => {
  it('writes no data-theme and no colours of its own when theme is omitted', () => {
    const { container } = render(<Genogram family={loadFixture('leo')} />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg).not.toHaveAttribute('data-theme');
    // It may read the page's custom properties (`var(--kinmap-font-family, …)`) but sets none.
    expect(svg.getAttribute('style') ?? '').not.toMatch(/--kinmap-[a-z-]+\s*:/);
    expect([...ownColours(svg).keys()]).toEqual([]);
  });

  it('falls back to the light palette when nothing on the page sets a theme', () => {
    const { container } = render(<Genogram family={loadFixture('leo')} />);
    expect(ink(container.querySelector('svg'))).toBeUndefined();
    // Every colour written on the drawing carries the light palette as its fallback.
    const name = container.querySelector('.kinmap-name') as Element;
    expect(name.getAttribute('fill')).toBe(`var(--kinmap-ink, ${palettes.light.ink})`);
  });

  it.each(['dark', 'high-contrast'] as const)('inherits %s from a themed .kinmap wrapper', (theme) => {
    const { container } = page(
      theme,
      <>
        <Genogram family={loadFixture('leo')} />
        <Legend family={loadFixture('leo')} />
      </>,
    );
    const chart = container.querySelector('svg.kinmap-chart') as SVGSVGElement;
    const legend = container.querySelector('.kinmap-legend') as HTMLElement;
    expect(ink(chart)).toBe(palettes[theme].ink);
    expect(ink(legend)).toBe(palettes[theme].ink);
  });

  it('an explicit theme prop still wins over the page', () => {
    const { container } = page('dark', <Genogram family={loadFixture('leo')} theme="light" />);
    const chart = container.querySelector('svg.kinmap-chart') as SVGSVGElement;
    expect(chart).toHaveAttribute('data-theme', 'light');
    expect(ink(chart)).toBe(palettes.light.ink);
  });
});
