/**
 * Word-for-word duplicates: paragraphs republished verbatim elsewhere in the corpus (wire copy) and articles that
 * are near-duplicates of another (the same text loaded twice, a wire story republished). Paragraphs are compared by a
 * hash of their words (case, punctuation and spacing folded), computed without building normalised strings; short
 * paragraphs (datelines, "Advertisement", subheads) are never duplicates of anything.
 */
import type { Article } from './types.ts';

/** Paragraphs with fewer words are never folded. */
const MIN_WORDS = 8;
/** An article is a near-duplicate of another when this share of its (long) paragraphs stands there word for word. */
const NEAR_DUPLICATE = 0.8;

export interface Place {
  article: string;
  paragraph: number;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c >= 0xc0;

/** A 52-bit hash of a paragraph's words, lowercase and single-spaced, or -1 when it has fewer than MIN_WORDS words. */
export function paragraphHash(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019 || c === 0x2018) c = 39;
    if (isWordChar(c) || (c === 39 && inWord)) {
      if (!inWord && words > 0) {
        h1 = Math.imul(h1 ^ 32, 0x01000193);
        h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
      }
      if (!inWord) words++;
      inWord = true;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    } else inWord = false;
  }
  if (words < MIN_WORDS) return -1;
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}

export class Duplicates {
  /** Paragraph hash → every place it stands, when it stands in more than one. */
  private readonly shared = new Map<number, Place[]>();
  private readonly hashOf = new Map<string, Map<number, number>>();
  /** Near-duplicate article id → the article it duplicates (the earlier one: publication date, then id). */
  readonly duplicateOf = new Map<string, string>();

  constructor(articles: readonly Article[]) {
    const first = new Map<number, Place>();
    for (const a of articles) this.addArticle(a, first);
    for (const list of this.shared.values()) list.sort(comparePlaces);
    const order = this.orderOf(articles);
    for (const a of articles) this.findNearDuplicate(a, order);
  }

  /**
   * The same as the constructor, awaiting `pause` every few milliseconds, so a reload can make it
   * before its engine serves without holding the event loop (it is otherwise made on first use).
   */
  static async build(articles: readonly Article[], pause: () => Promise<void>): Promise<Duplicates> {
    const d = new Duplicates([]);
    let deadline = performance.now() + 5;
    const due = (i: number) => (i & 63) === 63 && performance.now() > deadline;
    const rest = async () => {
      await pause();
      deadline = performance.now() + 5;
    };
    const first = new Map<number, Place>();
    for (let i = 0; i < articles.length; i++) {
      d.addArticle(articles[i]!, first);
      if (due(i)) await rest();
    }
    let i = 0;
    for (const list of d.shared.values()) {
      list.sort(comparePlaces);
      if (due(i++)) await rest();
    }
    const order = d.orderOf(articles);
    for (let k = 0; k < articles.length; k++) {
      d.findNearDuplicate(articles[k]!, order);
      if (due(k)) await rest();
    }
    return d;
  }

  private addArticle(a: Article, first: Map<number, Place>): void {
    {
      const hashes = new Map<number, number>();
      for (const p of a.paragraphs) {
        const h = paragraphHash(p.text);
        if (h < 0) continue;
        hashes.set(p.n, h);
        const place = { article: a.id, paragraph: p.n };
        const list = this.shared.get(h);
        if (list) list.push(place);
        else {
          const f = first.get(h);
          if (f) this.shared.set(h, [f, place]);
          else first.set(h, place);
        }
      }
      this.hashOf.set(a.id, hashes);
    }
  }

  private orderOf(articles: readonly Article[]): (id: string) => string {
    const byId = new Map(articles.map(a => [a.id, a]));
    return (id: string) => {
      const a = byId.get(id)!;
      return `${a.published ?? '9999'}\u0000${a.id}`;
    };
  }

  private findNearDuplicate(a: Article, order: (id: string) => string): void {
    {
      const hashes = this.hashOf.get(a.id)!;
      if (hashes.size < 2) return;
      const counts = new Map<string, number>();
      for (const h of new Set(hashes.values())) {
        const list = this.shared.get(h);
        if (!list) continue;
        const seen = new Set<string>();
        for (const p of list) if (p.article !== a.id && !seen.has(p.article)) {
          seen.add(p.article);
          counts.set(p.article, (counts.get(p.article) ?? 0) + 1);
        }
      }
      let best: string | null = null;
      for (const [other, n] of counts) {
        const otherSize = this.hashOf.get(other)!.size;
        if (n < NEAR_DUPLICATE * Math.min(hashes.size, otherSize) || order(other) > order(a.id)) continue;
        if (best === null || order(other) < order(best)) best = other;
      }
      if (best) this.duplicateOf.set(a.id, best);
    }
  }

  /** The article an article's text comes from: itself, or the first article it duplicates. */
  originOf(id: string): string {
    let at = id;
    for (let k = 0; k < 20; k++) {
      const next = this.duplicateOf.get(at);
      if (next === undefined) return at;
      at = next;
    }
    return at;
  }

  /** Does any paragraph stand in more than one place? */
  get any(): boolean {
    return this.shared.size > 0;
  }

  /** Every other place where a paragraph stands word for word, in stable order. */
  copiesOf(article: string, paragraph: number): Place[] {
    const h = this.hashOf.get(article)?.get(paragraph);
    if (h === undefined) return [];
    return (this.shared.get(h) ?? []).filter(p => p.article !== article || p.paragraph !== paragraph);
  }

  /** A key equal for word-for-word copies of one paragraph, else unique to the place. */
  passageKey(article: string, paragraph: number): string {
    const h = this.hashOf.get(article)?.get(paragraph);
    return h !== undefined && this.shared.has(h) ? `#${h}` : `${article}\u0000${paragraph}`;
  }
}

function comparePlaces(a: Place, b: Place): number {
  return a.article < b.article ? -1 : a.article > b.article ? 1 : a.paragraph - b.paragraph;
}
