// The ecomap used to live here; layoutFamily still imports it from this path.
export { layoutEcomap } from './layoutEcomap.ts';
export type { EcomapLayout } from './layoutEcomap.ts';
