import { mkdirSync, rmSync } from 'node:fs';
import { ensureRendererBuilt, repoRoot } from '../e2e/server';
import { RESULTS_FILE } from './results-file';

/** Builds the renderer if needed and starts the run's results file afresh. */
export default function globalSetup(): void {
  ensureRendererBuilt();
  mkdirSync(`${repoRoot}/test-results`, { recursive: true });
  rmSync(RESULTS_FILE, { force: true });
}
