import { createContext, useContext } from 'react';
import { defaultLabels } from './defaultLabels.ts';
import type { KinmapLabels } from './defaultLabels.ts';

const LabelsContext = createContext<KinmapLabels>(defaultLabels);

/** Provides resolved labels to the components below it. */
export const LabelsProvider = LabelsContext.Provider;

/** The labels in effect: `defaultLabels` with any `labels` prop merged over them. */
export function useLabels(): KinmapLabels {
  return useContext(LabelsContext);
}
