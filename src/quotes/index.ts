/** Public face of quote attribution: build once per corpus, then query. */
import type { Article } from '../corpus/types.ts';
import { PeopleMerger, type MergedEntity } from './corpus-people.ts';
import { extractArticle } from './extract.ts';
import type { DraftQuote } from './extract.ts';
import { PeopleLookup } from './people-lookup.ts';
import type { Entity } from './people.ts';
import type { Person, Quote, QuoteData, WhoSaidMatch } from './types.ts';
import { WhoSaidIndex } from './who-said.ts';

/** A quote found in one article, its speaker as an index into that article's entities (-1: a person not among them). */
export interface PlainDraft {
  paragraph: number;
  start: number;
  end: number;
  kind: DraftQuote['kind'];
  /** The person who said it, by index into `ArticleQuotes.entities`; null when the speaker is not a person. */
  person: number | null;
  /** A group speaker's words ("the officials"), when the speaker is a group. */
  group: string | null;
  /** The organisation, publication or document credited with the words, when the speaker is one. */
  organisation: string | null;
}

/**
 * What one article's extraction gives the corpus-wide merge, as plain data (a worker thread can
 * post it): the article's people and its quotes pointing at them.
 */
export interface ArticleQuotes {
  entities: Array<Pick<Entity, 'words' | 'roles' | 'mentions'> & { aliases: string[] }>;
  quotes: PlainDraft[];
  unattributed: PlainDraft[];
}

/** Runs the extraction passes over one article. */
export function extractQuotes(article: Article): ArticleQuotes {
  const ex = extractArticle(article);
  const index = new Map(ex.people.entities.map((e, i) => [e, i]));
  const plain = (d: DraftQuote): PlainDraft => ({
    paragraph: d.paragraph,
    start: d.start,
    end: d.end,
    kind: d.kind,
    person: d.ref.kind === 'person' ? (index.get(ex.people.final(d.ref.entity)) ?? -1) : null,
    group: d.ref.kind === 'group' ? d.ref.text : null,
    organisation: d.ref.kind === 'org' && d.ref.text ? d.ref.text : null,
  });
  return {
    entities: ex.people.entities.map(e => ({ words: e.words, aliases: [...e.aliases], roles: e.roles, mentions: e.mentions })),
    quotes: ex.quotes.map(plain),
    unattributed: ex.unattributed.map(plain),
  };
}

/** Merges people across articles and names every quote's speaker; `extracted[i]` is extractQuotes(articles[i]). */
export function assembleQuoteData(articles: readonly Article[], extracted: readonly ArticleQuotes[]): QuoteData {
  const merger = new PeopleMerger();
  const entities = extracted.map((ex, i) =>
    ex.entities.map(e => {
      const entity: MergedEntity = { words: e.words, aliases: new Set(e.aliases), roles: e.roles, mentions: e.mentions };
      merger.add(entity, articles[i]!.id);
      return entity;
    }),
  );
  merger.finish();
  const quotes: Quote[] = [];
  const unattributed: Quote[] = [];
  articles.forEach((article, i) => {
    const ex = extracted[i]!;
    const own = entities[i]!;
    const text = new Map(article.paragraphs.map(p => [p.n, p.text]));
    const toQuote = (d: PlainDraft): Quote => {
      const para = text.get(d.paragraph) ?? '';
      let speaker: string | null = null;
      if (d.person !== null) speaker = own[d.person] ? merger.nameOf(own[d.person]!) : null;
      else if (d.group !== null) speaker = d.group;
      const q: Quote = { article: article.id, paragraph: d.paragraph, speaker, quote: para.slice(d.start, d.end), kind: d.kind, start: d.start, end: d.end };
      if (d.organisation) q.organisation = d.organisation;
      return q;
    };
    for (const d of ex.quotes) {
      quotes.push(toQuote(d));
      if (d.person !== null && own[d.person]) merger.countQuote(own[d.person]!);
    }
    for (const d of ex.unattributed) unattributed.push(toQuote(d));
  });
  return { quotes, people: merger.people(), unattributed };
}

/** Runs the extraction passes over every article and merges people across articles. */
export function buildQuoteData(articles: Article[]): QuoteData {
  return assembleQuoteData(articles, articles.map(extractQuotes));
}

/**
 * Queries over built quote data: who said a text, quotes of a person, people lookup. With the corpus articles,
 * who-said also matches paraphrases of the paragraph around a quote (quote data written by older versions may
 * carry those paragraphs in `contexts` instead).
 */
export class QuoteFinder {
  private index: WhoSaidIndex | null = null;
  private lookup: PeopleLookup;
  private byId: Map<string, Article> | null = null;

  /** `lookup`: the people lookup of data.people, when made ahead (PeopleLookup.build, a reload). */
  constructor(
    readonly data: QuoteData,
    private readonly articles?: readonly Article[],
    lookup?: PeopleLookup,
  ) {
    this.lookup = lookup ?? new PeopleLookup(data.people);
  }

  /** Builds the who-said index now (it is built on the first query otherwise). */
  warm(): this {
    this.whoSaidIndex();
    return this;
  }

  /** Ranked matches for a quote or paraphrase; empty when nobody in the corpus said it. */
  whoSaid(text: string, limit = 5): WhoSaidMatch[] {
    return this.whoSaidIndex().search(text, limit);
  }

  private whoSaidIndex(): WhoSaidIndex {
    this.index ??= new WhoSaidIndex([...this.data.quotes, ...(this.data.unattributed ?? [])], q => this.paragraphText(q));
    return this.index;
  }

  private paragraphText(q: Quote): string | undefined {
    if (this.articles) {
      this.byId ??= new Map(this.articles.map(a => [a.id, a]));
      const paras = this.byId.get(q.article)?.paragraphs;
      if (paras) {
        const p = paras[q.paragraph - 1]?.n === q.paragraph ? paras[q.paragraph - 1] : paras.find(x => x.n === q.paragraph);
        if (p) return p.text;
      }
    }
    return this.data.contexts?.[`${q.article}#${q.paragraph}`];
  }

  /** Quotes in corpus order; with a name, only that person's (alias-aware). */
  quotesBy(speaker?: string): Quote[] {
    if (speaker === undefined || speaker.trim() === '') return this.data.quotes;
    const p = this.lookup.find(speaker);
    if (p) return this.data.quotes.filter(q => q.speaker === p.name);
    const wanted = speaker.trim().toLowerCase();
    return this.data.quotes.filter(q => q.speaker !== null && q.speaker.toLowerCase() === wanted);
  }

  /** The person a name or alias refers to, or null. */
  person(name: string): Person | null {
    return this.lookup.find(name);
  }

  /** The person a name refers to, forgiving a typo or two ("Jane Rooe"), or null. */
  personLoosely(name: string): Person | null {
    return this.lookup.findLoosely(name);
  }

  /** People whose name or alias matches a typed prefix, for autocomplete, best first. */
  suggestPeople(prefix: string, limit = 25): Person[] {
    return this.lookup.suggest(prefix, limit);
  }
}
