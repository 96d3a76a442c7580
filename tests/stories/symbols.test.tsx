// Every story under stories/symbols/ (person symbols, badges).
import { testStories } from './testStories.tsx';
import type { StoriesModules } from './testStories.tsx';

testStories(import.meta.glob('../../stories/symbols/**/*.stories.tsx', { eager: true }) as StoriesModules);
