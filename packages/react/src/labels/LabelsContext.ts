// Server-safe (no React context APIs imported by name): the drawing reads labels in a React Server
// Component too, through `@kinmap/react/server` (theme/kinmapContext.ts).
import { createKinmapContext, useKinmapContext } from '../theme/kinmapContext.ts';
import { defaultLabels } from './defaultLabels.ts';
import type { KinmapLabels } from './defaultLabels.ts';

export const LabelsContext = createKinmapContext<KinmapLabels>(defaultLabels);

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
export const LabelsProvider = LabelsContext.Provider;

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
  return useKinmapContext(LabelsContext);
}
