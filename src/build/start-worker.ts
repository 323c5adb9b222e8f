/**
 * Starts one of our modules as a worker thread: the compiled JavaScript as it is, or the
 * TypeScript source through tsx's loader. Node 20 cannot load a TypeScript file as a worker's
 * entry even under tsx (the entry is resolved before the loader inherited through execArgv is in
 * place), so a small JavaScript boot registers tsx's loader in the worker first.
 */
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { codeFile, COMPILED } from '../paths.ts';

function bootCode(sourcePath: string): string {
  let api = 'tsx/esm/api';
  try {
    api = import.meta.resolve('tsx/esm/api');
  } catch {
    // a bare specifier, resolved from the working folder
  }
  const entry = pathToFileURL(codeFile(sourcePath)).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
}

/** A worker running `sourcePath` (as "src/build/extract-worker.ts"), with `workerData`. */
export function startWorker(sourcePath: string, workerData: unknown, options: Omit<WorkerOptions, 'eval' | 'workerData'> = {}): Worker {
  if (COMPILED) return new Worker(codeFile(sourcePath), { ...options, workerData });
  return new Worker(bootCode(sourcePath), { ...options, eval: true, workerData });
}
