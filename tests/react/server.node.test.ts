// The server entry, `@kinmap/react/server`, as a React Server Component loads it: in a child Node
// process with the `react-server` condition, where `react` has no state, effect or context hooks and
// `react-dom/server` throws. And its static drawing is the same picture `toSvgString` from
// `@kinmap/react` draws with React DOM, so the two cannot drift apart.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Family } from '@kinmap/model';
import { Genogram, personName, toSvgString } from '@kinmap/react';
import type { KinmapThemeName } from '@kinmap/react';
import { FIXTURE_NAMES, loadFixture } from './support/fixtures.ts';
import { HOSTILE_NAME, familyWithHostileName } from './support/xssFamily.ts';
import { layoutFamily } from '@kinmap/layout';
import { renderStaticSvg, toSvgString as serverToSvgString } from '@kinmap/react/server';

const root = join(import.meta.dirname, '..', '..');

interface RscOutput {
  react: { useState: string; createContext: string };
  reactDomServer: string;
  svgs: Record<string, string>;
  cssModeSvg: string;
  staticGenogram: { className: string; html: string };
}

/** Runs tests/react/support/rscRender.ts under the `react-server` condition, as an RSC bundler would. */
function renderInReactServer(): RscOutput {
  const stdout = execFileSync(
    process.execPath,
    [
      '--conditions=react-server',
      '--conditions=@kinmap/source',
      '--import',
      'tsx',
      join(root, 'tests', 'react', 'support', 'rscRender.ts'),
    ],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'packages', 'react', 'tsconfig.json') },
    },
  );
  return JSON.parse(stdout) as RscOutput;
}

/** The same picture as the `Genogram` component draws with React DOM (in SSR and, the same, in the browser). */
function genogramSvg(
  family: Family,
  options: { theme?: KinmapThemeName; showEcomap?: boolean; showLegend?: boolean },
) {
  // Less the live chart's label refitter, an empty group its effect fills (a static picture runs no script).
  return renderToStaticMarkup(createElement(Genogram, { family, ...options })).replace(
    '<g class="kinmap-fit-text" aria-hidden="true"></g>',
    '',
  );
}

/** Text as React DOM escapes it. */
const escapeMarkup = (text: string) =>
  text.replace(
    /["'&<>]/g,
    (c) => ({ '"': '&quot;', "'": '&#x27;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!,
  );

/** Where two pictures first differ, with some markup either side; undefined when they are the same. */
function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (a[i] === b[i]) i++;
  return `static: …${a.slice(Math.max(0, i - 120), i + 120)}…\nReact DOM: …${b.slice(Math.max(0, i - 120), i + 120)}…`;
}

/** The ids React's `useId` makes differ from the static renderer's; everything else must match. */
const withoutIds = (svg: string) => svg.replace(/\b(id|aria-labelledby|aria-describedby)="[^"]*"/g, '$1=""');

describe('@kinmap/react/server under the react-server condition', () => {
  let out: RscOutput;
  beforeAll(() => {
    out = renderInReactServer();
  }, 120_000);

  it('runs where React has no state or context hooks and react-dom/server refuses to load', () => {
    expect(out.react.useState).toBe('undefined');
    expect(out.react.createContext).toBe('undefined');
    expect(out.reactDomServer).toMatch(/not supported in React Server Components/);
  });

  it('draws every fixture family to SVG with the names of its people', () => {
    for (const name of FIXTURE_NAMES) {
      const svg = out.svgs[name] ?? '';
      const family = loadFixture(name);
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg'), name).toBe(true);
      expect(svg, name).toContain(`<title id="kinmap-title">${escapeMarkup(family.title ?? 'Genogram')}`);
      // The names as drawn: the layout's lines under each symbol (long names are shortened to fit).
      const drawn = layoutFamily(family, { ecomap: 'ring' }).nodes;
      expect(drawn.length, name).toBeGreaterThan(0);
      for (const node of drawn) {
        expect(svg, `${name}: ${node.id}`).toContain(`data-person-id="${node.id}"`);
        for (const line of node.label.lines)
          expect(svg, `${name}: ${line}`).toContain(`>${escapeMarkup(line)}<`);
      }
    }
  });

  it('gives a server component a static genogram themed by the page CSS', () => {
    const { className, html } = out.staticGenogram;
    expect(className).toBe('kinmap-static');
    expect(html.startsWith('<svg')).toBe(true);
    expect(html).toContain('stroke="var(--kinmap-ink, #1f2328)"');
    expect(html).toContain('font-family:var(--kinmap-font-family,');
    expect(html).toContain('Grace');
    expect(out.cssModeSvg).toContain('id="twins-title"');
    expect(out.cssModeSvg).not.toContain('xmlns=');
  });
});

describe('the static drawing agrees with the chart React DOM draws', () => {
  const cases = [
    {},
    { showEcomap: true, theme: 'dark' as const },
    { showLegend: true, theme: 'high-contrast' as const },
  ];
  it.each(FIXTURE_NAMES)('%s: the same SVG as <Genogram>, with the ecomap, a theme and the key', (name) => {
    const family = loadFixture(name);
    for (const options of cases) {
      const server = renderStaticSvg(family, {
        colours: 'css',
        className: 'kinmap-genogram',
        showLegend: false,
        ...options,
      });
      expect(firstDifference(withoutIds(server), withoutIds(genogramSvg(family, options)))).toBeUndefined();
    }
  });

  it('is what toSvgString from @kinmap/react returns, and escapes a hostile name as React DOM does', () => {
    const leo = loadFixture('leo');
    expect(toSvgString(leo, { showEcomap: true })).toBe(serverToSvgString(leo, { showEcomap: true }));
    const hostile = familyWithHostileName();
    const svg = serverToSvgString(hostile);
    expect(svg).not.toContain(HOSTILE_NAME);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const server = renderStaticSvg(hostile, {
      colours: 'css',
      className: 'kinmap-genogram',
      showLegend: false,
    });
    expect(firstDifference(withoutIds(server), withoutIds(genogramSvg(hostile, {})))).toBeUndefined();
  });

  it('names the option at fault for bad options', () => {
    const family = loadFixture('minimal');
    expect(() => renderStaticSvg(family, { colours: 'blue' as 'css' })).toThrow(/options\.colours/);
    expect(() => renderStaticSvg(family, { idPrefix: '1 bad' })).toThrow(/options\.idPrefix/);
    expect(personName(family.people[0]!)).toBeTruthy();
  });
});
