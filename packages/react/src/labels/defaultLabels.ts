import { drawingLabels } from './drawingLabels.ts';
import type { DrawingLabels } from './drawingLabels.ts';
import { interactionLabels } from './interactionLabels.ts';
import type { InteractionLabels } from './interactionLabels.ts';
import { tableLabels } from './tableLabels.ts';
import type { TableLabels } from './tableLabels.ts';
import type { DeepPartial } from './mergeLabels.ts';

/** Every user-visible string of @kinmap/react (en-GB), in one object: drawing, interaction and table. */
export type KinmapLabels = DrawingLabels & InteractionLabels & TableLabels;

/** What the `labels` prop accepts: any subset of `KinmapLabels`. */
export type LabelsOverride = DeepPartial<KinmapLabels>;

/**
 * The default (en-GB) strings. Pass a partial object as the `labels` prop of any component to
 * change some of them; the rest keep these values.
 *
 * @example
 * ```tsx
 * <Genogram family={family} labels={{ legendTitle: 'Symbols used', badges: { nrpf: 'No PF' } }} />
 * ```
 */
export const defaultLabels: KinmapLabels = { ...tableLabels, ...interactionLabels, ...drawingLabels };
