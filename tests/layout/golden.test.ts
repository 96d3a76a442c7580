import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_NAMES } from '../support/fixtures.ts';
import { goldenLayout, goldenPath } from './golden/golden.ts';

describe('golden layouts (run tests/layout/golden/update.ts after an intended change)', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name} lays out exactly as recorded`, () => {
      const recorded = JSON.parse(readFileSync(goldenPath(name), 'utf8'));
      expect(goldenLayout(name)).toEqual(recorded);
    });
  }
});
