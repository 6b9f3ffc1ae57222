// Runs inside Chromium for test/bench/assessment-panel.ts: stores the packs in the device's
// reference database as the downloader does, then drives the assessment worker (the app's own
// assess.worker.ts, bundled as is) with the worker protocol the panel uses. Only timings go back.
import type { ReferencePack } from '@shared/api/reference-v1';
import type { Declaration } from '@shared/domain';
import { openReferenceDb } from '../../src-renderer/reference/reference-db';
import type { AssessOutcome } from '../../src-renderer/features/assessment/assess-core';
import type { WorkerRequest } from '../../src-renderer/features/assessment/assess.worker';

async function store(packs: ReferencePack[]) {
  const db = openReferenceDb();
  const at = new Date().toISOString();
  await db.transaction('rw', db.packs, db.current, async () => {
    for (const pack of packs) {
      const key = { jurisdiction: pack.jurisdiction, kind: pack.kind, version: 1, etag: `"${pack.kind}-1"` };
      await db.packs.put({ ...key, pack, bytes: 0, storedAt: at });
      await db.current.put({ ...key, label: pack.label, publishedAt: pack.publishedAt, switchedAt: at });
    }
  });
  db.close();
}

function ask(worker: Worker, id: number, declaration: Declaration): Promise<AssessOutcome> {
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<{ id: number; outcome: AssessOutcome }>) => {
      if (event.data.id === id) resolve(event.data.outcome);
    };
    const message: WorkerRequest = { id, request: { declaration, corrections: [] } };
    worker.postMessage(message);
  });
}

/** Cold: a new worker's first answer (script start, pack load, index, assessment); then repeats. */
async function run(declaration: Declaration, repeats: number) {
  const started = performance.now();
  const worker = new Worker('./worker.js', { type: 'module' });
  const first = await ask(worker, 1, declaration);
  const firstResultMs = performance.now() - started;
  if (first.status !== 'assessed') throw new Error(`not assessed: ${JSON.stringify(first).slice(0, 300)}`);
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const outcome = await ask(worker, i + 2, declaration);
    samples.push(performance.now() - t0);
    if (outcome.status !== 'assessed') throw new Error('a repeat was not assessed');
  }
  worker.terminate();
  return {
    firstResultMs,
    packLoadAndIndexMs: first.timings.loadMs,
    firstAssessMs: first.timings.assessMs,
    items: first.assessment.items.length,
    complete: first.assessment.complete,
    samples,
  };
}

const bench = { store, run };
(window as unknown as { bench: typeof bench }).bench = bench;
export type AssessmentBenchPage = typeof bench;
