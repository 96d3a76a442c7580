import type { Decorator, Preview } from '@storybook/react-vite';
import { interactionCss, kinmapStyles } from '@kinmap/react';
import type { KinmapThemeName } from '@kinmap/react';
import { storyCss } from '../stories/support/storyCss.ts';
import { StoryThemeContext } from '../stories/support/storyTheme.ts';

/** The three built-in themes, chosen from the toolbar. */
const THEMES = ['light', 'dark', 'high-contrast'] as const;

/**
 * Charts take the theme as a prop (`useStoryTheme`), because a chart's own root resets the colours.
 * Every story sits inside a `.kinmap` element carrying the chosen theme, with the library's
 * stylesheets on the page, exactly as a case system would embed the components.
 */
const withKinmapTheme: Decorator = (Story, context) => {
  const theme: KinmapThemeName =
    (context.parameters.kinmapTheme as KinmapThemeName | undefined) ??
    (context.globals.kinmapTheme as KinmapThemeName | undefined) ??
    'light';
  return (
    <StoryThemeContext.Provider value={theme}>
      <style>{kinmapStyles}</style>
      <style>{interactionCss}</style>
      <style>{storyCss}</style>
      <div className="kinmap kinmap-story" data-theme={theme}>
        <Story />
      </div>
    </StoryThemeContext.Provider>
  );
};

const preview: Preview = {
  decorators: [withKinmapTheme],
  globalTypes: {
    kinmapTheme: {
      description: 'Kinmap theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: THEMES.map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { kinmapTheme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Fail the a11y panel's checks as errors, so a designer sees violations at once.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Introduction', 'Symbols', 'Lines', 'Charts', 'Families', 'Themes', 'Interaction', 'Demo'],
      },
    },
  },
};

export default preview;
