import { useMemo } from 'react';
import { layoutFamily } from '@kinmap/layout';
import type { FamilyLayout, LayoutOptions } from '@kinmap/layout';
import type { Family } from '@kinmap/model';

/** The options as one stable string, so a new options object with the same values reuses the layout. */
function optionsKey(options: LayoutOptions | undefined): string {
  if (!options) return '';
  return JSON.stringify(
    Object.keys(options)
      .filter((k) => options[k as keyof LayoutOptions] !== undefined)
      .sort()
      .map((k) => [k, options[k as keyof LayoutOptions]]),
  );
}

/**
 * Lays out a family with `layoutFamily`, again only when the family object or an option value
 * changes. Returns `undefined` when there is no family.
 *
 * @example
 * ```tsx
 * const layout = useFamilyLayout(family, { labelDetail: 'dates' });
 * ```
 */
export function useFamilyLayout(
  family: Family | undefined,
  options?: LayoutOptions,
): FamilyLayout | undefined {
  const key = optionsKey(options);
  return useMemo(
    () =>
      family
        ? layoutFamily(family, key ? (Object.fromEntries(JSON.parse(key)) as LayoutOptions) : undefined)
        : undefined,
    [family, key],
  );
}
