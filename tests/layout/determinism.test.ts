import { describe, expect, it } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';
import { generateFamily } from '../support/generateFamily.ts';

describe('same input, same output; input untouched', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: 20 runs give deep-equal layouts and the family is not mutated`, () => {
      const family = loadFixture(name);
      const before = structuredClone(family);
      const first = layoutFamily(family);
      for (let i = 0; i < 19; i += 1) expect(layoutFamily(family)).toEqual(first);
      expect(family).toEqual(before);
    });
  }

  it('a generated family of 300 people: identical across runs and across a JSON round trip', () => {
    const family = generateFamily({ people: 300, seed: 11 });
    const frozen = JSON.parse(JSON.stringify(family));
    const first = layoutFamily(family, { asAt: '2024-06-01' });
    expect(layoutFamily(frozen, { asAt: '2024-06-01' })).toEqual(first);
    expect(family).toEqual(frozen);
  });

  it('the generator is seeded: same options, same family', () => {
    expect(generateFamily({ people: 120, seed: 5 })).toEqual(generateFamily({ people: 120, seed: 5 }));
    expect(generateFamily({ people: 120, seed: 5 })).not.toEqual(generateFamily({ people: 120, seed: 6 }));
  });
});
