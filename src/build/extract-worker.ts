/**
 * A worker thread of the parallel build: reads, parses and extracts the files it is sent, a batch
 * at a time, and posts each file's article with its quotes and events (plain data) back. At the
 * end one worker groups the corpus's quotes into statements while the main thread merges events.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readCorpusFileSync } from '../corpus/load.ts';
import { groupStatements } from '../quotes/statements.ts';
import { extractArticleParts, type ExtractJob, type ExtractReply, type ExtractRequest } from './extract-parts.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker must run as a worker thread');
const job = workerData as ExtractJob;

port.on('message', (m: ExtractRequest) => {
  let reply: ExtractReply;
  if ('statementsOf' in m) {
    try {
      reply = { statements: groupStatements(m.statementsOf) };
    } catch (e) {
      reply = { statementsError: (e as Error).stack ?? String(e) };
    }
    port.postMessage(reply);
    return;
  }
  try {
    reply = { batch: m.batch, results: m.files.map((file) => extractArticleParts(readCorpusFileSync(job.abs, file, job.maxBytes))) };
  } catch (e) {
    reply = { batch: m.batch, error: (e as Error).stack ?? String(e) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies ExtractReply);
