import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate.ts';
import { indexPath } from '../../src/cache/index-file.ts';
import type { Engine } from '../../src/engine.ts';
import { CorpusStore } from '../../src/store.ts';

let root: string;
let corpus: string;
let cache: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'storydesk-cache-'));
  corpus = path.join(root, 'corpus');
  cache = path.join(root, 'cache');
  await writeCorpus(corpus, 12, 7);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every kind of answer, as JSON, for comparing two engines. */
function answers(e: Engine): string {
  const person = e.parts.quotes.people[0]?.name ?? 'nobody';
  const quote = e.parts.quotes.quotes[0]?.quote ?? 'nothing';
  return JSON.stringify([
    e.search('government market'),
    e.ask('What did officials announce?'),
    e.whoSaid(quote.split(' ').slice(0, 6).join(' ')),
    e.quotes(person),
    e.people(),
    e.suggestPeople(person.slice(0, 2)),
    e.timeline({}),
    e.timeline({ about: 'government', from: '2015' }),
    e.articles(),
  ]);
}

const firstFile = () => readdirSync(corpus).filter((f) => f.endsWith('.md')).sort()[0]!;

describe('persisted index', () => {
  it('is saved after a build and restores an engine that answers identically', async () => {
    const built = await CorpusStore.open(corpus, { cacheDir: cache });
    expect(built.opened.source).toBe('build');
    expect(existsSync(indexPath(cache, corpus))).toBe(true);
    const restored = await CorpusStore.open(corpus, { cacheDir: cache });
    expect(restored.opened.source).toBe('cache');
    expect(restored.engine.stats).toEqual(built.engine.stats);
    expect(restored.engine.stats.quotes).toBeGreaterThan(0);
    expect(answers(restored.engine)).toBe(answers(built.engine));
  });

  it('detects a damaged index, rebuilds and saves a good one', async () => {
    const file = indexPath(cache, corpus);
    const bytes = readFileSync(file);
    const mid = Math.floor(bytes.length / 2);
    bytes[mid] = bytes[mid] === 0x41 ? 0x42 : 0x41;
    writeFileSync(file, bytes);
    const store = await CorpusStore.open(corpus, { cacheDir: cache });
    expect(store.opened.source).toBe('build');
    expect(store.opened.cacheMiss).toMatch(/damaged/);
    expect((await CorpusStore.open(corpus, { cacheDir: cache })).opened.source).toBe('cache');
    writeFileSync(file, bytes.subarray(0, mid));
    expect((await CorpusStore.open(corpus, { cacheDir: cache })).opened.cacheMiss).toMatch(/damaged/);
  });

  it('is stale once a file changes, and the rebuilt engine holds the change', async () => {
    await CorpusStore.open(corpus, { cacheDir: cache });
    appendFileSync(path.join(corpus, firstFile()), '\nA zanzibarian quokka paragraph appears.\n');
    const store = await CorpusStore.open(corpus, { cacheDir: cache });
    expect(store.opened.source).toBe('build');
    expect(store.opened.cacheMiss).toMatch(/stale/);
    expect(store.engine.search('quokka').results).toHaveLength(1);
    expect((await CorpusStore.open(corpus, { cacheDir: cache })).opened.source).toBe('cache');
  });

  it('keys on the size cap too', async () => {
    await CorpusStore.open(corpus, { cacheDir: cache });
    const other = await CorpusStore.open(corpus, { cacheDir: cache, maxFileBytes: 1024 * 1024 });
    expect(other.opened.source).toBe('build');
  });

  it('still answers when the cache folder cannot be written', async () => {
    const blocker = path.join(root, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const store = await CorpusStore.open(corpus, { cacheDir: path.join(blocker, 'cache') });
    expect(store.opened.source).toBe('build');
    expect(store.engine.stats.articles).toBe(12);
  });
});

describe('reload', () => {
  it('skips an unchanged corpus and rebuilds off the main thread when a file changes', async () => {
    const store = await CorpusStore.open(corpus, { cacheDir: cache, workerFromBytes: 0 });
    const same = await store.reload();
    expect(same).toMatchObject({ ok: true, source: 'unchanged', changed: [] });
    const file = firstFile();
    appendFileSync(path.join(corpus, file), '\nThe okapi wombat council met.\n');
    const changed = await store.reload();
    expect(changed).toMatchObject({ ok: true, source: 'build', thread: 'worker', changed: [file.replace(/\.md$/, '')] });
    expect(store.engine.search('okapi wombat').results[0]?.citation.article).toBe(file.replace(/\.md$/, ''));
    // The worker saved the index: a fresh start restores it.
    expect((await CorpusStore.open(corpus, { cacheDir: cache })).opened.source).toBe('cache');
  }, 90_000); // reload workers start through tsx: slow on a busy machine

  it('restores from an index another process saved (e.g. another shard)', async () => {
    const a = await CorpusStore.open(corpus, { cacheDir: cache, workerFromBytes: 0 });
    const b = await CorpusStore.open(corpus, { cacheDir: cache, workerFromBytes: 0 });
    appendFileSync(path.join(corpus, firstFile()), '\nThe narwhal tribunal adjourned.\n');
    expect((await a.reload()).source).toBe('build');
    const r = await b.reload();
    expect(r).toMatchObject({ source: 'cache', thread: 'worker' });
    expect(answers(b.engine)).toBe(answers(a.engine));
  }, 90_000); // reload workers start through tsx: slow on a busy machine

  it('builds a small corpus in this thread (a worker costs more than it saves)', async () => {
    const store = await CorpusStore.open(corpus, { cacheDir: cache });
    appendFileSync(path.join(corpus, firstFile()), '\nThe pangolin assembly recessed.\n');
    expect(await store.reload()).toMatchObject({ ok: true, source: 'build', thread: 'main' });
  });

  it('builds in this thread when asked to', async () => {
    const store = await CorpusStore.open(corpus, { worker: false });
    appendFileSync(path.join(corpus, firstFile()), '\nThe axolotl senate voted.\n');
    const r = await store.reload();
    expect(r).toMatchObject({ ok: true, source: 'build', thread: 'main' });
    expect(store.engine.search('axolotl').results).toHaveLength(1);
  });
});

describe('warm stores', () => {
  it('build the who-said index before the engine serves', async () => {
    const { BUNDLED_CORPUS } = await import('../helpers/corpus-dir.ts');
    const store = await CorpusStore.open(BUNDLED_CORPUS, { warm: true });
    const finder = (store.engine as unknown as { finder: { index: unknown } }).finder;
    expect(finder.index).toBeTruthy();
    expect(store.engine.whoSaid('dumbest idea').matches[0]?.citation.paragraph).toBe(13);
  });
});
