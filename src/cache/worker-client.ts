/** Runs build-worker.ts in a worker thread (started by src/build/start-worker.ts) and hands its chunks over as they arrive. */
import { startWorker } from '../build/start-worker.ts';
import type { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerMessage } from './build-worker.ts';

type Outcome = Exclude<WorkerMessage, { type: 'chunk' }>;

/** Resolves with the worker's last message (done, empty or error); rejects when the worker cannot run. */
export function buildInWorker(job: WorkerJob, onChunk: (data: string) => void): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let worker: Worker;
    try {
      worker = startWorker('src/cache/build-worker.ts', job);
    } catch (e) {
      reject(e as Error);
      return;
    }
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      queue.length = 0;
      f();
      void worker.terminate();
    };
    // Node delivers a worker's queued messages in one go: parsing each chunk as it arrives would
    // block the event loop for the whole batch. Chunks are queued and parsed one per turn instead.
    const queue: string[] = [];
    let last: Outcome | null = null;
    let draining = false;
    const drain = () => {
      if (settled) return;
      const started = performance.now();
      try {
        while (queue.length && performance.now() - started < 8) onChunk(queue.shift()!);
      } catch (e) {
        finish(() => reject(e as Error));
        return;
      }
      if (queue.length) setImmediate(drain);
      else {
        draining = false;
        if (last) {
          const m = last;
          finish(() => resolve(m));
        }
      }
    };
    worker.on('message', (m: WorkerMessage) => {
      if (settled) return;
      if (m.type === 'chunk') queue.push(m.data);
      else last = m;
      if (!draining) {
        draining = true;
        setImmediate(drain);
      }
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => {
      if (!last) finish(() => reject(new Error(`reload worker exited (${code}) before finishing`)));
    });
  });
}
