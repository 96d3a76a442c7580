import { createContext, useContext } from 'react';
import type { KinmapThemeName } from '@kinmap/react';

/** The theme chosen in the Storybook toolbar (or fixed by a story's `kinmapTheme` parameter). */
export const StoryThemeContext = createContext<KinmapThemeName>('light');

/** The theme the current story should pass to `<Genogram theme>`, `<Ecomap theme>` and `<Legend theme>`. */
export function useStoryTheme(): KinmapThemeName {
  return useContext(StoryThemeContext);
}
