import { readFileSync } from 'node:fs';
import type { Reporter } from '@playwright/test/reporter';
import { RESULTS_FILE } from './results-file';

/** Prints the run's one summary line after every other reporter: `chaos: <seeds> seeds, <n> violations`. */
export default class ChaosSummaryReporter implements Reporter {
  printsToStdio(): boolean {
    return true;
  }

  onEnd(): void {
    let lines: string[] = [];
    try {
      lines = readFileSync(RESULTS_FILE, 'utf8')
        .split('\n')
        .filter((line) => line !== '');
    } catch {
      // No seed finished.
    }
    const results = lines.map((line) => JSON.parse(line) as { seed: number; violations: string[] });
    const violations = results.reduce((sum, result) => sum + result.violations.length, 0);
    console.log(`chaos: ${results.length} seeds, ${violations} violations`);
  }
}
