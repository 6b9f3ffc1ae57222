import { repoRoot } from '../e2e/server';

/** One JSON line per finished seed: `{seed, violations}`; read by the summary reporter. */
export const RESULTS_FILE = `${repoRoot}/test-results/chaos-results.jsonl`;
