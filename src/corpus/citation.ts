/** Citations: article, paragraph and a link to the very passage (a URL text fragment). */
import { splitSentences } from '../text/sentences.ts';
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
  // the words as written (curly quotes and all): a fragment must match the page's text
  const words = passage
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

/** Shortest head of a passage worth linking on its own. */
const FIRST_SENTENCE_MIN = 40;

/**
 * The passage's first sentence (with the next ones while it is shorter than a line), as the shared sentence splitter
 * cuts it: an abbreviation ("U.S.", "Sen.", "Jan.") never ends it. Always a verbatim head of the passage.
 */
export function firstSentenceish(text: string): string {
  const sentences = splitSentences(text);
  const first = sentences[0];
  if (!first) return text;
  let end = first.end;
  for (let i = 1; i < sentences.length && end - first.start < FIRST_SENTENCE_MIN; i++) end = sentences[i]!.end;
  return text.slice(first.start, end);
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
