// Every story under stories/lines/ (partnerships, parent–child links, twins, emotional lines).
import { testStories } from './testStories.tsx';
import type { StoriesModules } from './testStories.tsx';

testStories(import.meta.glob('../../stories/lines/**/*.stories.tsx', { eager: true }) as StoriesModules);
