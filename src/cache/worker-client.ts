/** Runs build-worker.ts in a worker thread and hands its chunks over as they arrive. */
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerMessage } from './build-worker.ts';

type Outcome = Exclude<WorkerMessage, { type: 'chunk' }>;

/**
 * The worker runs our TypeScript sources, which Node 20 cannot load as a worker's entry even under
 * tsx (the entry is resolved before the loader inherited through execArgv is in place): a small
 * JavaScript boot registers tsx's loader in the worker, then imports build-worker.ts.
 */
function bootCode(): string {
  let api = 'tsx/esm/api';
  try {
    api = import.meta.resolve('tsx/esm/api');
  } catch {
    // a bare specifier, resolved from the working folder
  }
  const entry = new URL('./build-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
}

/** Resolves with the worker's last message (done, empty or error); rejects when the worker cannot run. */
export function buildInWorker(job: WorkerJob, onChunk: (data: string) => void): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let worker: Worker;
    try {
      worker = new Worker(bootCode(), { eval: true, workerData: job });
    } catch (e) {
      reject(e as Error);
      return;
    }
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
      void worker.terminate();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (settled) return;
      if (m.type === 'chunk') {
        try {
          onChunk(m.data);
        } catch (e) {
          finish(() => reject(e as Error));
        }
        return;
      }
      finish(() => resolve(m));
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`reload worker exited (${code}) before finishing`))));
  });
}
