import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints why tests were skipped, once per reason, which the built-in reporters keep to
 * themselves: "5 skipped" alone cannot tell a missing Electron binary from a broken suite.
 */
export default class SkipReasonReporter implements Reporter {
  private readonly skipped = new Map<string, string[]>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reasons = new Set(
      [...test.annotations, ...result.annotations]
        .filter((annotation) => annotation.type === 'skip' || annotation.type === 'fixme')
        .map((annotation) => annotation.description || '(no reason given)'),
    );
    for (const reason of reasons) this.skipped.set(reason, [...(this.skipped.get(reason) ?? []), test.title]);
  }

  onEnd(): void {
    for (const [reason, titles] of this.skipped) {
      console.log(`\n${titles.length} skipped because ${reason}:`);
      for (const title of titles) console.log(`  - ${title}`);
    }
  }

  printsToStdio(): boolean {
    return false;
  }
}
