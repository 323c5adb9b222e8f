/**
 * The engine: a built corpus (search index, quotes, people, timeline) and the questions it
 * answers, as plain answer objects with citations. It knows nothing of Discord or terminals.
 */
import type {
  ArticleItem,
  ArticlesAnswer,
  EventItem,
  PeopleAnswer,
  PersonItem,
  QuoteItem,
  QuotesAnswer,
  SearchAnswer,
  SearchResult,
  StoryAnswer,
  TimelineAnswer,
  WhoSaidAnswer,
  WhoSaidMatchItem,
  QuoteVariant,
} from './answers.ts';
import { cite, firstSentenceish } from './corpus/citation.ts';
import { Duplicates } from './corpus/duplicates.ts';
import type { Article, Citation, Corpus } from './corpus/types.ts';
import { buildQuoteData, QuoteFinder } from './quotes/index.ts';
import type { PeopleLookup } from './quotes/people-lookup.ts';
import { StatementIndex } from './quotes/statement-index.ts';
import { groupStatements } from './quotes/statements.ts';
import type { Person, Quote, QuoteData } from './quotes/types.ts';
import { askSearch } from './search/ask.ts';
import { dateTermsOf } from './search/date-terms.ts';
import { DEFAULT_EXCERPT_LENGTH, makeExcerpt } from './search/excerpt.ts';
import { SearchIndex } from './search/index.ts';
import { cleanQuery } from './text/query.ts';
import { terms } from './text/terms.ts';
import { checkDateBounds } from './timeline/date-bounds.ts';
import { markCuts, passageIn } from './timeline/event-passages.ts';
import { mergeAcrossArticles } from './timeline/events-merge.ts';
import { extractEvents, selectPage } from './timeline/index.ts';
import type { TimelineEvent } from './timeline/types.ts';

export interface EngineOptions {
  excerptLength?: number;
  /**
   * false: every quote is a statement of its own and no passage folds into another (no "also"), as before merging
   * across articles; the benchmark compares query latency with and without merging. Default true.
   */
  merge?: boolean;
}

export interface EngineStats {
  articles: number;
  paragraphs: number;
  quotes: number;
  people: number;
  events: number;
}

/** The parts an engine is made of; what a cache saves and restores. */
export interface EngineParts {
  search: SearchIndex;
  quotes: QuoteData;
  events: TimelineEvent[];
}

/** Build time of each stage, in milliseconds. */
export interface BuildTimings {
  search: number;
  quotes: number;
  timeline: number;
  /** Quotes grouped into statements and events merged across articles. */
  merge: number;
  /** Parallel build only: wall time of reading, parsing and extracting on worker threads (search indexed meanwhile, in `search`). */
  extract?: number;
  /** Parallel build only: worker threads used. */
  workers?: number;
}

/** What merging across articles did: quotes and events before and after. */
export interface MergeCounts {
  quotes: number;
  statements: number;
  eventsBefore: number;
  eventsAfter: number;
}

/** Best-matching paragraphs a timeline topic falls back to when no paragraph holds all its words. */
const ABOUT_FALLBACK_PARAGRAPHS = 8;

/** Extra hits fetched so that folding word-for-word copies still fills the page. */
const FOLD_ROOM = 5;

export class Engine {
  readonly corpus: Corpus;
  readonly stats: EngineStats;
  readonly parts: EngineParts;
  private readonly excerptLength: number;
  private readonly merging: boolean;
  private readonly articlesById: Map<string, Article>;
  private readonly finder: QuoteFinder;

  /** `people`: the lookup of parts.quotes.people when made ahead (a reload makes it in slices). */
  constructor(corpus: Corpus, parts: EngineParts, options: EngineOptions = {}, people?: PeopleLookup) {
    this.corpus = corpus;
    this.parts = parts;
    this.excerptLength = options.excerptLength ?? DEFAULT_EXCERPT_LENGTH;
    this.merging = options.merge !== false;
    this.articlesById = new Map(corpus.articles.map((a) => [a.id, a]));
    this.finder = new QuoteFinder(parts.quotes, corpus.articles, people);
    this.stats = {
      articles: corpus.articles.length,
      paragraphs: parts.search.size,
      quotes: parts.quotes.quotes.length,
      people: parts.quotes.people.length,
      events: parts.events.length,
    };
  }

  /** Builds every part from a loaded corpus; `timings` receives each stage's duration. */
  static build(corpus: Corpus, options: EngineOptions = {}, timings?: BuildTimings): Engine {
    const t0 = performance.now();
    const search = SearchIndex.build(corpus.articles);
    const t1 = performance.now();
    const quotes = buildQuoteData(corpus.articles);
    const t2 = performance.now();
    const extracted = extractEvents(corpus.articles);
    const t3 = performance.now();
    // One story, many sources: one item per statement, one event per happening, across articles.
    const merging = options.merge !== false;
    if (merging) quotes.statement = groupStatements(quotes.quotes);
    const events = merging ? mergeAcrossArticles(extracted).events : extracted;
    const t4 = performance.now();
    if (timings) Object.assign(timings, { search: t1 - t0, quotes: t2 - t1, timeline: t3 - t2, merge: t4 - t3 });
    return Engine.assembled(corpus, { search, quotes, events }, extracted.length, options);
  }

  /**
   * An engine from parts built elsewhere (the parallel build, src/build/), quotes already grouped
   * into statements and events merged across articles (`eventsBefore` of them before the merge).
   */
  static assembled(corpus: Corpus, parts: EngineParts, eventsBefore: number, options: EngineOptions = {}): Engine {
    const engine = new Engine(corpus, parts, options);
    const { quotes, events } = parts;
    engine.merged = { quotes: quotes.quotes.length, statements: options.merge !== false ? new Set(quotes.statement).size : quotes.quotes.length, eventsBefore, eventsAfter: events.length };
    return engine;
  }

  /** Set by build: what merging across articles did. */
  merged: MergeCounts | null = null;

  private statementIndex: StatementIndex | null = null;
  private get statements(): StatementIndex {
    this.statementIndex ??= new StatementIndex(this.merging ? this.parts.quotes : { ...this.parts.quotes, statement: this.parts.quotes.quotes.map((_, i) => i) });
    return this.statementIndex;
  }

  private duplicateIndex: Duplicates | null = null;

  /** Hands over the duplicates index made ahead for these articles (a reload makes it in slices before the swap). */
  withDuplicates(duplicates: Duplicates): this {
    this.duplicateIndex = duplicates;
    return this;
  }

  private get duplicates(): Duplicates {
    this.duplicateIndex ??= new Duplicates(this.merging ? this.corpus.articles : []);
    return this.duplicateIndex;
  }

  /** Distinct articles among places, near-duplicate articles counted once. */
  private sourceCount(articles: Iterable<string>): number {
    const origins = new Set<string>();
    for (const a of articles) origins.add(this.duplicates.originOf(a));
    return origins.size;
  }

  /** Events by "article#paragraph", made on first use (ask's date matching looks up its candidates only). */
  private eventsByPlace: Map<string, TimelineEvent[]> | null = null;

  /** The events told in these paragraphs. */
  private eventsOf(places: Array<{ article: Article; paragraph: { n: number } }>): TimelineEvent[] {
    if (!this.eventsByPlace) {
      const map = new Map<string, TimelineEvent[]>();
      for (const e of this.parts.events) {
        for (const s of e.sources) {
          const k = `${s.article}#${s.paragraph}`;
          const list = map.get(k);
          if (list) list.push(e);
          else map.set(k, [e]);
        }
      }
      this.eventsByPlace = map;
    }
    const out = new Set<TimelineEvent>();
    for (const p of places) for (const e of this.eventsByPlace.get(`${p.article.id}#${p.paragraph.n}`) ?? []) out.add(e);
    return [...out];
  }

  /** Builds the indexes that are otherwise made on first use, so no question pays for them. */
  warm(): this {
    this.finder.warm();
    void this.statements;
    void this.duplicates;
    return this;
  }

  private article(id: string): Article {
    const a = this.articlesById.get(id);
    if (!a) throw new Error(`unknown article ${id}`);
    return a;
  }

  private corpusEmptyNotice(): string | undefined {
    return this.corpus.articles.length === 0 ? 'The corpus holds no articles yet: add Markdown files to the corpus folder and reload.' : undefined;
  }

  /** Paragraphs that match a query, best first, each with an excerpt and a citation. */
  search(query: string, options: { limit?: number } = {}): SearchAnswer {
    return this.findPassages('search', query, options.limit ?? 5);
  }

  /** A natural question: question and stop words dropped, best paragraph first, with the best sentence as `answer`. */
  ask(question: string, options: { limit?: number } = {}): SearchAnswer {
    return this.findPassages('ask', question, options.limit ?? 5);
  }

  private findPassages(kind: 'search' | 'ask', raw: string, limit: number): SearchAnswer {
    const clean = cleanQuery(raw, kind === 'ask' ? 'question' : 'query');
    if (!clean.ok) return { kind, query: raw, results: [], notice: clean.reason };
    const query = clean.text;
    const empty = this.corpusEmptyNotice();
    if (empty) return { kind, query, results: [], notice: empty };
    if (terms(query).length === 0) {
      return { kind, query, results: [], notice: `"${query}" has only common words that the index ignores: add a name, a place or a distinctive word.` };
    }
    // ask: question-phrase words dropped, expansions, dates resolved by the timeline, best-sentence re-ranking (search/ask.ts).
    // More hits than asked for: word-for-word copies of a passage fold into one result.
    const run = (n: number) =>
      kind === 'ask'
        ? askSearch(this.parts.search, query, { limit: n, dateTerms: (q, qt, places) => dateTermsOf(this.eventsOf(places), q, qt) })
        : this.parts.search.search(query, { limit: n });
    const fold = (found: ReturnType<typeof run>) => {
      const keys = new Set<string>();
      return found.filter((h) => {
        const k = this.duplicates.passageKey(h.article.id, h.paragraph.n);
        if (keys.has(k)) return false;
        keys.add(k);
        return true;
      }).slice(0, limit);
    };
    // Search ranks its top 50 whatever the limit, so room for folded copies is free; ask re-ranks a pool that grows
    // with the limit, so it asks for more only when copies folded away some of its first results.
    const folding = this.duplicates.any;
    let found = run(folding && kind === 'search' ? limit + FOLD_ROOM : limit);
    let hits = fold(found);
    if (folding && kind === 'ask' && hits.length < limit && found.length >= limit) {
      found = run(limit + FOLD_ROOM);
      hits = fold(found);
    }
    if (hits.length === 0) {
      return { kind, query, results: [], notice: `Nothing in the corpus matches "${query}". Try other words, a name from /people, or /articles to see what the corpus covers.` };
    }
    const sentences = new Map<SearchResult, string>();
    const results: SearchResult[] = hits.map((h) => {
      const ex = makeExcerpt(h.paragraph.text, new Set(h.matched), this.excerptLength);
      const copies = this.duplicates.copiesOf(h.article.id, h.paragraph.n);
      const result: SearchResult = { excerpt: ex.excerpt, marks: ex.marks, score: round(h.score), citation: cite(h.article, h.paragraph.n, ex.sentence) };
      if (copies.length) result.also = copies.map((c) => cite(this.article(c.article), c.paragraph, ex.sentence));
      sentences.set(result, ex.sentence);
      return result;
    });
    // Where relevance is equal, the passage carried by more sources first (the sort is stable).
    results.sort((a, b) => b.score - a.score || (b.also?.length ?? 0) - (a.also?.length ?? 0));
    const answer = results[0] ? sentences.get(results[0]) : undefined;
    return kind === 'ask' && answer ? { kind, query, answer, results } : { kind, query, results };
  }

  /** Items are made once per statement. */
  private readonly quoteItems = new WeakMap<Quote, QuoteItem>();

  /** The item of a quote's statement: its canonical wording, every place, the number of sources and the wordings that differ. */
  private quoteItem(quote: Quote): QuoteItem {
    const places = this.statements.placesOf(quote);
    const q = places[0]!;
    let item = this.quoteItems.get(q);
    if (item) return item;
    const citeOf = (x: Quote) => cite(this.article(x.article), x.paragraph, x.quote);
    const citations = places.map(citeOf);
    item = { speaker: q.speaker, quote: q.quote, kind: q.kind, citation: citations[0]!, citations, sources: this.sourceCount(places.map((x) => x.article)) };
    if (q.organisation) item.organisation = q.organisation;
    const variants = wordingVariants(places, citations);
    if (variants) item.variants = variants;
    this.quoteItems.set(q, item);
    return item;
  }

  /**
   * A listing of quotes: one item per statement, and besides it each report around its own quote
   * (`He said the plan was "dead on arrival"`) as an item of its own, as the labelling convention counts them: the
   * reported clause and the quoted words are two quotes of one statement (who-said and counts still see one).
   */
  private listingItems(quotes: readonly Quote[]): QuoteItem[] {
    const out: QuoteItem[] = [];
    const seen = new Set<Quote>();
    for (const q of quotes) {
      const c = this.statements.canonical(q);
      if (q !== c && reportAroundOwnQuote(q, this.statements.placesOf(q))) {
        const citation = cite(this.article(q.article), q.paragraph, q.quote);
        out.push({ speaker: q.speaker, quote: q.quote, kind: q.kind, citation, citations: [citation], sources: 1 });
      }
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(this.quoteItem(c));
    }
    return out;
  }

  /** Who said a quote or paraphrase: ranked matches, or none with a notice. */
  whoSaid(text: string, options: { limit?: number } = {}): WhoSaidAnswer {
    const clean = cleanQuery(text, 'quote');
    if (!clean.ok) return { kind: 'who-said', query: text, matches: [], notice: clean.reason };
    const query = clean.text;
    const empty = this.corpusEmptyNotice();
    if (empty) return { kind: 'who-said', query, matches: [], notice: empty };
    // One match per statement (its best-scoring place), then, at equal score, the statement with more sources first.
    const limit = options.limit ?? 5;
    const seen = new Set<QuoteItem>();
    const matches: WhoSaidMatchItem[] = [];
    for (const m of this.finder.whoSaid(query, Math.max(limit * 4, 40))) {
      const item = this.quoteItem(m.quote);
      if (seen.has(item)) continue;
      seen.add(item);
      matches.push({ ...item, score: round(m.score) });
    }
    matches.sort((a, b) => b.score - a.score || b.sources - a.sources);
    matches.splice(limit);
    if (matches.length === 0) return { kind: 'who-said', query, matches, notice: `Nobody in the corpus said "${query}".` };
    const top = matches[0]!;
    if (top.speaker === null && top.organisation) return { kind: 'who-said', query, matches, notice: `The article credits these words to ${top.organisation}, an organisation, not to a person.` };
    if (top.speaker === null) return { kind: 'who-said', query, matches, notice: 'The article quotes these words without naming who said them.' };
    return { kind: 'who-said', query, matches };
  }

  /** Quotes in corpus order; with a name, only that person's (any alias works). */
  quotes(speaker?: string | null): QuotesAnswer {
    if (speaker == null || speaker.trim() === '') {
      const quotes = this.listingItems(this.finder.quotesBy());
      return { kind: 'quotes', query: null, person: null, quotes, ...(quotes.length ? {} : { notice: this.corpusEmptyNotice() ?? 'The corpus holds no quotes.' }) };
    }
    const clean = cleanQuery(speaker, 'name');
    if (!clean.ok) return { kind: 'quotes', query: speaker, person: null, quotes: [], notice: clean.reason };
    const exact = this.finder.person(clean.text);
    // a name typed with a typo or two finds the person it is nearest to, and says so
    const person = exact ?? this.finder.personLoosely(clean.text);
    const quotes = this.listingItems(this.finder.quotesBy(person ? person.name : clean.text));
    if (!person) {
      return { kind: 'quotes', query: clean.text, person: null, quotes, ...(quotes.length ? {} : { notice: `Nobody called "${clean.text}" appears in the corpus. /people lists who does.` }) };
    }
    const nearest = exact ? '' : `Nobody is called "${clean.text}"; the nearest name is ${person.name}.`;
    const notice = [nearest, quotes.length ? '' : `${person.name} is mentioned but not quoted in the corpus.`].filter(Boolean).join(' ') || undefined;
    return { kind: 'quotes', query: clean.text, person: personItem(person, this.statements), quotes, ...(notice ? { notice } : {}) };
  }

  /** Everyone the corpus names, most quoted first. */
  people(): PeopleAnswer {
    const people = this.parts.quotes.people.map((p) => personItem(p, this.statements));
    return people.length ? { kind: 'people', people } : { kind: 'people', people, notice: this.corpusEmptyNotice() ?? 'The corpus names no people.' };
  }

  /** Names for autocomplete (canonical names), best first. */
  suggestPeople(prefix: string, limit = 25): string[] {
    const clean = cleanQuery(prefix);
    if (!clean.ok) return this.parts.quotes.people.slice(0, limit).map((p) => p.name);
    return this.finder.suggestPeople(clean.text, limit).map((p) => p.name);
  }

  /**
   * The story's events in date order, optionally about a topic or person and within dates. With
   * `limit` (and `offset`), only that page of events is made into answer items and `total` says
   * how many passed the filters; without, every event (the CLI's contract).
   */
  timeline(options: { about?: string | null; from?: string | null; to?: string | null; limit?: number; offset?: number } = {}): TimelineAnswer {
    const base = { kind: 'timeline' as const, about: options.about ?? null, from: options.from ?? null, to: options.to ?? null };
    const paged = options.limit !== undefined || options.offset !== undefined;
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const limit = options.limit === undefined ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(options.limit));
    const none = (notice: string): TimelineAnswer => ({ ...base, events: [], ...(paged ? { total: 0, offset } : {}), notice });
    const bounds = checkDateBounds(options.from, options.to);
    if ('error' in bounds) return { ...none(bounds.error.message), error: bounds.error };
    const filter: { from?: string; to?: string; places?: Array<{ article: string; paragraph: number }> } = { ...bounds };
    if (options.about) {
      const clean = cleanQuery(options.about, 'topic');
      if (!clean.ok) return none(clean.reason);
      base.about = clean.text;
      filter.places = this.paragraphsAbout(clean.text);
    }
    let selected = selectPage(this.parts.events, filter, offset, limit);
    if (selected.total === 0 && base.about) {
      // No event in a paragraph holding every word of the topic: fall back to the paragraphs that match it best.
      filter.places = this.parts.search.search(base.about, { limit: ABOUT_FALLBACK_PARAGRAPHS }).filter((h) => h.coverage >= 0.5).map((h) => ({ article: h.article.id, paragraph: h.paragraph.n }));
      selected = selectPage(this.parts.events, filter, offset, limit);
    }
    const events = selected.events.map((e) => this.eventItem(e));
    const page = paged ? { total: selected.total, offset } : {};
    if (selected.total > 0) return { ...base, events, ...page };
    const notice = this.corpusEmptyNotice() ?? (options.about || options.from || options.to ? 'No dated event matches these filters.' : 'The corpus tells no dated events.');
    return { ...base, events, ...page, notice };
  }

  /**
   * When the passage at a place happened: the events its paragraph dates, in order; when it dates none, the passage
   * under its article's publication date, with a notice saying that is all the article tells.
   */
  dateOf(articleId: string, paragraph: number, passage: string | null = null): TimelineAnswer {
    const base = { kind: 'timeline' as const, about: null, from: null, to: null };
    const article = this.articlesById.get(articleId);
    const text = article?.paragraphs[paragraph - 1]?.text;
    if (!article || text === undefined) return { ...base, events: [], notice: 'That passage is no longer in the corpus, so it cannot be dated.' };
    const events = this.eventsOf([{ article, paragraph: { n: paragraph } }]);
    if (events.length) return { ...base, events: events.sort((a, b) => (a.date ?? '~').localeCompare(b.date ?? '~') || (a.position ?? 0) - (b.position ?? 0)).map((e) => this.eventItem(e)) };
    const where = `\u00b6${paragraph} of \u201c${article.title}\u201d`;
    if (!article.published) return { ...base, events: [], notice: `${where} gives no date, and the article has no publication date.` };
    const words = passage && text.includes(passage) ? passage : firstSentenceish(text);
    const item: EventItem = { date: article.published, precision: 'day', expression: 'publication date', modifier: null, text: markCuts(words, text), citations: [cite(article, paragraph, words)], sources: 1 };
    return { ...base, events: [item], notice: `${where} gives no date of its own: it was published on ${article.published}.` };
  }

  /** Paragraphs about a topic: those holding all its words, plus those where a person it names speaks or is named. */
  private paragraphsAbout(topic: string): Array<{ article: string; paragraph: number }> {
    const places = this.parts.search.placesWithAll(topic);
    const person = this.finder.person(topic);
    if (person) for (const q of this.finder.quotesBy(person.name)) places.push({ article: q.article, paragraph: q.paragraph });
    return places;
  }

  /** Event items are made once per event: a whole timeline of a big corpus is then a plain copy of references. */
  private readonly eventItems = new WeakMap<TimelineEvent, EventItem>();

  private eventItem(e: TimelineEvent): EventItem {
    let item = this.eventItems.get(e);
    if (!item) {
      item = this.makeEventItem(e);
      this.eventItems.set(e, item);
    }
    return item;
  }

  private makeEventItem(e: TimelineEvent): EventItem {
    const first = e.sources[0];
    const firstParagraph = first ? this.article(first.article).paragraphs[first.paragraph - 1]?.text : undefined;
    return {
      date: e.date,
      precision: e.precision,
      expression: e.expression,
      modifier: e.modifier,
      text: markCuts(e.text, firstParagraph),
      // each place links to its own paragraph's words (a merged event is told differently in each, across articles too)
      citations: e.sources.map((s, i) => {
        const article = this.article(s.article);
        const paragraph = article.paragraphs[s.paragraph - 1]?.text;
        return cite(article, s.paragraph, i === 0 || !paragraph ? e.text : passageIn(paragraph, e.text, e.expression));
      }),
      sources: this.sourceCount(e.sources.map((s) => s.article)),
    };
  }

  /**
   * The story brief: an extractive overview of the corpus as one story. The span of publication dates, the outlets,
   * the people quoted in the most sources, and the events and statements carried by the most sources, each item
   * with its citations. Nothing in it that the corpus does not say.
   */
  story(options: { limit?: number } = {}): StoryAnswer {
    const limit = Math.max(1, Math.floor(options.limit ?? 5));
    const articles = this.corpus.articles;
    const outlets = new Map<string, number>();
    const firstOf = new Map<string, Article>();
    const earlier = (a: Article, b: Article) => (a.published ?? '9999') < (b.published ?? '9999') || ((a.published ?? '9999') === (b.published ?? '9999') && a.id < b.id);
    let first: Article | null = null;
    let last: Article | null = null;
    for (const a of articles) {
      if (a.source) {
        outlets.set(a.source, (outlets.get(a.source) ?? 0) + 1);
        const f = firstOf.get(a.source);
        if (!f || earlier(a, f)) firstOf.set(a.source, a);
      }
      if (a.published) {
        if (!first || earlier(a, first)) first = a;
        if (!last || earlier(last, a)) last = a;
      }
    }
    const sources = [...outlets].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([name]) => name);
    const from = first?.published ?? null;
    const to = last?.published ?? null;
    const lead = (a: Article) => cite(a, 1);
    const statements = this.statements.all().filter((q) => q.speaker !== null).map((q) => this.quoteItem(q));
    const named = new Set(this.parts.quotes.people.map((p) => p.name));
    const byPerson = new Map<string, { quotes: number; articles: Set<string>; best: QuoteItem }>();
    for (const item of statements) {
      if (!item.speaker || !named.has(item.speaker)) continue;
      let p = byPerson.get(item.speaker);
      if (!p) byPerson.set(item.speaker, (p = { quotes: 0, articles: new Set(), best: item }));
      p.quotes++;
      if (item.sources > p.best.sources) p.best = item;
      for (const c of item.citations) p.articles.add(this.duplicates.originOf(c.article));
    }
    const people = [...byPerson]
      .map(([name, p]) => ({ name, quotes: p.quotes, sources: p.articles.size }))
      .sort((a, b) => b.sources - a.sources || b.quotes - a.quotes || a.name.localeCompare(b.name));
    const quotes = [...statements].sort(
      (a, b) =>
        b.sources - a.sources ||
        b.citations.length - a.citations.length ||
        (a.kind === 'indirect' ? 1 : 0) - (b.kind === 'indirect' ? 1 : 0) ||
        b.quote.length - a.quote.length ||
        a.citation.article.localeCompare(b.citation.article) ||
        a.citation.paragraph - b.citation.paragraph,
    );
    const dated = this.parts.events.filter((e) => e.date !== null).map((e) => this.eventItem(e));
    const rankedEvents = [...dated].sort(
      (a, b) =>
        b.sources - a.sources ||
        b.citations.length - a.citations.length ||
        (a.date ?? '').localeCompare(b.date ?? '') ||
        a.citations[0]!.article.localeCompare(b.citations[0]!.article) ||
        a.citations[0]!.paragraph - b.citations[0]!.paragraph,
    );
    const events = rankedEvents.slice(0, limit);
    const answer: StoryAnswer = {
      kind: 'story',
      articles: articles.length,
      sources,
      span: { from, to },
      people: people.slice(0, limit),
      events,
      quotes: quotes.slice(0, limit),
      cited: {
        outlets: sources.map((s) => lead(firstOf.get(s)!)),
        from: first ? lead(first) : null,
        to: last ? lead(last) : null,
        people: people.slice(0, limit).map((p) => byPerson.get(p.name)!.best.citations),
      },
    };
    const more = { people: Math.max(0, people.length - limit), events: Math.max(0, dated.length - limit), quotes: Math.max(0, quotes.length - limit) };
    if (more.people || more.events || more.quotes) answer.more = more;
    if (articles.length === 0) answer.notice = this.corpusEmptyNotice();
    else if (!statements.length && !dated.length) answer.notice = 'The corpus quotes nobody and tells no dated event.';
    return answer;
  }

  /** The corpus: articles and the files that could not be loaded. */
  articles(): ArticlesAnswer {
    const articles = this.corpus.articles.map((a) => {
      const item: ArticleItem = { id: a.id, title: a.title, source: a.source, url: a.url, published: a.published, paragraphs: a.paragraphs.length };
      const of = this.duplicates.duplicateOf.get(a.id);
      if (of) item.duplicateOf = of;
      return item;
    });
    const answer: ArticlesAnswer = { kind: 'articles', articles, problems: this.corpus.problems };
    if (articles.length === 0) answer.notice = 'The corpus holds no articles yet: add Markdown files to the corpus folder and reload.';
    return answer;
  }
}

function personItem(p: Person, statements?: StatementIndex): PersonItem {
  // Quotes counts statements: one statement reported in several places (or articles) is one.
  return { name: p.name, aliases: p.aliases, roles: p.roles, quotes: statements ? Math.min(p.quotes, statements.countBy(p.name)) : p.quotes, mentions: p.mentions };
}

/** A wording as compared between places: case, quote style, punctuation and spacing folded. */
function wordingKey(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

/**
 * The wordings of a statement when they differ: the canonical wording first, then each other direct wording with its
 * places. A fragment of the canonical wording is the same wording (a shorter cut of it); reports in indirect speech
 * are places, not wordings. Undefined when every place prints the same words.
 */
function wordingVariants(places: Quote[], citations: Citation[]): QuoteVariant[] | undefined {
  const canonical = wordingKey(places[0]!.quote);
  const variants: Array<{ key: string; v: QuoteVariant }> = [{ key: canonical, v: { quote: places[0]!.quote, citations: [] } }];
  places.forEach((q, i) => {
    if (q.kind === 'indirect' && i > 0) return;
    const key = wordingKey(q.quote);
    const into = variants.find((x) => x.key.includes(key));
    if (into) into.v.citations.push(citations[i]!);
    else variants.push({ key, v: { quote: q.quote, citations: [citations[i]!] } });
  });
  return variants.length > 1 ? variants.map((x) => x.v) : undefined;
}

/** An indirect report whose statement holds a direct wording inside the report's own span (the clause around its quote). */
function reportAroundOwnQuote(q: Quote, places: readonly Quote[]): boolean {
  return q.kind === 'indirect' && places.some((p) => p.kind !== 'indirect' && p.article === q.article && p.paragraph === q.paragraph && p.start >= q.start && p.end <= q.end);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
