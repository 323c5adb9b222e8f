/**
 * The cold build on worker threads makes the very engine a single-thread build makes: the same
 * articles, problems, quotes, people, events and search postings, byte for byte, in file order.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultWorkers, loadAndBuild } from '../../src/build/parallel-build.ts';
import { engineChunks } from '../../src/cache/serialize.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine, type BuildTimings } from '../../src/engine.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'storydesk-parallel-'));
  // Real articles of several outlets and shapes (Markdown, raw text), and files that are problems.
  for (const from of ['corpus', 'tests/fixtures/story', 'tests/devset-web/articles', 'tests/heldout/articles']) {
    for (const f of readdirSync(path.join(ROOT, from))) if (/\.(md|txt)$/.test(f)) copyFileSync(path.join(ROOT, from, f), path.join(dir, f));
  }
  copyFileSync(path.join(ROOT, 'tests/fixtures/seed/cnbc-2017-07-trump-putin-cyber-unit.txt'), path.join(dir, 'zz-seed.txt'));
  writeFileSync(path.join(dir, 'b-binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
  writeFileSync(path.join(dir, 'c-notes.json'), '{}');
  writeFileSync(path.join(dir, 'd-no-front-matter.md'), 'Just a line of text.\n');
  // same id as zz-seed.txt: a problem, whichever thread read it
  copyFileSync(path.join(ROOT, 'tests/fixtures/story/harbor-ledger-bridge.md'), path.join(dir, 'zz-seed.md'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dump = (e: Engine) => [...engineChunks(e, 'k')];

describe('parallel cold build', () => {
  it('builds on two workers exactly what one thread builds', async () => {
    const single = await loadAndBuild(dir, { parallel: { workers: 1 } });
    const timings = {} as BuildTimings;
    const pooled = await loadAndBuild(dir, { parallel: { workers: 2, minFiles: 1 } }, timings);
    expect(timings.workers).toBe(2);
    expect(single.corpus.articles.length).toBeGreaterThan(10);
    expect(pooled.corpus.problems.map((p) => p.file)).toEqual(['b-binary.md', 'c-notes.json', 'd-no-front-matter.md', 'zz-seed.txt']);
    expect(pooled.engine.stats.quotes).toBeGreaterThan(50);
    expect(pooled.engine.stats.events).toBeGreaterThan(20);
    expect(dump(pooled.engine)).toEqual(dump(single.engine));
    // and the single-thread path is the loader and Engine.build as they were
    expect(dump(single.engine)).toEqual(dump(Engine.build(await loadCorpus(dir))));
    expect(pooled.engine.whoSaid(pooled.engine.parts.quotes.quotes[3]!.quote)).toEqual(single.engine.whoSaid(single.engine.parts.quotes.quotes[3]!.quote));
  }, 180_000);

  it('keeps small corpora on this thread', async () => {
    const timings = {} as BuildTimings;
    const built = await loadAndBuild(dir, {}, timings);
    expect(timings.workers).toBeUndefined();
    expect(built.corpus.articles.length).toBeGreaterThan(10);
  });
});

describe('default workers', () => {
  it('uses every core when one is idle, one thread when the machine is busy', () => {
    expect(defaultWorkers(2, 0.3)).toBe(2);
    expect(defaultWorkers(8, 5)).toBe(8);
    expect(defaultWorkers(2, 1.5)).toBe(1);
    expect(defaultWorkers(4, 12)).toBe(1);
  });
});
