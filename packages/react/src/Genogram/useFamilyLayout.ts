'use client';

import { useMemo, useRef } from 'react';
import { layoutFamily } from '@kinmap/layout';
import type { FamilyLayout, LayoutOptions } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import { useDrawingLabels } from '../labels/LabelsContext.ts';
import { layoutWordsOf } from '../labels/chartWords.ts';
import { mergeLabels } from '../labels/mergeLabels.ts';
import type { LabelsOverride } from '../labels/defaultLabels.ts';

/** The options as one stable string, so a new options object with the same values reuses the layout. */
function optionsKey(options: LayoutOptions | undefined): string {
  if (!options) return '';
  return JSON.stringify(
    Object.keys(options)
      .filter((k) => k !== 'previous' && options[k as keyof LayoutOptions] !== undefined)
      .sort()
      .map((k) => [k, options[k as keyof LayoutOptions]]),
  );
}

/** The last layout this hook made, and for which family document and options. */
interface LastLayout {
  familyId: string;
  key: string;
  layout: FamilyLayout;
}

/**
 * Lays out a family with `layoutFamily`, again only when the family object or an option value
 * changes. Returns `undefined` when there is no family.
 *
 * Edits keep the chart still: when the same family document is laid out again with the same options,
 * the hook passes its last layout as `previous`, so people the edit does not concern stay where they
 * were (the layout's stability rule) and only what changed is redrawn. `options.previous` is where
 * the first layout starts from (for example the layout a saved map was last drawn with, so a reopened
 * map looks exactly as it was left); a different family document or changed options start afresh.
 *
 * Defaults agree with `<Genogram>`: no ecomap ring (`ecomap: 'none'`) unless you pass
 * `{ ecomap: 'ring' }` (or `'band'`), so a layout from this hook draws and keys the same chart as
 * `<Genogram family={family} />`.
 *
 * The words written on the chart ("m. 1972", "visits") are those of the labels in effect (a
 * `LabelsProvider` above, with `labels` merged over them), so the layout measures the text the chart
 * draws; `options.words` wins when given.
 *
 * @example
 * ```tsx
 * const layout = useFamilyLayout(family, { labelDetail: 'dates' });
 * const withAgencies = useFamilyLayout(family, { ecomap: 'ring' });
 * const inWelsh = useFamilyLayout(family, {}, welshLabels);
 * ```
 */
export function useFamilyLayout(
  family: Family | undefined,
  options?: LayoutOptions,
  labels?: LabelsOverride,
): FamilyLayout | undefined {
  const inherited = useDrawingLabels();
  const words = useMemo(
    () => options?.words ?? layoutWordsOf(mergeLabels(inherited, labels)),
    [options?.words, inherited, labels],
  );
  const key = optionsKey({ ...options, words, ecomap: options?.ecomap ?? 'none' });
  const explicitPrevious = options?.previous;
  const last = useRef<LastLayout | undefined>(undefined);
  return useMemo(() => {
    if (!family) return undefined;
    const remembered = last.current;
    const previous =
      (remembered && remembered.familyId === family.id && remembered.key === key
        ? remembered.layout
        : undefined) ?? explicitPrevious;
    const parsed = Object.fromEntries(JSON.parse(key) as [string, unknown][]) as LayoutOptions;
    const layout = layoutFamily(family, previous ? { ...parsed, previous } : parsed);
    // Remembered during render on purpose: any earlier layout is a valid `previous` (the layout stays
    // correct whatever it is given), so a render React throws away does no harm.
    last.current = { familyId: family.id, key, layout };
    return layout;
  }, [family, key, explicitPrevious]);
}
