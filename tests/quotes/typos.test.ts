/** Typos forgiven: a console command, a person's name, the words of a quote. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.ts';
import { PeopleLookup } from '../../src/quotes/people-lookup.ts';
import type { Person } from '../../src/quotes/types.ts';
import { CorpusStore } from '../../src/store.ts';
import { parseConsoleLine } from '../../src/terminal/console-commands.ts';
import { answerCommand } from '../../src/terminal/console.ts';
import { article, removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { syntheticArticle } from '../timeline/helpers/markdownArticle.ts';

afterAll(removeTempCorpora);

const person = (name: string, aliases: string[], quotes: number): Person => ({ name, aliases, roles: [], quotes, mentions: quotes, articles: ['a'] });

const PARAGRAPHS = [
  'Harbour master Oskar Velloni said the new quay was "the silliest scheme this council has ever approved, and the costliest."',
  'Mayor Jane Roe said the quay would bring ferries back to the town by the spring.',
];

describe('people lookup with typos', () => {
  const lookup = new PeopleLookup([person('Oskar Velloni', ['Velloni'], 3), person('Jane Roe', ['Roe', 'Mayor Jane Roe'], 2), person('Jan Rowe', ['Rowe'], 0)]);

  it('finds a name with a swapped or missing letter, as exact look-up would', () => {
    expect(lookup.find('Vellnoi')).toBeNull();
    expect(lookup.findLoosely('Vellnoi')?.name).toBe('Oskar Velloni');
    expect(lookup.findLoosely('velloni')?.name).toBe('Oskar Velloni');
    expect(lookup.findLoosely('Oskar Veloni')?.name).toBe('Oskar Velloni');
    expect(lookup.findLoosely('Mayor Jane Rooe')?.name).toBe('Jane Roe');
  });

  it('finds nobody when no name is that near, or the name is too short to guess', () => {
    expect(lookup.findLoosely('Hartmann')).toBeNull();
    expect(lookup.findLoosely('Vxxxxni')).toBeNull();
    expect(lookup.findLoosely('Ro')).toBeNull();
  });
});

describe('who said, with typos', () => {
  const engine = Engine.build({ dir: '/nowhere', articles: [syntheticArticle('2022-04-01', PARAGRAPHS)], problems: [] });

  it('finds the quote whose words were mistyped', () => {
    expect(engine.whoSaid('silliest schem').matches[0]?.speaker).toBe('Oskar Velloni');
    expect(engine.whoSaid('the sillest sceme the councel approved').matches[0]?.speaker).toBe('Oskar Velloni');
  });

  it('still rejects a line nobody said', () => {
    expect(engine.whoSaid('the weather was lovely at the seaside').matches).toEqual([]);
    expect(engine.whoSaid('the budget will cut schools').matches).toEqual([]);
  });

  it('the engine answers a mistyped name with the nearest person, and says so', () => {
    const answer = engine.quotes('Vellnoi');
    expect(answer.person?.name).toBe('Oskar Velloni');
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(answer.notice).toMatch(/Nobody is called "Vellnoi"; the nearest name is Oskar Velloni\./);
  });
});

describe('console typos', () => {
  let store: CorpusStore;
  beforeAll(async () => {
    store = await CorpusStore.open(tempCorpus({ 'a.md': article('Quay', PARAGRAPHS, { published: '2022-04-01' }) }));
  });
  const say = async (line: string) => (await answerCommand(store, parseConsoleLine(line), false))!;

  it('an unknown command suggests the closest one', async () => {
    expect(await say('/serch quay')).toMatch(/^Unknown command \/serch \(did you mean \/search\?\)\. Type \/help for the list\.$/);
    expect(await say('/timline')).toMatch(/did you mean \/timeline\?/);
    expect(await say('/frobnicate')).toBe('Unknown command /frobnicate. Type /help for the list.');
  });

  it('/who is and /who said forgive typos', async () => {
    expect(await say('/who is vellnoi')).toMatch(/Oskar Velloni/);
    expect(await say('/who said silliest schem')).toMatch(/Oskar Velloni/);
  });
});
