/**
 * `npm run bench:ingest`: time to add one page to the bundled corpus without the network. Each of
 * the eight saved pages (tests/fixtures/ingest-pages) is served from 127.0.0.1 and added to a fresh
 * copy of corpus/ through the same path as /corpus add and `cli add`: fetch, extraction, duplicate
 * check, atomic write, and the store's reload that makes it answerable. Opening the store is not
 * timed (the bot has it open). The first add of the process warms the modules and is reported apart.
 *
 *   tsx bench/ingest.ts [--rounds 3] [--json]
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addArticle } from '../src/ingest/ingest.ts';
import { CorpusStore } from '../src/store.ts';
import { PAGES, pagePath, startPageServer } from '../tests/ingest/page-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TARGET_MS = 1000;

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } } });
const rounds = Math.max(1, Number(values.rounds) || 3);

async function addOnce(base: string, name: string): Promise<{ ms: number; paragraphs: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'storydesk-bench-ingest-'));
  try {
    cpSync(path.join(ROOT, 'corpus'), dir, { recursive: true });
    const store = await CorpusStore.open(dir, { worker: false, warm: true });
    const t = performance.now();
    const result = await addArticle(store, { type: 'url', url: `${base}${pagePath(name)}` }, { limits: { allowHosts: ['127.0.0.1'] } });
    return { ms: performance.now() - t, paragraphs: result.paragraphs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const server = await startPageServer();
try {
  const warmup = await addOnce(server.base, PAGES[0]!);
  const rows: Array<{ page: string; paragraphs: number; best: number; median: number }> = [];
  for (const name of PAGES) {
    const times: number[] = [];
    let paragraphs = 0;
    for (let i = 0; i < rounds; i++) {
      const r = await addOnce(server.base, name);
      times.push(r.ms);
      paragraphs = r.paragraphs;
    }
    times.sort((a, b) => a - b);
    rows.push({ page: name, paragraphs, best: times[0]!, median: times[Math.floor(times.length / 2)]! });
  }
  const worst = Math.max(...rows.map((r) => r.median));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ targetMs: TARGET_MS, warmupMs: Math.round(warmup.ms), rounds, pages: rows.map((r) => ({ ...r, best: Math.round(r.best), median: Math.round(r.median) })), worstMedianMs: Math.round(worst), met: worst <= TARGET_MS }, null, 2)}\n`);
  } else {
    const lines = [
      `Add one page to the bundled corpus, no network (fetch from 127.0.0.1, extract, write, reload); ${rounds} round(s) per page`,
      `first add of the process (cold modules): ${Math.round(warmup.ms)} ms`,
      'page               paragraphs   best ms   median ms',
      ...rows.map((r) => `${r.page.padEnd(18)} ${String(r.paragraphs).padStart(10)} ${String(Math.round(r.best)).padStart(9)} ${String(Math.round(r.median)).padStart(11)}`),
      `worst median ${Math.round(worst)} ms; target ${TARGET_MS} ms: ${worst <= TARGET_MS ? 'met' : 'MISSED'}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
} finally {
  await server.close();
}
