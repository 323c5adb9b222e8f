/**
 * The engine: a built corpus (search index, quotes, people, timeline) and the questions it
 * answers, as plain answer objects with citations. It knows nothing of Discord or terminals.
 */
import type {
  ArticlesAnswer,
  EventItem,
  PeopleAnswer,
  PersonItem,
  QuoteItem,
  QuotesAnswer,
  SearchAnswer,
  SearchResult,
  TimelineAnswer,
  WhoSaidAnswer,
} from './answers.ts';
import { cite } from './corpus/citation.ts';
import type { Article, Corpus } from './corpus/types.ts';
import { buildQuoteData, QuoteFinder } from './quotes/index.ts';
import type { Person, Quote, QuoteData } from './quotes/types.ts';
import { askSearch } from './search/ask.ts';
import { dateTermsOf } from './search/date-terms.ts';
import { DEFAULT_EXCERPT_LENGTH, makeExcerpt } from './search/excerpt.ts';
import { SearchIndex } from './search/index.ts';
import { cleanQuery } from './text/query.ts';
import { terms } from './text/terms.ts';
import { checkDateBounds } from './timeline/date-bounds.ts';
import { markCuts, passageIn } from './timeline/event-passages.ts';
import { extractEvents, selectPage } from './timeline/index.ts';
import type { TimelineEvent } from './timeline/types.ts';

export interface EngineOptions {
  excerptLength?: number;
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
}

/** Best-matching paragraphs a timeline topic falls back to when no paragraph holds all its words. */
const ABOUT_FALLBACK_PARAGRAPHS = 8;

export class Engine {
  readonly corpus: Corpus;
  readonly stats: EngineStats;
  readonly parts: EngineParts;
  private readonly excerptLength: number;
  private readonly articlesById: Map<string, Article>;
  private readonly finder: QuoteFinder;

  constructor(corpus: Corpus, parts: EngineParts, options: EngineOptions = {}) {
    this.corpus = corpus;
    this.parts = parts;
    this.excerptLength = options.excerptLength ?? DEFAULT_EXCERPT_LENGTH;
    this.articlesById = new Map(corpus.articles.map((a) => [a.id, a]));
    this.finder = new QuoteFinder(parts.quotes, corpus.articles);
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
    const events = extractEvents(corpus.articles);
    const t3 = performance.now();
    if (timings) Object.assign(timings, { search: t1 - t0, quotes: t2 - t1, timeline: t3 - t2 });
    return new Engine(corpus, { search, quotes, events }, options);
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
    const hits =
      kind === 'ask'
        ? askSearch(this.parts.search, query, { limit, dateTerms: (q, qt, places) => dateTermsOf(this.eventsOf(places), q, qt) })
        : this.parts.search.search(query, { limit });
    if (hits.length === 0) {
      return { kind, query, results: [], notice: `Nothing in the corpus matches "${query}". Try other words, a name from /people, or /articles to see what the corpus covers.` };
    }
    let answer: string | undefined;
    const results: SearchResult[] = hits.map((h, i) => {
      const ex = makeExcerpt(h.paragraph.text, new Set(h.matched), this.excerptLength);
      if (i === 0) answer = ex.sentence;
      return { excerpt: ex.excerpt, marks: ex.marks, score: round(h.score), citation: cite(h.article, h.paragraph.n, ex.sentence) };
    });
    return kind === 'ask' && answer ? { kind, query, answer, results } : { kind, query, results };
  }

  private quoteItem(q: Quote): QuoteItem {
    return { speaker: q.speaker, quote: q.quote, kind: q.kind, citation: cite(this.article(q.article), q.paragraph, q.quote) };
  }

  /** Who said a quote or paraphrase: ranked matches, or none with a notice. */
  whoSaid(text: string, options: { limit?: number } = {}): WhoSaidAnswer {
    const clean = cleanQuery(text, 'quote');
    if (!clean.ok) return { kind: 'who-said', query: text, matches: [], notice: clean.reason };
    const query = clean.text;
    const empty = this.corpusEmptyNotice();
    if (empty) return { kind: 'who-said', query, matches: [], notice: empty };
    const matches = this.finder.whoSaid(query, options.limit ?? 5).map((m) => ({ ...this.quoteItem(m.quote), score: round(m.score) }));
    if (matches.length === 0) return { kind: 'who-said', query, matches, notice: `Nobody in the corpus said "${query}".` };
    const top = matches[0]!;
    if (top.speaker === null) return { kind: 'who-said', query, matches, notice: 'The article quotes these words without naming who said them.' };
    return { kind: 'who-said', query, matches };
  }

  /** Quotes in corpus order; with a name, only that person's (any alias works). */
  quotes(speaker?: string | null): QuotesAnswer {
    if (speaker == null || speaker.trim() === '') {
      const quotes = this.finder.quotesBy().map((q) => this.quoteItem(q));
      return { kind: 'quotes', query: null, person: null, quotes, ...(quotes.length ? {} : { notice: this.corpusEmptyNotice() ?? 'The corpus holds no quotes.' }) };
    }
    const clean = cleanQuery(speaker, 'name');
    if (!clean.ok) return { kind: 'quotes', query: speaker, person: null, quotes: [], notice: clean.reason };
    const person = this.finder.person(clean.text);
    const quotes = this.finder.quotesBy(clean.text).map((q) => this.quoteItem(q));
    if (!person) {
      return { kind: 'quotes', query: clean.text, person: null, quotes, ...(quotes.length ? {} : { notice: `Nobody called "${clean.text}" appears in the corpus. /people lists who does.` }) };
    }
    const notice = quotes.length ? undefined : `${person.name} is mentioned but not quoted in the corpus.`;
    return { kind: 'quotes', query: clean.text, person: personItem(person), quotes, ...(notice ? { notice } : {}) };
  }

  /** Everyone the corpus names, most quoted first. */
  people(): PeopleAnswer {
    const people = this.parts.quotes.people.map(personItem);
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
      // each place links to its own paragraph's words (a merged event is told differently in each)
      citations: e.sources.map((s, i) => {
        const article = this.article(s.article);
        const paragraph = article.paragraphs[s.paragraph - 1]?.text;
        return cite(article, s.paragraph, i === 0 || !paragraph ? e.text : passageIn(paragraph, e.text, e.expression));
      }),
    };
  }

  /** The corpus: articles and the files that could not be loaded. */
  articles(): ArticlesAnswer {
    const articles = this.corpus.articles.map((a) => ({ id: a.id, title: a.title, source: a.source, url: a.url, published: a.published, paragraphs: a.paragraphs.length }));
    const answer: ArticlesAnswer = { kind: 'articles', articles, problems: this.corpus.problems };
    if (articles.length === 0) answer.notice = 'The corpus holds no articles yet: add Markdown files to the corpus folder and reload.';
    return answer;
  }
}

function personItem(p: Person): PersonItem {
  return { name: p.name, aliases: p.aliases, roles: p.roles, quotes: p.quotes, mentions: p.mentions };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
