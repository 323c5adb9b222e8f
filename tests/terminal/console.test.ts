import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConsoleLine } from '../../src/terminal/console-commands.ts';
import { answerCommand } from '../../src/terminal/console.ts';
import { CorpusStore } from '../../src/store.ts';
import { article, BUNDLED_CORPUS, removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { runEntry } from '../helpers/run.ts';

afterAll(removeTempCorpora);

describe('console command parsing', () => {
  it.each([
    ['/search cyber unit', { name: 'search', text: 'cyber unit' }],
    ['/who said dumbest idea', { name: 'who-said', text: 'dumbest idea' }],
    ['/who is Graham', { name: 'who-is', text: 'Graham' }],
    ['/quotes', { name: 'quotes', speaker: null }],
    ['/timeline Trump Jr --from 2017-07-08', { name: 'timeline', about: 'Trump Jr', from: '2017-07-08', to: null }],
    ['what happened on Friday?', { name: 'free', text: 'what happened on Friday?' }],
    ['/nope', { name: 'unknown', word: 'nope' }],
    ['   ', { name: 'empty' }],
  ])('%s', (line, expected) => {
    expect(parseConsoleLine(line)).toEqual(expected);
  });
});

describe('console answers', () => {
  let store: CorpusStore;
  beforeAll(async () => {
    store = await CorpusStore.open(BUNDLED_CORPUS);
  });
  const say = (line: string) => answerCommand(store, parseConsoleLine(line), false);

  it('answers a search with an excerpt and a numbered citation', async () => {
    const out = (await say('/search dumbest idea'))!;
    expect(out).toMatch(/^\[1\] .*\*dumbest\* \*idea\*/m);
    expect(out).toMatch(/\[1\] Trump on his 'impenetrable' cybersecurity unit with Putin: I didn't mean it, CNBC, 2017-07-10, \u00b613/);
  });

  it('says why when a query is empty or finds nothing', async () => {
    expect(await say('/search   ')).toMatch(/empty/);
    expect(await say('/ask zebra quantum mechanics')).toMatch(/Nothing in the corpus matches/);
    expect(await say('/frob')).toMatch(/Unknown command \/frob/);
  });

  it('routes free text like a mention and follows up on the last answer', async () => {
    const memory = { context: null };
    const first = (await answerCommand(store, parseConsoleLine('who called it the dumbest idea?'), false, memory))!;
    expect(first).toMatch(/^\[1\] Lindsey Graham \(direct\)/m);
    const next = (await answerCommand(store, parseConsoleLine('and what did he say?'), false, memory))!;
    expect(next).toMatch(/Lindsey Graham/);
    expect(next).toMatch(/\u00b613/);
    const when = (await answerCommand(store, parseConsoleLine('when did Trump meet Putin?'), false, memory))!;
    expect(when).toMatch(/2017-07-07/);
  });

  it('lists articles and help, and quits', async () => {
    expect(await say('/articles')).toMatch(/CNBC, 2017-07-10, 27 paragraphs/);
    expect(await say('/help')).toMatch(/\/who said <quote>/);
    expect(await say('/quit')).toBeNull();
  });

  it('reloads and reports an added article', async () => {
    const dir = tempCorpus({}, true);
    const own = await CorpusStore.open(dir);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/new-story.md`, article('New story', ['A zeppelin landed in the harbour.']));
    const out = (await answerCommand(own, parseConsoleLine('/reload'), false))!;
    expect(out).toMatch(/added: new-story/);
    expect(await answerCommand(own, parseConsoleLine('/search zeppelin'), false)).toMatch(/\u00b61/);
  });
});

describe('npm start without a token', () => {
  it('answers piped commands on the bundled corpus and exits at end of input', async () => {
    const r = await runEntry('src/main.ts', [], { input: '/search dumbest idea\n/articles\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\u00b613');
    expect(r.stdout).toContain('27 paragraphs');
    expect(r.stdout.includes("\u001b[")).toBe(false); // no colour when piped
  });
});
