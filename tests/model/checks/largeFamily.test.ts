// checkFamily completes on a 5000-person family (speed is measured in bench/checks.bench.ts, not here).
import { checkFamily } from '@kinmap/model';
import { expect, test } from 'vitest';
import { generateFamily } from '../../support/generateFamily.ts';

test('a 5000-person generated family is checked, with one finding per gap and a unique key each', () => {
  const family = generateFamily({ people: 5000, seed: 1 });
  expect(family.people).toHaveLength(5000);
  const { findings, standard } = checkFamily(family, { asAt: '2025-01-01' });
  expect(standard.total).toBe(8);
  // The generator records no NRPF for most adults: each such household adult is named once.
  const nrpf = findings.filter((f) => f.rule === 'nrpf-recorded');
  expect(nrpf.length).toBeGreaterThan(100);
  expect(new Set(nrpf.map((f) => f.subject?.id)).size).toBe(nrpf.length);
  expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
}, 120_000);
