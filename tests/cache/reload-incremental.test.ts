import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate.ts';
import type { Engine } from '../../src/engine.ts';
import { CorpusStore } from '../../src/store.ts';

let root: string;
let corpus: string;
let cache: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'storydesk-incremental-'));
  corpus = path.join(root, 'corpus');
  cache = path.join(root, 'cache');
  await writeCorpus(corpus, 14, 3);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Everything an engine holds and answers, as JSON: parts (merged statements and events included) and every kind of answer. */
function everything(e: Engine): string {
  const person = e.parts.quotes.people[0]?.name ?? 'nobody';
  const quote = e.parts.quotes.quotes[0]?.quote ?? 'nothing';
  return JSON.stringify({
    articles: e.corpus.articles,
    problems: e.corpus.problems,
    quotes: e.parts.quotes,
    events: e.parts.events,
    stats: e.stats,
    answers: [
      e.search('government market'),
      e.search('okapi wombat council', { limit: 8 }),
      e.search('officals anounced'),
      e.ask('What did officials announce?'),
      e.ask('When did the okapi council meet?'),
      e.whoSaid(quote.split(' ').slice(0, 6).join(' ')),
      e.whoSaid('we will not back down'),
      e.quotes(person),
      e.quotes('Jane Okapi'),
      e.people(),
      e.suggestPeople(person.slice(0, 2)),
      e.timeline({}),
      e.timeline({ about: 'government', from: '2015' }),
      e.story(),
      e.articles(),
    ],
  });
}

/** A fresh build of the folder as it is now, in this thread, with no persisted index. */
async function fresh(): Promise<Engine> {
  return (await CorpusStore.open(corpus, { worker: false })).engine;
}

const files = () => readdirSync(corpus).filter((f) => f.endsWith('.md')).sort();

describe('incremental reload', () => {
  it('equals a fresh build after a change, an addition and a removal, merged statements and events included', async () => {
    const store = await CorpusStore.open(corpus, { cacheDir: cache, workerFromBytes: 0 });
    const [first, second, third] = files();

    // A changed article: a new quoted statement, and an event other articles tell too.
    appendFileSync(path.join(corpus, first!), '\n"We will not back down," said Jane Okapi, the okapi wombat council chair, on Tuesday.\n\nThe okapi wombat council met on March 3, 2016, and voted to close the market.\n');
    let r = await store.reload();
    expect(r).toMatchObject({ ok: true, source: 'build', thread: 'worker', changed: [first!.replace(/\.md$/, '')], added: [], removed: [] });
    expect(everything(store.engine)).toBe(everything(await fresh()));
    expect(store.engine.search('okapi wombat council').results[0]?.citation.article).toBe(first!.replace(/\.md$/, ''));

    // An added article that repeats the changed one (a wire copy): statements and events merge across both.
    copyFileSync(path.join(corpus, first!), path.join(corpus, `0-wire-${first}`));
    r = await store.reload();
    expect(r).toMatchObject({ ok: true, added: [`0-wire-${first!.replace(/\.md$/, '')}`], changed: [], removed: [] });
    const engine = store.engine;
    expect(everything(engine)).toBe(everything(await fresh()));
    const item = engine.whoSaid('we will not back down').matches[0];
    expect(item?.citations.length).toBeGreaterThanOrEqual(2);

    // A removed article, and another changed in the same reload.
    unlinkSync(path.join(corpus, second!));
    appendFileSync(path.join(corpus, third!), '\nA pangolin assembly recessed early.\n');
    r = await store.reload();
    expect(r).toMatchObject({ ok: true, removed: [second!.replace(/\.md$/, '')], changed: [third!.replace(/\.md$/, '')] });
    expect(everything(store.engine)).toBe(everything(await fresh()));
    expect(store.engine.search('pangolin assembly').results).toHaveLength(1);
    expect(store.engine.search('okapi wombat council').results.map((x) => x.citation.article)).not.toContain(second!.replace(/\.md$/, ''));

    // The index saved after the reload restores the same engine.
    const restarted = await CorpusStore.open(corpus, { cacheDir: cache });
    expect(restarted.opened.source).toBe('cache');
    expect(everything(restarted.engine)).toBe(everything(store.engine));
  }, 180_000); // reload workers start through tsx: slow on a busy machine

  it('keeps the index in use when the new files are unusable, and moves on once they are fixed', async () => {
    const store = await CorpusStore.open(corpus, { cacheDir: cache, workerFromBytes: 0 });
    const before = everything(store.engine);
    const saved = files().map((f) => [f, path.join(root, f)] as const);
    for (const [f, to] of saved) copyFileSync(path.join(corpus, f), to);
    for (const [f] of saved) writeFileSync(path.join(corpus, f), Buffer.from([0, 1, 2, 3]));
    const r = await store.reload();
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/kept/);
    expect(everything(store.engine)).toBe(before);
    for (const [f, to] of saved) copyFileSync(to, path.join(corpus, f));
    appendFileSync(path.join(corpus, saved[0]![0]), '\nThe narwhal tribunal adjourned.\n');
    expect((await store.reload()).ok).toBe(true);
    expect(everything(store.engine)).toBe(everything(await fresh()));
  }, 180_000);
});
