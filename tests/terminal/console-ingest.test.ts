/** The console's /add and /remove: the same ingestion as the CLI, answered as text; refusals are one sentence. */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../src/store.ts';
import { parseConsoleLine } from '../../src/terminal/console-commands.ts';
import { answerCommand } from '../../src/terminal/console.ts';
import { removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { startPageServer, type PageServer } from '../ingest/page-server.ts';

let server: PageServer;
let store: CorpusStore;
const say = (line: string, allowHosts: string[] = ['127.0.0.1']) => answerCommand(store, parseConsoleLine(line), false, { context: null }, { allowHosts });

beforeAll(async () => {
  server = await startPageServer();
  store = await CorpusStore.open(tempCorpus({}, true), { worker: false });
});

afterAll(async () => {
  await server?.close();
  removeTempCorpora();
});

describe('console /add and /remove', () => {
  it('parses /add with --published and /remove', () => {
    expect(parseConsoleLine('/add https://example.com/a --published 2017-07-12')).toEqual({ name: 'add', target: 'https://example.com/a', published: '2017-07-12' });
    expect(parseConsoleLine('/remove some-id')).toEqual({ name: 'remove', id: 'some-id' });
  });

  it('adds a page, which answers at once, then removes it', async () => {
    const added = (await say(`/add ${server.base}/zeppelin`))!;
    expect(added).toMatch(/^Added "Lawmakers weigh a zeppelin accord" \(example-wire-2017-07-lawmakers-weigh-a-zeppelin-accord\) as example-wire-2017-07-lawmakers-weigh-a-zeppelin-accord\.md\.\nExample Wire · 2017-07-12 · 4 paragraphs\n/);
    expect(await say('/search zeppelin accord')).toContain('Lawmakers weigh a zeppelin accord');
    const removed = (await say('/remove example-wire-2017-07-lawmakers-weigh-a-zeppelin-accord'))!;
    expect(removed).toBe('Removed "Lawmakers weigh a zeppelin accord" (example-wire-2017-07-lawmakers-weigh-a-zeppelin-accord); example-wire-2017-07-lawmakers-weigh-a-zeppelin-accord.md was deleted.\nThe corpus now has 1 article.');
    expect(readdirSync(store.dir)).toHaveLength(1);
  });

  it('refusals are one sentence', async () => {
    expect(await say(`/add ${server.base}/zeppelin`, [])).toBe('The link points to a loopback address (127.0.0.1), which the bot does not fetch.');
    expect(await say('/add ftp://example.com/x')).toBe('Only http and https links can be added, not ftp: links.');
    expect(await say('/add')).toBe('Type a link or a file after /add, e.g. /add https://example.com/news/story.');
    expect(readdirSync(store.dir)).toHaveLength(1);
  });
});
