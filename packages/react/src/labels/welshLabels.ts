import type { KinmapLabels } from './defaultLabels.ts';
import { welshDrawingLabels } from './welshDrawingLabels.ts';
import { welshInteractionLabels } from './welshInteractionLabels.ts';
import { welshTableLabels } from './welshTableLabels.ts';

/**
 * Every user-visible string of @kinmap/react in Welsh (cy): the chart, the words the layout writes
 * on it, the key, the ecomap, the tables and the spoken descriptions. Public bodies in Wales must
 * offer Welsh. Pass it as the `labels` prop (or to `LabelsProvider`, `toSvgString`, `toPngBlob`);
 * the chart's `<svg>` then carries `lang="cy"`. Change any entry with `mergeLabels`.
 *
 * The wording still needs review by a Welsh-speaking social care practitioner before it is relied on.
 *
 * @example
 * ```tsx
 * import { Genogram, Legend, welshLabels } from '@kinmap/react';
 * <Genogram family={family} labels={welshLabels} showLegend />
 * ```
 */
export const welshLabels: KinmapLabels = {
  ...welshTableLabels,
  ...welshInteractionLabels,
  ...welshDrawingLabels,
};
