/**
 * @kinmap/cli: the `kinmap` command (`kinmap render family.json --profile … --format pdf|svg|png|json`)
 * and the function behind it, for case systems and batch work. Every export is listed by name.
 * @packageDocumentation
 */
export { main, HELP, EXIT } from './main.ts';
export type { Io } from './main.ts';
export { renderFamily, RENDER_FORMATS } from './render.ts';
export type { RenderFormat, RenderOptions, Rendered } from './render.ts';
