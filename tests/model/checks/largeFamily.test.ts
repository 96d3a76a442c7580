// checkFamily completes on a 5000-person family (speed is measured in bench/checks.bench.ts, not here).
import { checkFamily } from '@kinmap/model';
import { expect, test } from 'vitest';
import { generatedFamily } from './generatedFamily.ts';

test('a 5000-person family is checked, with findings for the gaps it was built with', () => {
  const family = generatedFamily(5000);
  expect(family.people).toHaveLength(5000);
  const { findings, standard } = checkFamily(family, { asAt: '2025-03-14' });
  expect(standard.total).toBe(8);
  // Every third adult in a household has NRPF not asked (see generatedFamily).
  expect(findings.filter((f) => f.id === 'MS-06').length).toBeGreaterThan(100);
  expect(findings.filter((f) => f.id === 'MS-19' && f.severity === 'error')).toEqual([]);
});
