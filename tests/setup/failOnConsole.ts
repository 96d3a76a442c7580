// Any unexpected console.error or console.warn fails the test that caused it.
// A test that expects one spies on console itself (vi.spyOn(console, 'warn').mockImplementation(...)).
import { afterEach, beforeEach, vi } from 'vitest';

const calls: string[] = [];

beforeEach(() => {
  calls.length = 0;
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) {
    const message = calls.join('\n');
    calls.length = 0;
    throw new Error(`Unexpected console output:\n${message}`);
  }
});
