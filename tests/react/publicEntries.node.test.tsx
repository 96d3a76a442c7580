// Every public entry loads and renders in plain Node: Kinmap's code reads no browser global while
// @kinmap/model, @kinmap/layout and @kinmap/react are imported, nor while every chart component is
// rendered on the server, with the globals made to answer `undefined` as in Node. A case system can
// import the package in a server process and build a report.
import { describe, expect, it } from 'vitest';
import type { Family } from '@kinmap/model';

const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'self',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'matchMedia',
  'getComputedStyle',
  'HTMLElement',
  'SVGElement',
  'Element',
  'Node',
  'Image',
  'ResizeObserver',
] as const;

/** Puts a recording getter in place of each browser global; returns the names read and an undo. */
function watchBrowserGlobals() {
  const touched = new Set<string>();
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const name of BROWSER_GLOBALS) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        // The reader is the first frame below this getter. Dependencies may feature-test with
        // `typeof window` (d3-timer, zod do, and cope with undefined); Kinmap's own code may not.
        const reader = new Error().stack?.split('\n')[2] ?? '';
        if (!reader.includes('node_modules')) touched.add(`${name} (${reader.trim()})`);
        return undefined;
      },
    });
  }
  const restore = () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  };
  return { touched, restore };
}

describe('public entries in Node', () => {
  it('import and render without reading a browser global', async () => {
    const watch = watchBrowserGlobals();
    try {
      const model = await import('@kinmap/model');
      const layout = await import('@kinmap/layout');
      const react = await import('@kinmap/react');
      const { renderToString } = await import('react-dom/server');
      const { createElement } = await import('react');
      const { loadFixture } = await import('../support/fixtures.ts');
      expect(watch.touched, 'while importing').toEqual(new Set());

      const family: Family = loadFixture('peter');
      expect(model.checkFamily(family)).toBeDefined();
      const computed = layout.layoutFamily(family, { ecomap: 'ring' });
      const html = renderToString(
        createElement('main', null, [
          createElement(react.Genogram, { key: 'g', family, showLegend: true, theme: 'dark' }),
          createElement(react.Ecomap, { key: 'e', family }),
          createElement(react.Legend, { key: 'l', family }),
          createElement(react.FamilyTable, { key: 't', family }),
          createElement(react.InteractiveGenogram, { key: 'i', family, layout: computed, isEditable: true }),
        ]),
      );
      const svg = react.toSvgString(family, { showEcomap: true });
      expect(watch.touched, 'while rendering').toEqual(new Set());

      expect(html).toContain('kinmap-genogram');
      expect(html).toContain('kinmap-legend');
      expect(html).toContain('role="status"'); // the interactive chart's live region
      expect(html.match(/<table/g)?.length).toBeGreaterThanOrEqual(1);
      expect(svg.startsWith('<?xml')).toBe(true);
    } finally {
      watch.restore();
    }
  }, 120_000);
});
