// Run by tests/react/server.node.test.ts in a child Node process started with
// `--conditions=react-server`, as a React Server Components bundler resolves packages: `react` is then
// React's server build (no useState, useEffect, useContext or createContext) and `react-dom/server`
// refuses to load. Imports the server entry, draws every fixture family and prints JSON on stdout.
import * as React from 'react';
import type { ReactElement } from 'react';
import { FIXTURE_NAMES, loadFixture } from '../../support/fixtures.ts';
import { StaticGenogram, renderStaticSvg, toSvgString } from '@kinmap/react/server';

let reactDomServer = 'loaded';
try {
  await import('react-dom/server');
} catch (error) {
  reactDomServer = (error as Error).message;
}

const svgs: Record<string, string> = {};
for (const name of FIXTURE_NAMES) svgs[name] = toSvgString(loadFixture(name), { showEcomap: true });
const element = StaticGenogram({ family: loadFixture('leo'), asAt: '2024-06-01' }) as ReactElement<{
  className: string;
  dangerouslySetInnerHTML: { __html: string };
}>;

process.stdout.write(
  JSON.stringify({
    react: {
      useState: typeof (React as Record<string, unknown>).useState,
      createContext: typeof (React as Record<string, unknown>).createContext,
    },
    reactDomServer,
    svgs,
    cssModeSvg: renderStaticSvg(loadFixture('twins'), { colours: 'css', idPrefix: 'twins' }),
    staticGenogram: {
      className: element.props.className,
      html: element.props.dangerouslySetInnerHTML.__html,
    },
  }),
);
