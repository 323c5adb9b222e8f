/**
 * The eight saved news pages (tests/fixtures/ingest-pages, from Readability's test suite), each
 * added by URL from a local server into a copy of the bundled corpus: body text found, furniture
 * dropped, metadata right, and who-said finding one of the page's quotes afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.ts';
import { addArticle, type AddResult } from '../../src/ingest/ingest.ts';
import { CorpusStore } from '../../src/store.ts';
import { removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { EXPECTED, PAGES, pagePath, startPageServer, type PageServer } from './page-server.ts';

/**
 * What each page's metadata must be. Where Readability is wrong (README of the fixtures): the
 * Guardian's title carries " | author", Seattle's byline is a date line, Herald Sun's byline
 * belongs to a teaser (its author markup says Laurie Oakes), the Telegraph's later datePublished
 * items belong to linked stories, Yahoo's first datePublished is a video's, and the New York
 * Times' URL has the print date (one day after publication).
 */
const META: Record<string, { title: string; source: string; published: string | null; authors: string[] }> = {
  'ars-1': { title: 'Just-released Minecraft exploit makes it easy to crash game servers', source: 'Ars Technica', published: '2015-04-16', authors: ['Dan Goodin'] },
  'buzzfeed-1': { title: 'Student Dies After Diet Pills She Bought Online "Burned Her Up From Within"', source: 'BuzzFeed', published: '2015-04-21', authors: ['Mark Di Stefano'] },
  'guardian-1': { title: "'What is the sea telling us?': Māori tribes fearful over whale strandings", source: 'the Guardian', published: '2019-01-03', authors: ['Eleanor Ainge Roy'] },
  'herald-sun-1': { title: 'Angry media won’t buckle over new surveillance laws', source: 'HeraldSun', published: '2015-03-13', authors: ['Laurie Oakes'] },
  'nytimes-2': { title: 'Yahoo’s Sale to Verizon Leaves Shareholders With Little Say', source: 'nytimes.com', published: '2016-07-29', authors: ['Steven Davidoff Solomon'] },
  'seattletimes-1': { title: 'Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of Amazon’s strategy with Whole Foods', source: 'The Seattle Times', published: '2019-04-28', authors: ['Benjamin Romano'] },
  telegraph: { title: "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate", source: 'The Telegraph', published: '2017-11-16', authors: [] },
  'yahoo-3': { title: 'Veteran Wraps Baby in American Flag, Photo Sparks Controversy', source: 'Yahoo', published: '2015-03-11', authors: ['Gillian Mohney'] },
};

/**
 * Every paragraph we keep that is not one of Readability's body <p>: subheads, standfirsts and a
 * code block, all article text. Nothing here is a caption, prompt, bio or print line.
 */
const KEPT_NOT_BODY: Record<string, string[]> = {
  'ars-1': ['Two-year-old bug exposes thousands of servers to crippling attack.', 'rekt: { list: [ list: [ list: [ list: [ list: [ list: [ ] list: [ ] list: [ ] list: [ ] ... ] ... ] ... ] ... ] ... ] ... }'],
  'buzzfeed-1': [
    'The mother of a woman who took suspected diet pills bought online has described how her daughter was “literally burning up from within” moments before her death.',
    'Fiona Parry issued a plea for people to stay away from pills containing the chemical.',
  ],
  'guardian-1': ['‘Unprecedented’ strandings', '‘We need to listen’'],
  'herald-sun-1': [],
  'nytimes-2': [],
  'seattletimes-1': [],
  telegraph: [],
  'yahoo-3': [],
};

/** A quote of each page, as a reader would paste it into who-said, and who said it. */
const QUOTE: Record<string, { text: string; speaker: RegExp }> = {
  'ars-1': { text: 'I thought a lot before writing this post', speaker: /Askar/ },
  'buzzfeed-1': { text: 'DNP is not a miracle slimming pill. It is a deadly toxin.', speaker: /Parry/ },
  'guardian-1': { text: 'We are not foreigners in this land', speaker: /Parata|Kaurinui/ },
  'herald-sun-1': { text: 'These legitimate concerns cannot be addressed effectively short of exempting journalists and media organisations', speaker: /Weisbrot/ },
  'nytimes-2': { text: 'it has no plans to do this', speaker: /Alibaba/ },
  'seattletimes-1': { text: 'When you look at nice halibut, I mean it is pure white', speaker: /Bassi/ },
  telegraph: { text: 'he was confined to his home but was otherwise fine', speaker: /Mugabe|South Africa/ },
  'yahoo-3': { text: 'This is what he was fighting for, his son wrapped in an American flag', speaker: /Hicks/ },
};

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

let server: PageServer;
let store: CorpusStore;
const added = new Map<string, { result: AddResult; article: Article }>();

beforeAll(async () => {
  server = await startPageServer();
  store = await CorpusStore.open(tempCorpus({}, true), { worker: false });
  for (const name of PAGES) {
    const result = await addArticle(store, { type: 'url', url: `${server.base}${pagePath(name)}` }, { limits: { allowHosts: ['127.0.0.1'] } });
    added.set(name, { result, article: store.engine.corpus.articles.find((a) => a.id === result.id)! });
  }
}, 120_000);

afterAll(async () => {
  await server?.close();
  removeTempCorpora();
});

describe.each(PAGES)('%s added by URL', (name) => {
  it("finds at least 98% of Readability's body paragraphs", () => {
    const kept = new Set(added.get(name)!.article.paragraphs.map((p) => norm(p.text)));
    const body = EXPECTED[name]!.body;
    const missing = body.filter((p) => !kept.has(p));
    expect(missing.length, `missing:\n${missing.join('\n')}`).toBeLessThanOrEqual(Math.floor(body.length * 0.02));
  });

  it('keeps nothing but body text, subheads and standfirsts (the full list per page)', () => {
    const body = new Set(EXPECTED[name]!.body);
    const extra = added.get(name)!.article.paragraphs.map((p) => norm(p.text)).filter((p) => !body.has(p));
    expect(extra).toEqual(KEPT_NOT_BODY[name]);
  });

  it("drops the captions, prompts, teasers, bios and print lines Readability keeps", () => {
    const kept = new Set(added.get(name)!.article.paragraphs.map((p) => norm(p.text)));
    for (const p of EXPECTED[name]!.notBody) expect(kept.has(p), p).toBe(false);
  });

  it('has the right title, source, publication day, authors and canonical URL', () => {
    const { result } = added.get(name)!;
    expect({ title: result.title, source: result.source, published: result.published, authors: result.authors }).toEqual(META[name]);
    expect(result.url).toBe(EXPECTED[name]!.canonical);
    expect(result.file).toBe(`${result.id}.md`);
    expect(result.warnings).toEqual([]);
  });

  it('who-said then finds a quote of the page', () => {
    const { article } = added.get(name)!;
    const answer = store.engine.whoSaid(QUOTE[name]!.text);
    const top = answer.matches[0];
    expect(top, JSON.stringify(answer.notice)).toBeDefined();
    expect(top!.citation.article).toBe(article.id);
    expect(top!.speaker ?? '').toMatch(QUOTE[name]!.speaker);
  });
});

describe('the server saw', () => {
  it('one request per page, each with a user agent naming the bot', () => {
    expect(server.requests.map((r) => r.path).sort()).toEqual(PAGES.map(pagePath).sort());
    for (const r of server.requests) expect(r.userAgent).toMatch(/^StorydeskBot\//);
  });

  it('every page turned into a corpus article in one folder, all answerable', () => {
    expect(store.engine.stats.articles).toBe(1 + PAGES.length);
    expect(store.engine.corpus.problems).toEqual([]);
  });
});
