/// <reference types="vite/client" />
// Renders every story of the given stories modules and checks it draws without console errors
// (tests/setup/failOnConsole.ts) and with no axe violations. A story may set
// `parameters.testArgs` to run at a smaller size here (the 1000-person family runs at 200 people in
// jsdom; Storybook itself shows 1000).
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import type { Meta, composeStory } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import * as preview from '../../.storybook/preview.tsx';
import { expectNoAxeViolations } from '../react/support/axe.ts';

setProjectAnnotations([preview]);

/** What `import.meta.glob` returns for stories files. */
export type StoriesModules = Record<string, { default: Meta } & Record<string, unknown>>;
type ComposedStory = ReturnType<typeof composeStory>;

/** Declares one test per story of every module, grouped by file. */
export function testStories(modules: StoriesModules): void {
  test('the glob found stories files', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
  });
  for (const [path, module] of Object.entries(modules)) {
    const stories = Object.entries(composeStories(module)) as [string, ComposedStory][];
    describe(path.replace(/^(\.\.\/)+/, ''), () => {
      test('exports at least one story', () => {
        expect(stories.length).toBeGreaterThan(0);
      });
      for (const [name, Story] of stories) {
        test(
          name,
          async () => {
            const testArgs = (Story.parameters?.testArgs ?? {}) as Record<string, unknown>;
            const { container } = render(<Story {...testArgs} />);
            const root = container.querySelector('.kinmap-story');
            expect(root).not.toBeNull();
            expect(root?.childElementCount).toBeGreaterThan(0);
            await expectNoAxeViolations(container);
          },
          30_000,
        );
      }
    });
  }
}
