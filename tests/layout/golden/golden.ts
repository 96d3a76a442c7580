// Golden layouts: one FamilyLayout JSON per fixture family, to catch accidental drift.
// Regenerate after an intended change: pnpm exec tsx tests/layout/golden/update.ts
import { layoutFamily } from '@kinmap/layout';
import type { FamilyLayout } from '@kinmap/layout';
import { loadFixture, type FixtureName } from '../../support/fixtures.ts';

/** The chart date the goldens are drawn at (fixed, so "today" never changes them). */
export const GOLDEN_AS_AT = '2025-06-01';

export function goldenLayout(name: FixtureName): FamilyLayout {
  return JSON.parse(JSON.stringify(layoutFamily(loadFixture(name), { asAt: GOLDEN_AS_AT }))) as FamilyLayout;
}

export function goldenPath(name: FixtureName): URL {
  return new URL(`./${name}.json`, import.meta.url);
}
