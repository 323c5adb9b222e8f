/** Citations: article, paragraph and a link to the very passage (a URL text fragment). */
import type { Article, Citation } from './types.ts';

/** Text fragments need - , & encoded beyond encodeURIComponent. */
function encodeFragment(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

const FRAGMENT_WORDS = 4;

/**
 * A text-fragment directive that selects `passage` on the page: the whole passage when short,
 * otherwise its first and last few words (`text=start,end`).
 */
export function textFragment(passage: string): string | null {
  const words = passage
    .replace(/[\u2018\u2019]/g, "'")
    .split(/\s+/)
    .map((w) => w.trim())
    .filter(Boolean);
  if (words.length === 0) return null;
  if (words.length <= FRAGMENT_WORDS * 2) return `:~:text=${encodeFragment(words.join(' '))}`;
  const start = words.slice(0, FRAGMENT_WORDS).join(' ');
  const end = words.slice(-FRAGMENT_WORDS).join(' ');
  return `:~:text=${encodeFragment(start)},${encodeFragment(end)}`;
}

/** The link to a passage of an article, or null when the article has no URL. */
export function passageLink(url: string | null, passage: string | null): string | null {
  if (!url) return null;
  const base = url.replace(/#.*$/, '');
  const fragment = passage ? textFragment(passage) : null;
  return fragment ? `${base}#${fragment}` : base;
}

/** The citation of a paragraph; `passage` (a sentence of it) makes the link point at those words. */
export function cite(article: Article, paragraph: number, passage?: string | null): Citation {
  const text = passage ?? article.paragraphs[paragraph - 1]?.text ?? null;
  return {
    article: article.id,
    title: article.title,
    source: article.source,
    url: passageLink(article.url, text ? firstSentenceish(text) : null),
    published: article.published,
    paragraph,
  };
}

/** At most the first sentence of a passage, since a fragment must match within one block of the page. */
function firstSentenceish(text: string): string {
  const m = /^(.{40,}?[.!?]["'\u201d\u2019]?)\s/.exec(text);
  return m ? m[1]! : text;
}

/** The outlets of some citations, compactly: "CNBC, Example Wire +2" (distinct outlets in order; an article without one by its title). */
export function compactSources(citations: ReadonlyArray<{ source: string | null; title?: string }>, show = 2): string {
  const names: string[] = [];
  for (const c of citations) {
    const name = c.source ?? c.title ?? 'unnamed outlet';
    if (!names.includes(name)) names.push(name);
  }
  const rest = names.length - show;
  return names.slice(0, show).join(', ') + (rest > 0 ? ` +${rest}` : '');
}
