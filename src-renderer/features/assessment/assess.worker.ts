/// <reference lib="webworker" />
import { z } from 'zod';
import { openReferenceDb } from '../../reference/reference-db';
import { createAssessmentCore, type AssessRequest } from './assess-core';

// The assessment engine off the page's thread (issue 9, part 2): a 999-item declaration is
// assessed here while the page keeps answering. The worker opens the reference database itself
// and keeps the loaded packs and tariff index until the version in use changes.

// The CSP forbids eval; zod would otherwise probe `new Function` once and log a violation.
z.config({ jitless: true });

export type WorkerRequest = { id: number; request: AssessRequest };

const assess = createAssessmentCore(openReferenceDb());
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, request } = event.data;
  const outcome = await assess(request);
  scope.postMessage({ id, outcome });
};
