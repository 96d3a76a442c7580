// Issue 10, rules 1–6 of docs/layout.md "Readability", counted by measureReadability from the
// layout's own geometry: on every fixture family, every misleading count is 0 (lines through symbols,
// names and labels, text on text, partnership crossings and lines above their row, partners apart,
// residents outside and non-members inside outlines, agency names cut, collinear overlaps), with the
// ecomap as a ring and as a band. Generated families: readabilityGoal.test.ts.
import { describe, expect, it } from 'vitest';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';
import { measureLayout, misleadingBreaches } from './support/misleading.ts';

describe('readability: rules 1–6 on every fixture family', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: no misleading line, label, outline or agency name (ecomap ring)`, () => {
      expect(misleadingBreaches(measureLayout(loadFixture(name)))).toEqual({});
    });
    it(`${name}: the same with the ecomap as a band, dates above and NSGC notation`, () => {
      const report = measureLayout(loadFixture(name), {
        ecomap: 'band',
        labelDetail: 'dates',
        notation: 'nsgc',
      });
      expect(misleadingBreaches(report)).toEqual({});
    });
  }
});
