/**
 * Cache housekeeping: CACHE_DIR keeps the indexes of the most recently used corpora only (count
 * and size caps), a damaged or foreign index file is removed rather than trusted, and a read-only
 * cache folder still serves (built in memory, one warning).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate.ts';
import { pruneCache } from '../../src/cache/housekeeping.ts';
import { indexPath, INDEX_FORMAT } from '../../src/cache/index-file.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { CorpusStore, type StoreLogger } from '../../src/store.ts';

let root: string;
const corpora: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'storydesk-housekeeping-'));
  for (let i = 0; i < 3; i++) {
    const dir = path.join(root, `corpus-${i}`);
    await writeCorpus(dir, 3, 11 + i);
    corpora.push(dir);
  }
});

afterAll(() => {
  for (const dir of readOnly.splice(0)) setWritable(dir);
  rmSync(root, { recursive: true, force: true });
});

function recorder(): StoreLogger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => {}, warn: (obj, msg) => warnings.push(`${msg} ${JSON.stringify(obj)}`) };
}

const indexes = (dir: string) => readdirSync(dir).filter((f) => /^index-[0-9a-f]{16}\.ndjson$/.test(f)).sort();

function ageFile(file: string, secondsAgo: number): void {
  const t = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(file, t, t);
}

/** A folder this process cannot write: chmod for a user, the immutable attribute for root (which ignores modes). */
const readOnly: string[] = [];
function setReadOnly(dir: string): void {
  if (process.getuid?.() === 0) execFileSync('chattr', ['+i', dir]);
  else chmodSync(dir, 0o555);
  readOnly.push(dir);
}
function setWritable(dir: string): void {
  if (process.getuid?.() === 0) execFileSync('chattr', ['-i', dir]);
  else chmodSync(dir, 0o755);
}

describe('pruneCache', () => {
  it('keeps the most recently used index files within the count cap, the one in use always, and nothing else touched', () => {
    const dir = path.join(root, 'prune-count');
    mkdirSync(dir);
    const names = ['a', 'b', 'c', 'd', 'e'].map((c) => `index-${c.repeat(16)}.ndjson`);
    names.forEach((n, i) => {
      writeFileSync(path.join(dir, n), 'x'.repeat(100));
      ageFile(path.join(dir, n), (i + 1) * 60); // a newest, e oldest
    });
    writeFileSync(path.join(dir, 'notes.txt'), 'not ours');
    mkdirSync(path.join(dir, 'bench'));
    const oldTemp = `${names[0]}.123.abc.tmp`;
    const newTemp = `${names[1]}.456.def.tmp`;
    writeFileSync(path.join(dir, oldTemp), 'half');
    ageFile(path.join(dir, oldTemp), 2 * 3600);
    writeFileSync(path.join(dir, newTemp), 'being written');
    const removed = pruneCache(dir, path.join(dir, names[4]!), { maxFiles: 3, maxBytes: 1e9 });
    // in use (e) + the two most recent (a, b); c and d go, and the dead writer's temporary file
    expect(indexes(dir)).toEqual([names[0], names[1], names[4]].sort());
    expect(removed.sort()).toEqual([names[2], names[3], oldTemp].sort());
    expect(existsSync(path.join(dir, 'notes.txt'))).toBe(true);
    expect(existsSync(path.join(dir, 'bench'))).toBe(true);
    expect(existsSync(path.join(dir, newTemp))).toBe(true);
  });

  it('keeps within the size cap, most recent first, even when the one in use alone is over it', () => {
    const dir = path.join(root, 'prune-size');
    mkdirSync(dir);
    const big = `index-${'1'.repeat(16)}.ndjson`;
    const recent = `index-${'2'.repeat(16)}.ndjson`;
    const older = `index-${'3'.repeat(16)}.ndjson`;
    writeFileSync(path.join(dir, big), 'x'.repeat(5000));
    writeFileSync(path.join(dir, recent), 'x'.repeat(400));
    writeFileSync(path.join(dir, older), 'x'.repeat(400));
    ageFile(path.join(dir, recent), 60);
    ageFile(path.join(dir, older), 120);
    pruneCache(dir, null, { maxFiles: 10, maxBytes: 1000 });
    // newest first: big alone is over the cap, so it and every older file go
    expect(indexes(dir)).toEqual([]);
    for (const [n, s] of [[big, 5000], [recent, 400], [older, 400]] as const) writeFileSync(path.join(dir, n), 'x'.repeat(s));
    ageFile(path.join(dir, recent), 60);
    ageFile(path.join(dir, older), 120);
    pruneCache(dir, path.join(dir, big), { maxFiles: 10, maxBytes: 1000 });
    expect(indexes(dir)).toEqual([big]);
  });
});

describe('the store and its cache folder', () => {
  it('keeps the indexes of the most recently used corpora only', async () => {
    const cache = path.join(root, 'cache-lru');
    const limits = { maxFiles: 2, maxBytes: 1024 ** 3 };
    for (const dir of corpora) {
      expect((await CorpusStore.open(dir, { cacheDir: cache, cacheLimits: limits })).opened.source).toBe('build');
      await new Promise((r) => setTimeout(r, 20)); // distinct mtimes
    }
    expect(indexes(cache)).toEqual([path.basename(indexPath(cache, corpora[1]!)), path.basename(indexPath(cache, corpora[2]!))].sort());
    // corpus 1 used again: restored and now the most recent, so corpus 2's goes when corpus 0 comes back
    expect((await CorpusStore.open(corpora[1]!, { cacheDir: cache, cacheLimits: limits })).opened.source).toBe('cache');
    await new Promise((r) => setTimeout(r, 20));
    expect((await CorpusStore.open(corpora[0]!, { cacheDir: cache, cacheLimits: limits })).opened.source).toBe('build');
    expect(indexes(cache)).toEqual([path.basename(indexPath(cache, corpora[0]!)), path.basename(indexPath(cache, corpora[1]!))].sort());
  });

  it('removes a damaged index instead of trusting it, and saves a good one', async () => {
    const cache = path.join(root, 'cache-damaged');
    const dir = corpora[0]!;
    await CorpusStore.open(dir, { cacheDir: cache });
    const file = indexPath(cache, dir);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2))); // truncated
    const log = recorder();
    const store = await CorpusStore.open(dir, { cacheDir: cache, logger: log });
    expect(store.opened.source).toBe('build');
    expect(store.opened.cacheMiss).toMatch(/damaged/);
    expect(readFileSync(file).length).toBe(bytes.length);
    expect((await CorpusStore.open(dir, { cacheDir: cache })).opened.source).toBe('cache');
  });

  it('removes a foreign file found where the index goes instead of trusting it, and saves a good one', async () => {
    const cache = path.join(root, 'cache-foreign');
    mkdirSync(cache);
    const dir = corpora[2]!;
    const file = indexPath(cache, dir);
    const foreign = `${JSON.stringify({ name: 'another program', key: 'x' })}\n${JSON.stringify({ bytes: 1, crc: 1 })}\n`;
    for (const content of [foreign, 'plain text, no JSON at all\n', `${JSON.stringify({ t: 'head', format: 'other-index', key: 'k' })}\n`]) {
      writeFileSync(file, content);
      const log = recorder();
      const store = await CorpusStore.open(dir, { cacheDir: cache, logger: log });
      expect(store.opened.source).toBe('build');
      expect(store.opened.cacheMiss).toMatch(/not a Storydesk index|damaged/);
      expect(log.warnings.join('\n')).toMatch(/persisted index not used/);
      const now = readFileSync(file, 'utf8');
      expect(now).not.toBe(content);
      expect(JSON.parse(now.slice(0, now.indexOf('\n'))) as { format: string }).toMatchObject({ format: INDEX_FORMAT });
    }
  });

  it('still works with a read-only cache folder: restores what is there, builds in memory otherwise, and warns once', async () => {
    const cache = path.join(root, 'cache-readonly');
    const dir = path.join(root, 'corpus-readonly');
    await writeCorpus(dir, 3, 99);
    await CorpusStore.open(dir, { cacheDir: cache });
    setReadOnly(cache);
    const before = readdirSync(cache).sort();
    expect(before.length).toBe(1);
    // unchanged files: the saved index is read as usual
    expect((await CorpusStore.open(dir, { cacheDir: cache })).opened.source).toBe('cache');
    // changed files: built in memory, one warning, answers
    appendFileSync(path.join(dir, readdirSync(dir).filter((f) => f.endsWith('.md')).sort()[0]!), '\nThe quokka parliament convened.\n');
    const log = recorder();
    const a = await CorpusStore.open(dir, { cacheDir: cache, logger: log, worker: false });
    expect(a.opened.source).toBe('build');
    expect(a.engine.search('quokka parliament').results.length).toBeGreaterThan(0);
    const b = await CorpusStore.open(dir, { cacheDir: cache, logger: log, worker: false });
    expect(b.opened.source).toBe('build');
    appendFileSync(path.join(dir, readdirSync(dir).filter((f) => f.endsWith('.md')).sort()[1]!), '\nThe dugong committee adjourned.\n');
    expect(await b.reload()).toMatchObject({ ok: true, source: 'build' });
    expect(b.engine.search('dugong committee').results.length).toBeGreaterThan(0);
    const cannotWrite = log.warnings.filter((w) => /cannot be written/.test(w));
    expect(cannotWrite, log.warnings.join('\n')).toHaveLength(1);
    expect(log.warnings).toHaveLength(1);
    expect(readdirSync(cache).sort()).toEqual(before);
    setWritable(cache);
    readOnly.splice(readOnly.indexOf(cache), 1);
    expect(statSync(cache).isDirectory()).toBe(true);
  });
});

describe('configuration', () => {
  it('reads the caps from CACHE_MAX_INDEXES and CACHE_MAX_MB, with defaults', () => {
    expect(loadConfig({})).toMatchObject({ cacheMaxIndexes: 8, cacheMaxBytes: 1024 * 1024 * 1024 });
    expect(loadConfig({ CACHE_MAX_INDEXES: '3', CACHE_MAX_MB: '250' })).toMatchObject({ cacheMaxIndexes: 3, cacheMaxBytes: 250 * 1024 * 1024 });
  });

  it('refuses bad caps with one line each', () => {
    expect(() => loadConfig({ CACHE_MAX_INDEXES: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ CACHE_MAX_INDEXES: '2.5' })).toThrow(/CACHE_MAX_INDEXES must be a whole number/);
    expect(() => loadConfig({ CACHE_MAX_MB: 'lots' })).toThrow(/CACHE_MAX_MB/);
    expect(() => loadConfig({ CACHE_MAX_MB: '-5' })).toThrow(/CACHE_MAX_MB must be at least 1 megabyte/);
  });
});
