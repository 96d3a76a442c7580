// The public API of @kinmap/layout, as a list (visx style): adding, renaming or removing an export fails
// here first, so it is a decision rather than an accident. Update the list and the docs together.
// The layout is one function and its defaults, plus the readability measure, the text measure (with
// the font it measures in) and the writer of a line's coded words; everything else is types.
import { describe, expect, it } from 'vitest';

const EXPECTED = [
  'CHART_FONT_FAMILY',
  'DEFAULT_LAYOUT_OPTIONS',
  'layoutFamily',
  'lineText',
  'measureReadability',
  'textWidth',
];

describe('@kinmap/layout public API', () => {
  it('exports exactly the listed names', async () => {
    expect(Object.keys(await import('@kinmap/layout')).sort()).toEqual(EXPECTED);
  });

  it('exports nothing undefined (no export of a missing name)', async () => {
    const entry: Record<string, unknown> = await import('@kinmap/layout');
    expect(EXPECTED.filter((key) => entry[key] === undefined)).toEqual([]);
  });
});
