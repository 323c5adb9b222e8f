import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine } from '../../src/engine.ts';
import { askSearch, questionPhraseTerms } from '../../src/search/ask.ts';
import { dateTermsOf } from '../../src/search/date-terms.ts';
import { expandQuestion } from '../../src/search/expand.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { baseForms, dictionaryForms, WordNet } from '../../src/search/wordnet.ts';
import { processTerm } from '../../src/text/terms.ts';
import type { TimelineEvent } from '../../src/timeline/types.ts';
import { article, removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';

afterAll(removeTempCorpora);

describe('WordNet look-ups from the database files', () => {
  const wn = new WordNet();

  it('finds lemmas by binary search, with senses in frequency order, in a few reads', () => {
    expect(wn.available).toBe(true);
    const before = wn.reads;
    const quit = wn.lemma('quit', 'verb');
    expect(quit).not.toBeNull();
    expect(wn.reads - before).toBeLessThanOrEqual(12);
    const senses = quit!.synsetOffsets.map((o) => wn.synset('verb', o, 'quit')!.words);
    expect(senses.some((w) => w.includes('step_down') && w.includes('resign'))).toBe(true);
    expect(wn.lemma('zzzzqx', 'noun')).toBeNull();
    expect(wn.lemma('aardvark', 'noun')?.lemma).toBe('aardvark');
    expect(wn.lemma('zymurgy', 'noun')?.lemma).toBe('zymurgy');
  });

  it('gives derived words of a sense and strips syntactic markers', () => {
    const found = wn.lemma('found', 'verb')!;
    const derived = found.synsetOffsets.flatMap((o) => wn.synset('verb', o, 'found')!.derived);
    expect(derived).toContain('founder');
    const awaited = wn.lemma('awaited', 'adj')!;
    expect(wn.synset('adj', awaited.synsetOffsets[0]!, 'awaited')!.words).toContain('awaited');
  });

  it('guesses dictionary forms of inflected words', () => {
    expect(baseForms('stepped')).toContain('step');
    expect(baseForms('captured')).toContain('capture');
    expect(baseForms('bodies')).toContain('body');
    expect(baseForms('running')).toContain('run');
  });

  it('gives nothing, without failing, when the database is missing', () => {
    const none = new WordNet(null);
    expect(none.available).toBe(false);
    expect(none.lemma('quit', 'verb')).toBeNull();
  });
});

describe('question expansion', () => {
  it('adds synonyms of frequent senses at a lower weight, standing for their question term', () => {
    const { expansions } = expandQuestion('Which official decided to quit?');
    const stepDown = expansions.find((e) => e.terms.join(' ') === 'step down');
    expect(stepDown?.source).toBe(processTerm('quit'));
    expect(stepDown!.weight).toBeLessThan(1);
    expect(expansions.every((e) => e.weight > 0 && e.weight < 1)).toBe(true);
  });

  it('expands a phrasal verb as a whole and news abbreviations of titles', () => {
    const x = expandQuestion('Which senator stepped down?');
    expect(x.absorbed.has('down')).toBe(true);
    expect(x.expansions.some((e) => e.terms.join(' ') === 'resign')).toBe(true);
    expect(x.expansions.find((e) => e.terms.join(' ') === 'sen')?.source).toBe(processTerm('senator'));
  });

  it('leaves names and numbers alone and stays bounded', () => {
    const { expansions } = expandQuestion('Did Smith visit Paris in 2018 to meet the president and the minister of the army?');
    expect(expansions.some((e) => e.source === processTerm('Paris') || e.source === processTerm('Smith') || e.source === '2018')).toBe(false);
    expect(expansions.length).toBeLessThanOrEqual(36);
  });

  it('adds news paraphrases and the general words of a sense, below synonyms and exact words', () => {
    const x = expandQuestion('Were the tourists murdered?');
    const murder = x.expansions.filter((e) => e.source === processTerm('murdered'));
    const slain = murder.find((e) => e.terms.includes(processTerm('slain')!));
    expect(slain?.weight).toBeGreaterThan(0);
    expect(slain!.weight).toBeLessThan(1);
    expect(x.expansions.some((e) => e.source === processTerm('tourists') && e.terms.includes(processTerm('foreigners')!))).toBe(true);
    const wn = new WordNet();
    const slay = wn.lemma('slay', 'verb')!;
    expect(wn.synset('verb', slay.synsetOffsets[0]!, 'slay')!.hypernyms).toContain('kill');
  });

  it('expands irregular verb forms through their dictionary form, and common news paraphrases', () => {
    expect(dictionaryForms('told')).toContain('tell');
    expect(dictionaryForms('arrested')).toContain('arrest');
    const told = expandQuestion('Was the council told in advance?').expansions;
    expect(told.some((e) => e.source === processTerm('told') && e.terms.includes(processTerm('notified')!))).toBe(true);
    const caught = expandQuestion('Where was the gunman captured?').expansions;
    expect(caught.some((e) => e.source === processTerm('captured') && e.terms.includes(processTerm('arrested')!))).toBe(true);
    const ads = expandQuestion('Will the app show ads?').expansions;
    expect(ads.some((e) => e.terms.includes(processTerm('advertising')!))).toBe(true);
    // Paraphrases never stand above the question's own word.
    expect([...told, ...caught, ...ads].every((e) => e.weight < 1)).toBe(true);
  });

  it('does not expand a lower-case word into the proper name WordNet also lists', () => {
    const x = expandQuestion('When did the strike began?');
    expect(x.expansions.some((e) => e.terms.includes('menachem'))).toBe(false);
    expect(x.expansions.some((e) => e.terms.includes(processTerm('start')!))).toBe(true);
  });

  it('drops the words of a "how ..." question phrase', () => {
    expect([...questionPhraseTerms('How long did the blackout last?')]).toEqual([processTerm('long')]);
    expect(questionPhraseTerms('Why did the long blackout last?').size).toBe(0);
    // The frame of a question: "manage to", "end up", "do for a living", "at the time of".
    expect([...questionPhraseTerms('How did the crew manage to end up in port at the time of the storm?')].sort()).toEqual([processTerm('end'), processTerm('manage'), processTerm('time')].sort());
    expect([...questionPhraseTerms('What did the mayor do for a living?')]).toEqual([processTerm('living')]);
  });
});

describe('asking a small corpus', () => {
  const paragraphs = [
    'The governor’s office said the budget vote would come next month.',
    'Gov. Sam Hill will step down next month, his office said in a statement.',
    'Weather in the capital stayed mild for the season.',
  ];
  const load = async () => (await loadCorpus(tempCorpus({ 'a.md': article('Capital notes', paragraphs, { published: '2019-03-02' }) }))).articles;

  it('finds a paragraph that answers in other words only with expansion on', async () => {
    const index = SearchIndex.build(await load());
    const q = 'Did the governor quit?';
    expect(askSearch(index, q, { expand: false })[0]?.paragraph.n).toBe(1);
    expect(askSearch(index, q)[0]?.paragraph.n).toBe(2);
    // Plain keyword search is unchanged.
    expect(index.search(q)[0]?.paragraph.n).toBe(1);
  });

  it('finds a paragraph told with news paraphrases, which keyword coverage alone misses', async () => {
    const dir = tempCorpus({
      'news.md': article('Coast news', ['Two foreigners were slain near the harbour on Friday.', 'The harbour reopened to boats on Monday.'], { published: '2019-03-02' }),
      'other.md': article('Inland news', ['Two tourists were murdered in the hills, the police said.'], { published: '2019-03-02' }),
    });
    const index = SearchIndex.build((await loadCorpus(dir)).articles);
    const hits = askSearch(index, 'Were tourists murdered near the harbour?');
    expect(hits.map((h) => `${h.article.id}#${h.paragraph.n}`).slice(0, 2).sort()).toEqual(['news#1', 'other#1']);
    expect(askSearch(index, 'Were tourists murdered near the harbour?', { expand: false }).some((h) => h.article.id === 'news' && h.paragraph.n === 1 && h.coverage > 0.5)).toBe(false);
  });

  it('prefers the article that also holds the question\'s other words when a name is in several', async () => {
    const dir = tempCorpus({
      'a.md': article('Town notes', ['Rundqvist was there for an hour.', 'The boats raced in a strong wind.'], { published: '2019-03-02' }),
      'b.md': article('Town diary', ['At the ceremony, Rundqvist was there for an hour.', 'The new library opened on Monday with 40,000 books.'], { published: '2019-03-02' }),
    });
    const index = SearchIndex.build((await loadCorpus(dir)).articles);
    const q = 'Was Rundqvist at the library?';
    const order = (w?: number) => askSearch(index, q, w === undefined ? {} : { articleWeight: w }).map((h) => `${h.article.id}#${h.paragraph.n}`).filter((k) => k !== 'b#2');
    expect(order(0)[0]).toBe('a#1');
    expect(order()[0]).toBe('b#1');
  });

  it('never lets a function word carry a match ("will" of "how long will repairs take?")', async () => {
    const index = SearchIndex.build(await load());
    expect(askSearch(index, 'How long will repairs take?')).toEqual([]);
    expect(askSearch(index, 'Will the weather stay mild?')[0]?.paragraph.n).toBe(3);
  });

  it('prefers a paragraph with a duration for "how long" questions', async () => {
    const dir = tempCorpus({
      'works.md': article('Road works', ['Repairs to the bridge will begin soon, the council said.', 'The repairs will take about six weeks, the engineer said.'], { published: '2019-03-02' }),
    });
    const index = SearchIndex.build((await loadCorpus(dir)).articles);
    expect(askSearch(index, 'How long will the repairs take?')[0]?.paragraph.n).toBe(2);
  });

  it('matches a year in a question to "last year" in an article of the next year', async () => {
    const dir = tempCorpus({
      'city.md': article('Streets in winter', ['In 2017, the city filled 198,000 potholes.', 'Last year, the city filled 255,904 potholes, most of them in the outer boroughs after a hard winter.'], {
        published: '2019-02-21',
      }),
    });
    const engine = Engine.build(await loadCorpus(dir));
    const r = engine.ask('How many potholes did the city fill in 2018?');
    expect(r.results[0]?.citation.paragraph).toBe(2);
  });

  it('maps resolved event dates to the question terms they stand for', () => {
    const ev = (date: string, expression: string, paragraph: number): TimelineEvent => ({ date, precision: 'year', expression, modifier: null, text: '', sources: [{ article: 'a', paragraph }] });
    const events = [ev('2018', 'Last year', 3), ev('2018', 'in 2018', 4), ev('2017', 'in 2017', 5), ev('2018-12', 'last month', 6)];
    const m = dateTermsOf(events, 'What happened in 2018 and in December?', ['happen', '2018', processTerm('December')!]);
    expect([...(m.get('a#3') ?? [])]).toEqual(['2018']);
    expect(m.has('a#4')).toBe(false);
    expect(m.has('a#5')).toBe(false);
    expect([...(m.get('a#6') ?? [])].sort()).toEqual(['2018', processTerm('December')].sort());
  });

  it('counts words only the title holds below words of the paragraph itself', async () => {
    const dir = tempCorpus({
      'a.md': article('Harbour crane collapses', ['Workers were clearing the quay on Monday.', 'A harbour crane collapsed onto the quay on Monday.'], { published: '2019-03-02' }),
    });
    const index = SearchIndex.build((await loadCorpus(dir)).articles);
    const hits = askSearch(index, 'What collapsed onto the quay at the harbour?');
    expect(hits[0]?.paragraph.n).toBe(2);
    expect(hits.find((h) => h.paragraph.n === 1)!.coverage).toBeLessThan(hits[0]!.coverage);
  });

  it('lets the paragraph before supply what "she" or "the group" refers to, at a lower weight', async () => {
    const dir = tempCorpus({
      'a.md': article('Town notes', ['Fans of the river club have formed a supporters group.', '“We will march on Monday,” says Ilse Varga, who leads the group.'], { published: '2019-03-02' }),
    });
    const index = SearchIndex.build((await loadCorpus(dir)).articles);
    const q = 'Who leads the river club supporters group?';
    const coverage = (previousWeight?: number) => askSearch(index, q, previousWeight === undefined ? {} : { previousWeight }).find((h) => h.paragraph.n === 2)!.coverage;
    expect(coverage()).toBeGreaterThan(coverage(0));
    expect(coverage()).toBeLessThan(1);
  });

  it('puts one sentence that holds the whole question above a paragraph that spreads its words over several', async () => {
    const dir = tempCorpus({
      'a.md': article('Coast notes', [
        'The ferry left the port early. A captain spoke later. Crews counted damage on the quay. The storm had passed by noon.',
        'On the quay, crews worked through the night and into the morning. The ferry captain counted the storm damage in the port. Volunteers served soup to the crews.',
      ], { published: '2019-03-02' }),
    });
    const index = SearchIndex.build((await loadCorpus(dir)).articles);
    const q = 'Who counted the storm damage of the ferry in the port?';
    expect(askSearch(index, q)[0]?.paragraph.n).toBe(2);
    expect(askSearch(index, q, { sentenceWeight: 0, sentenceMix: 0 })[0]?.paragraph.n).toBe(1);
  });

  it('ranks a subhead below the paragraph under it that holds the same words', async () => {
    const dir = tempCorpus({
      'a.md': article('Coast notes', ['Storm damage on the coast', 'The storm damaged forty homes along the coast, officials said on Monday.'], { published: '2019-03-02' }),
    });
    const index = SearchIndex.build((await loadCorpus(dir)).articles);
    const q = 'What storm damage hit the coast?';
    expect(askSearch(index, q)[0]?.paragraph.n).toBe(2);
    expect(askSearch(index, q, { headingFactor: 1 })[0]?.paragraph.n).toBe(1);
  });

  it('matches an acronym of the question to its spelled-out form in a paragraph', async () => {
    const dir = tempCorpus({
      'a.md': article('Budget notes', ['The Regional Transit Authority estimated the line would cost $2 billion.', 'The line would cost riders more, a survey estimated.'], { published: '2019-03-02' }),
    });
    const index = SearchIndex.build((await loadCorpus(dir)).articles);
    expect(askSearch(index, 'What did the RTA estimate the line would cost?')[0]?.paragraph.n).toBe(1);
  });
});

