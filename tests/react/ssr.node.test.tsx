import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { Genogram, Legend, toSvgString } from '@kinmap/react';
import { loadFixture } from './support/fixtures.ts';
import { HOSTILE_NAME, familyWithHostileName } from './support/xssFamily.ts';

describe('server-side rendering in Node', () => {
  it('renders a genogram and its key with react-dom/server, without a DOM', () => {
    expect(typeof document).toBe('undefined');
    const family = loadFixture('leo');
    const html = renderToString(
      <>
        <Genogram family={family} asAt="2024-06-01" />
        <Legend family={family} layoutOptions={{ asAt: '2024-06-01' }} />
      </>,
    );
    expect(html).toMatch(/^<svg[^>]*role="img"/);
    for (const person of family.people) {
      if (person.kind !== 'pregnancy_loss') expect(html).toContain(`data-person-id="${person.id}"`);
    }
    expect(html).toContain('<h2');
  });
});

describe('toSvgString', () => {
  const family = loadFixture('leo');

  it('makes a standalone SVG document with a title and the key', () => {
    const svg = toSvgString(family, { asAt: '2024-06-01' });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(`<title`);
    expect(svg).toContain(family.title);
    expect(svg).toContain('class="kinmap-legend-svg"');
    expect(svg).toMatch(/<svg[^>]* width="[\d.]+" height="[\d.]+"/);
  });

  it('carries its colours inline: no CSS variables, no stylesheet, no external references, no script', () => {
    const svg = toSvgString(family, { showEcomap: true, theme: 'dark' });
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('<style');
    expect(svg).not.toMatch(/href=|url\(|<script|<image|<foreignObject/i);
    expect(svg).toContain('#e8eaed');
  });

  it('leaves the key and the ecomap out on request', () => {
    const svg = toSvgString(loadFixture('peter'), { showLegend: false, xmlDeclaration: false });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('kinmap-legend-svg');
    expect(svg).not.toContain('data-agency-id');
    expect(toSvgString(loadFixture('peter'), { showEcomap: true })).toContain('data-agency-id');
  });

  it('escapes a hostile name', () => {
    const svg = toSvgString(familyWithHostileName());
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(HOSTILE_NAME).toContain('<img');
  });
});
