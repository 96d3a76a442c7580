// The one labels object of @kinmap/react: drawing strings (drawingLabels.ts), interaction strings
// (interactionLabels.ts) and table strings (tableLabels.ts), merged in defaultLabels.ts.
export { defaultLabels } from './defaultLabels.ts';
export type { KinmapLabels, LabelsOverride } from './defaultLabels.ts';
export { mergeLabels } from './mergeLabels.ts';
export type { DeepPartial } from './mergeLabels.ts';
export { LabelsProvider, useLabels } from './LabelsContext.ts';
export { drawingLabels } from './drawingLabels.ts';
export type { DrawingLabels } from './drawingLabels.ts';
export { welshLabels } from './welshLabels.ts';
export { layoutWordsOf, lineLabelText } from './chartWords.ts';
