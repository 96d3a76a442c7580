// Every other story: charts, families, themes, interaction, the demo's panels, and any new folder.
// (symbols/ and lines/ have their own files so the slow grids run in parallel.)
import { testStories } from './testStories.tsx';
import type { StoriesModules } from './testStories.tsx';

testStories(
  import.meta.glob(
    ['../../stories/**/*.stories.tsx', '!../../stories/symbols/**', '!../../stories/lines/**'],
    { eager: true },
  ) as StoriesModules,
);
