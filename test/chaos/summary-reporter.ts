import { readFileSync } from 'node:fs';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { RESULTS_FILE } from './results-file';

/**
 * Prints the run's one summary line after every other reporter: `chaos: <seeds> seeds, <n>
 * violations`. Violations come from the seeds' result lines; a seed that failed without writing
 * one (timed out, crashed) counts as one violation, never as none.
 */
export default class ChaosSummaryReporter implements Reporter {
  private readonly ended = new Map<number, boolean>();

  printsToStdio(): boolean {
    return true;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const seed = Number(/chaos seed (\d+)/.exec(test.title)?.[1]);
    if (Number.isInteger(seed)) this.ended.set(seed, result.status === 'passed');
  }

  onEnd(): void {
    let lines: string[] = [];
    try {
      lines = readFileSync(RESULTS_FILE, 'utf8')
        .split('\n')
        .filter((line) => line !== '');
    } catch {
      // No seed wrote its result.
    }
    const written = new Map(
      lines.map((line) => JSON.parse(line) as { seed: number; violations: string[] }).map((r) => [r.seed, r]),
    );
    let violations = 0;
    for (const [seed, passed] of this.ended) {
      const result = written.get(seed);
      violations += result ? Math.max(result.violations.length, passed ? 0 : 1) : passed ? 0 : 1;
    }
    console.log(`chaos: ${this.ended.size} seeds, ${violations} violations`);
  }
}
