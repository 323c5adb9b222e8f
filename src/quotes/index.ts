/** Public face of quote attribution: build once per corpus, then query. */
import type { Article } from '../corpus/types.ts';
import { PeopleMerger } from './corpus-people.ts';
import { extractArticle } from './extract.ts';
import type { DraftQuote } from './extract.ts';
import { PeopleLookup } from './people-lookup.ts';
import type { Person, Quote, QuoteData, WhoSaidMatch } from './types.ts';
import { WhoSaidIndex } from './who-said.ts';

/** Runs the extraction passes over every article and merges people across articles. */
export function buildQuoteData(articles: Article[]): QuoteData {
  const merger = new PeopleMerger();
  const perArticle = articles.map(article => {
    const ex = extractArticle(article);
    for (const e of ex.people.entities) merger.add(e, article.id);
    return { article, ex };
  });
  merger.finish();
  const quotes: Quote[] = [];
  const unattributed: Quote[] = [];
  for (const { article, ex } of perArticle) {
    const text = new Map(article.paragraphs.map(p => [p.n, p.text]));
    const toQuote = (d: DraftQuote): Quote => {
      const para = text.get(d.paragraph) ?? '';
      let speaker: string | null = null;
      if (d.ref.kind === 'person') speaker = merger.nameOf(ex.people.final(d.ref.entity));
      else if (d.ref.kind === 'group') speaker = d.ref.text;
      return { article: article.id, paragraph: d.paragraph, speaker, quote: para.slice(d.start, d.end), kind: d.kind, start: d.start, end: d.end };
    };
    for (const d of ex.quotes) {
      quotes.push(toQuote(d));
      if (d.ref.kind === 'person') merger.countQuote(ex.people.final(d.ref.entity));
    }
    for (const d of ex.unattributed) unattributed.push(toQuote(d));
  }
  return { quotes, people: merger.people(), unattributed };
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
