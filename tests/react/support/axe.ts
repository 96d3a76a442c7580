import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe-core on a rendered container and fails with a readable list of violations. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, { resultTypes: ['violations'] });
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}
