import { useMemo } from 'react';
import { layoutFamily } from '@kinmap/layout';
import type { FamilyLayout, LayoutOptions } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import { withVitalStatus } from '../symbols/vitalStatus.ts';

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
 * Defaults agree with `<Genogram>`: no ecomap ring (`ecomap: 'none'`) unless you pass
 * `{ ecomap: 'ring' }` (or `'band'`), so a layout from this hook draws and keys the same chart as
 * `<Genogram family={family} />`.
 *
 * @example
 * ```tsx
 * const layout = useFamilyLayout(family, { labelDetail: 'dates' });
 * const withAgencies = useFamilyLayout(family, { ecomap: 'ring' });
 * ```
 */
export function useFamilyLayout(
  family: Family | undefined,
  options?: LayoutOptions,
): FamilyLayout | undefined {
  const key = optionsKey({ ...options, ecomap: options?.ecomap ?? 'none' });
  return useMemo(
    () =>
      family
        ? withVitalStatus(
            layoutFamily(family, Object.fromEntries(JSON.parse(key) as [string, unknown][]) as LayoutOptions),
            family,
          )
        : undefined,
    [family, key],
  );
}
