// Prints the ten slowest tests at the end of a run, next to the default reporter (vitest.config.ts), so
// a test that grows slow is seen before it nears its timeout. Vitest 4 reporter API: onInit for the
// logger, onTestCaseResult for each finished test, onTestRunEnd once at the end.
import type { Reporter, TestCase, Vitest } from 'vitest/node';

interface Timing {
  name: string;
  where: string;
  ms: number;
  state: string;
}

export const SLOWEST_COUNT = 10;

/** The `count` slowest timings, slowest first, as printable lines. */
export function slowestLines(timings: readonly Timing[], count = SLOWEST_COUNT): string[] {
  return [...timings]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((t, i) => {
      const seconds = `${(t.ms / 1000).toFixed(2)} s`.padStart(9);
      const failed = t.state === 'failed' ? ' (failed)' : '';
      return `${String(i + 1).padStart(2)}. ${seconds}  ${t.where} > ${t.name}${failed}`;
    });
}

export default class SlowestReporter implements Reporter {
  private vitest: Vitest | undefined;
  private timings: Timing[] = [];

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunStart(): void {
    this.timings = [];
  }

  onTestCaseResult(testCase: TestCase): void {
    const diagnostic = testCase.diagnostic();
    if (!diagnostic) return; // skipped or not run
    this.timings.push({
      name: testCase.fullName,
      where: `[${testCase.project.name}] ${testCase.module.relativeModuleId}`,
      ms: diagnostic.duration,
      state: testCase.result().state,
    });
  }

  onTestRunEnd(): void {
    if (this.timings.length === 0) return;
    const lines = slowestLines(this.timings);
    const log = (text: string) => (this.vitest ? this.vitest.logger.log(text) : console.log(text));
    log(`\nSlowest ${lines.length} of ${this.timings.length} tests:`);
    for (const line of lines) log(line);
  }
}
