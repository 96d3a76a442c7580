// Server-safe (no React context APIs imported by name): the drawing reads labels in a React Server
// Component too, through `@kinmap/react/server` (theme/kinmapContext.ts).
import type { ReactNode } from 'react';
import { createKinmapContext, useKinmapContext } from '../theme/kinmapContext.ts';
import { defaultLabels } from './defaultLabels.ts';
import type { KinmapLabels, LabelsOverride } from './defaultLabels.ts';
import { drawingLabels } from './drawingLabels.ts';
import type { DrawingLabels } from './drawingLabels.ts';
import { mergeLabels } from './mergeLabels.ts';
import type { DeepPartial } from './mergeLabels.ts';

/**
 * What the labels context holds: every drawing string, and any of the other strings (interaction,
 * table) given by a `LabelsProvider` or a component's `labels` prop. The charts read only drawing
 * strings, so by default the context holds `drawingLabels` and a chart's bundle does not carry the
 * table's and the keyboard's words; {@link useLabels} fills in their defaults for the components
 * that show them.
 */
export type LabelsInContext = DrawingLabels & DeepPartial<Omit<KinmapLabels, keyof DrawingLabels>>;

export const LabelsContext = createKinmapContext<LabelsInContext>(drawingLabels);

/**
 * Provides resolved labels to the components below it.
 *
 * @example
 * ```tsx
 * <LabelsProvider value={mergeLabels(defaultLabels, { legendTitle: 'Symbols used' })}>
 *   <Genogram family={family} />
 *   <Legend family={family} />
 * </LabelsProvider>
 * ```
 */
export const LabelsProvider: (props: { value: KinmapLabels; children?: ReactNode }) => ReactNode =
  LabelsContext.Provider;

/**
 * The drawing strings in effect: what the charts read. Typed with `DrawingLabels` only, so a chart
 * component that read an interaction or table string would not compile (the value may hold more: a
 * `labels` prop's other strings, passed on to the components below). Not exported from the package;
 * components outside the drawing use {@link useLabels}.
 */
export function useDrawingLabels(): DrawingLabels {
  return useKinmapContext(LabelsContext);
}

/** Labels in context, completed with the defaults: one object per context value, so it is stable. */
const completed = new WeakMap<LabelsInContext, KinmapLabels>();

/** `value` with every string it lacks taken from `defaultLabels`. */
export function completeLabels(value: LabelsInContext): KinmapLabels {
  if (value === drawingLabels) return defaultLabels;
  let labels = completed.get(value);
  if (!labels) {
    labels = mergeLabels(defaultLabels, value as LabelsOverride);
    completed.set(value, labels);
  }
  return labels;
}

/**
 * The labels in effect: `defaultLabels` with any `labels` prop merged over them.
 *
 * @example
 * ```tsx
 * function KeyTitle() {
 *   return <h2>{useLabels().legendTitle}</h2>;
 * }
 * ```
 */
export function useLabels(): KinmapLabels {
  return completeLabels(useKinmapContext(LabelsContext));
}
