import { createContext, useContext } from 'react';
import { openReferenceDb, type ReferenceDb } from '../../reference/reference-db';
import type { AssessOutcome, AssessRequest } from './assess-core';
import type { WorkerRequest } from './assess.worker';

/**
 * What the page asks to assess a declaration; the worker in the app, the core itself in tests.
 * `warm` starts the worker ahead of the first declaration, so its script is fetched while the
 * app's origin is reachable (in the browser host, offline later could not load it).
 */
export type Assessor = { assess(request: AssessRequest): Promise<AssessOutcome>; warm?(): void };

/** The assessor and the reference database it reads, which the page watches for a new version. */
export type AssessmentServices = { assessor: Assessor; referenceDb: ReferenceDb };

/** One worker for the app, started on first use; requests answered by id. */
export function createWorkerAssessor(): Assessor {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, (outcome: AssessOutcome) => void>();
  const start = (): Worker => {
    const started = new Worker(new URL('./assess.worker.ts', import.meta.url), {
      type: 'module',
      name: 'assessment',
    });
    started.onmessage = (event: MessageEvent<{ id: number; outcome: AssessOutcome }>) => {
      waiting.get(event.data.id)?.(event.data.outcome);
      waiting.delete(event.data.id);
    };
    started.onerror = (event) => {
      // A worker that failed to start or crashed answers every open request, and is restarted next time.
      for (const resolve of waiting.values()) resolve({ status: 'failed', message: event.message });
      waiting.clear();
      worker = null;
    };
    return started;
  };
  return {
    warm() {
      try {
        worker ??= start();
      } catch {
        // The first assess says why the worker cannot start; warming is only a head start.
      }
    },
    assess(request) {
      try {
        worker ??= start();
      } catch (caught) {
        // No worker in this host (or the script was refused): say so on the panel.
        const message = caught instanceof Error ? caught.message : String(caught);
        return Promise.resolve({ status: 'failed', message });
      }
      const id = nextId++;
      const message: WorkerRequest = { id, request };
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker?.postMessage(message);
      });
    },
  };
}

let app: AssessmentServices | null = null;

/** The app's worker and reference database; tests provide their own through AssessmentContext. */
export const AssessmentContext = createContext<AssessmentServices | null>(null);

function useAssessmentServices(): AssessmentServices {
  const provided = useContext(AssessmentContext);
  if (provided) return provided;
  app ??= { assessor: createWorkerAssessor(), referenceDb: openReferenceDb() };
  return app;
}

/** Starts the app's assessment worker ahead of use (called once the app has rendered). */
export function warmAssessmentWorker(): void {
  app ??= { assessor: createWorkerAssessor(), referenceDb: openReferenceDb() };
  app.assessor.warm?.();
}

export const useAssessor = (): Assessor => useAssessmentServices().assessor;
export const useReferenceDb = (): ReferenceDb => useAssessmentServices().referenceDb;
