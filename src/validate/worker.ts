// The worker thread of `validate` (dist/cli/validate-worker.cjs calls runWorker): takes batches of
// files from a shared counter, checks them, and posts each batch's outcomes back. See validate.ts.
import type { MessagePort } from 'node:worker_threads';
import { checkDataFiles, type FileCheckContext } from './validate-files.js';

export interface WorkerInput {
  jobs: Array<{ stem: string; path: string }>;
  context: FileCheckContext;
  batchSize: number;
  /** Int32 [0]: the next batch to take; [1]: files checked so far, by all workers (a sign of life). */
  counter: SharedArrayBuffer;
  /** Int32 per batch: 0 free, 1 taken, 2 posted, 3 failed. */
  status: SharedArrayBuffer;
  port: MessagePort;
}

export const TAKEN = 1;
export const POSTED = 2;
export const FAILED = 3;

export function runWorker(input: WorkerInput): void {
  const counter = new Int32Array(input.counter);
  const status = new Int32Array(input.status);
  const stemSet = new Set(input.context.stems);
  const batches = status.length;
  for (let batch = Atomics.add(counter, 0, 1); batch < batches; batch = Atomics.add(counter, 0, 1)) {
    Atomics.store(status, batch, TAKEN);
    try {
      const jobs = input.jobs.slice(batch * input.batchSize, (batch + 1) * input.batchSize);
      const outcomes = checkDataFiles(jobs, input.context, stemSet, () => Atomics.add(counter, 1, 1));
      input.port.postMessage({ batch, outcomes });
      Atomics.store(status, batch, POSTED);
    } catch {
      Atomics.store(status, batch, FAILED);
    }
    Atomics.notify(status, batch);
  }
  input.port.close();
}

