import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Dataset } from '../load/dataset.js';
import { validateWorkerScript } from '../load/heavy.js';
import { displayPath } from '../load/paths.js';
import type { Jurisdiction } from '../schema/jurisdiction.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import { checkDataFile, checkDataFiles, type FileCheckContext, type FileOutcome } from './validate-files.js';
import { FAILED, POSTED, type WorkerInput } from './worker.js';

export interface ValidateOptions {
  /** YYYY-MM-DD; injected so results do not depend on the clock. */
  today: string;
  maxAgeDays?: number;
  /** Warnings count as errors. */
  strict?: boolean;
}

export interface ValidationReport {
  files: number;
  diagnostics: Diagnostic[];
}

/** Below this many files, starting a worker thread costs more than it saves. */
const PARALLEL_FROM = 400;
const BATCH = 64;

/**
 * Checks every file of a data folder; collects all problems, never throws on bad data.
 * Files are checked one at a time and only their diagnostics are kept, so memory does not grow
 * with the folder; a large folder is shared out among worker threads, one per spare core.
 */
export function validateDataset(dataset: Dataset, options: ValidateOptions): ValidationReport {
  const diagnostics: Diagnostic[] = [];
  const registries = dataset.registries();
  diagnostics.push(...registries.offences.diagnostics, ...registries.treaties.diagnostics);

  for (const entry of dataset.otherEntries()) {
    const file = displayPath(join(dataset.dir, entry));
    diagnostics.push({ rule: 'file/extension', severity: 'warning', file, line: 1, column: 1, path: [], message: `${file} is not read: data files end in ".yaml"` });
  }

  const stems = dataset.allStems();
  const jobs = stems.map((stem) => ({ stem, path: dataset.pathOf(stem)! }));
  const context: FileCheckContext = {
    today: options.today,
    maxAgeDays: options.maxAgeDays,
    offences: registries.offences.value,
    treaties: registries.treaties.value,
    stems,
  };
  const stemSet = new Set(stems);
  const outcomes = checkAll(jobs, context, stemSet);

  // The parent rules ran on what was known at the time; where that was not the final answer, check again.
  const kinds = new Map<string, Jurisdiction['kind'] | undefined>();
  outcomes.forEach((outcome, i) => kinds.set(stems[i]!, outcome.kind));
  outcomes.forEach((outcome, i) => {
    const wrong = outcome.assumed === null || outcome.assumed.some(([parent, subdivision]) => (kinds.get(parent) === 'subdivision') !== subdivision);
    if (wrong) outcomes[i] = checkDataFile(jobs[i]!.stem, jobs[i]!.path, context, stemSet, { complete: kinds });
  });
  for (const outcome of outcomes) diagnostics.push(...outcome.diagnostics);

  const final = options.strict ? diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)) : diagnostics;
  return { files: stems.length, diagnostics: final.sort(compareDiagnostics) };
}

function threadsFor(files: number): number {
  const fromEnv = Number(process.env.JURISDIFF_VALIDATE_THREADS);
  const threads = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : availableParallelism();
  return files < PARALLEL_FROM ? 1 : Math.max(1, Math.min(threads, 8, Math.ceil(files / BATCH)));
}

/**
 * Outcomes in file order. With more than one thread, this thread and the workers take batches
 * from a shared counter; this thread then waits (synchronously: the API is synchronous) for
 * the batches the workers took, and checks any batch a worker could not finish itself.
 */
function checkAll(jobs: Array<{ stem: string; path: string }>, context: FileCheckContext, stemSet: ReadonlySet<string>): FileOutcome[] {
  const script = validateWorkerScript();
  const threads = threadsFor(jobs.length);
  if (script === undefined || threads === 1) return checkDataFiles(jobs, context, stemSet);

  const batches = Math.ceil(jobs.length / BATCH);
  const counterBuffer = new SharedArrayBuffer(8);
  const statusBuffer = new SharedArrayBuffer(4 * batches);
  const counter = new Int32Array(counterBuffer);
  const status = new Int32Array(statusBuffer);
  const ports: MessagePort[] = [];
  for (let i = 1; i < threads; i++) {
    const { port1, port2 } = new MessageChannel();
    const input: WorkerInput = { jobs, context, batchSize: BATCH, counter: counterBuffer, status: statusBuffer, port: port2 };
    try {
      const worker = new Worker(script, { workerData: input, transferList: [port2] });
      // A worker that fails leaves its batches to this thread (below); its error is not the user's.
      worker.on('error', () => {});
      worker.unref();
      ports.push(port1);
    } catch {
      port1.close();
    }
  }

  const results: Array<FileOutcome[] | undefined> = new Array(batches);
  const run = (batch: number) => {
    results[batch] = checkDataFiles(jobs.slice(batch * BATCH, (batch + 1) * BATCH), context, stemSet);
  };
  for (let batch = Atomics.add(counter, 0, 1); batch < batches; batch = Atomics.add(counter, 0, 1)) run(batch);

  const drain = () => {
    for (const port of ports) {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const { batch, outcomes } = message.message as { batch: number; outcomes: FileOutcome[] };
        results[batch] ??= outcomes;
      }
    }
  };
  for (let batch = 0; batch < batches; batch++) {
    // A worker that stops making progress (it should not) has its batch done here instead.
    let lastProgress = Atomics.load(counter, 1);
    let idle = 0;
    while (results[batch] === undefined) {
      const state = Atomics.load(status, batch);
      if (state === POSTED) drain();
      else if (state === FAILED) run(batch);
      else if (Atomics.wait(status, batch, state, 1000) === 'timed-out') {
        const progress = Atomics.load(counter, 1);
        idle = progress === lastProgress ? idle + 1 : 0;
        lastProgress = progress;
        if (idle >= 10) run(batch);
      }
    }
  }
  for (const port of ports) port.close();
  return results.flatMap((r) => r!);
}
