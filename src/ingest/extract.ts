/**
 * A fetched page or a file to an article draft: metadata and paragraphs, before it is written.
 * HTML goes through Readability over a linkedom DOM (no script is ever run: linkedom has no
 * script engine, and script elements are removed before Readability reads the page); Markdown
 * with front matter and plain text go through the corpus's own parsers.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseFrontMatter } from '../corpus/front-matter.ts';
import { blockToParagraphs, markdownParagraphs, splitBlocks } from '../corpus/paragraphs.ts';
import { parseText } from '../corpus/parse-text.ts';
import type { DomDocument } from './dom.ts';
import { IngestError } from './errors.ts';
import { htmlParagraphs, type DroppedParagraph } from './html-paragraphs.ts';
import { readMetadata } from './metadata.ts';
import type { ArticleFields } from './write.ts';

export interface Draft extends ArticleFields {
  /** What was left out of the page, for tests and diagnostics. */
  dropped: DroppedParagraph[];
  warnings: string[];
}

export type InputKind = 'html' | 'markdown' | 'text';

/** At least this much body text makes an article (a headline alone, or a cookie wall, does not). */
const MIN_WORDS = 40;

function words(paragraphs: Array<{ text: string }>): number {
  return paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
}

/**
 * The page without what no extraction reads: comments, scripts (JSON-LD metadata kept), styles and
 * inline SVG. One left-to-right pass, as the HTML tokenizer reads them (a script's text ends at the
 * first "</script"), so a comment inside a script or a script inside a comment is cut whole. Big news
 * pages are mostly these (a 1.1 MB page becomes 0.2 MB), and parsing time follows the size.
 */
export function slimHtml(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)|<script\b([^>]*)>[\s\S]*?(?:<\/script\s*>|$)|<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)|<svg\b[^>]*>[\s\S]*?(?:<\/svg\s*>|$)/gi, (m, scriptAttrs: string | undefined) =>
    scriptAttrs !== undefined && /application\/ld\+json/i.test(scriptAttrs) ? m : '',
  );
}

/** Extracts an article from an HTML page fetched from `pageUrl` (null for an uploaded file). */
export function extractHtml(html: string, pageUrl: string | null): Draft {
  const { document } = parseHTML(slimHtml(html));
  const doc = document as DomDocument;
  const metaBefore = readMetadata(doc, pageUrl);
  for (const el of doc.querySelectorAll('script, noscript, template, iframe, object, embed')) {
    // Embedded posts keep their blockquote; only their loader scripts go.
    el.remove();
  }
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    parsed = new Readability(document, { keepClasses: true, charThreshold: 200 }).parse();
  } catch (e) {
    throw new IngestError(`The page could not be read as an article (${(e as Error).message}).`);
  }
  if (!parsed?.content) throw new IngestError('No article text was found on that page.');
  const { document: content } = parseHTML(`<!doctype html><html><body><div id="storydesk-root">${parsed.content}</div></body></html>`);
  const root = (content as DomDocument).getElementById('storydesk-root')!;
  const meta = metaBefore.authors.length || !parsed.byline ? metaBefore : { ...metaBefore, authors: readMetadata(doc, pageUrl, parsed.byline).authors };
  const title = meta.title ?? (parsed.title?.trim() || null);
  const { paragraphs, dropped } = htmlParagraphs(root, title);
  if (paragraphs.length === 0 || words(paragraphs) < MIN_WORDS) throw new IngestError('No article text was found on that page.');
  if (!title) throw new IngestError('The page has no title, so it cannot be added as an article.');
  return {
    title,
    source: meta.source ?? (parsed.siteName?.trim() || null),
    url: meta.canonical,
    published: meta.published,
    authors: meta.authors,
    paragraphs,
    dropped,
    warnings: [],
  };
}

/** A Markdown file: with front matter it is read as a corpus article; without, its first heading or line is the title. */
export function extractMarkdown(text: string, name: string | null): Draft {
  if (/^\uFEFF?---[ \t]*\r?\n/.test(text)) {
    const parsed = parseFrontMatter(text);
    if ('error' in parsed) throw new IngestError(`The Markdown file cannot be read: ${parsed.error}.`);
    const paragraphs = markdownParagraphs(parsed.body).map(({ text: t, kind }) => ({ text: t, kind }));
    if (paragraphs.length === 0 || words(paragraphs) < MIN_WORDS) throw new IngestError('The file has no article text after its front matter.');
    return { ...parsed.meta, paragraphs, dropped: [], warnings: [] };
  }
  const blocks = splitBlocks(text);
  const first = blocks[0]?.find((l) => l.trim()) ?? '';
  const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(first);
  const title = (heading ? heading[1]! : first).trim() || (name ?? '');
  if (!title) throw new IngestError('The file has no title line.');
  const rest = blocks.map((b, i) => (i === 0 ? b.slice(b.indexOf(first) + 1) : b));
  const paragraphs = rest.flatMap(blockToParagraphs);
  if (paragraphs.length === 0 || words(paragraphs) < MIN_WORDS) throw new IngestError('No article text was found in that file.');
  return { title, source: null, url: null, published: null, authors: [], paragraphs, dropped: [], warnings: [] };
}

/** Plain text: the first line is the title, as in corpus .txt files. */
export function extractText(text: string): Draft {
  const parsed = parseText(text);
  if ('error' in parsed) throw new IngestError(`No article text was found: ${parsed.error}.`);
  const paragraphs = parsed.paragraphs.map(({ text: t, kind }) => ({ text: t, kind }));
  if (words(paragraphs) < MIN_WORDS) throw new IngestError('No article text was found in that file.');
  return { title: parsed.title, source: null, url: null, published: null, authors: [], paragraphs, dropped: [], warnings: [] };
}

export function extract(kind: InputKind, text: string, pageUrl: string | null, name: string | null = null): Draft {
  if (kind === 'html') return extractHtml(text, pageUrl);
  if (kind === 'markdown') return extractMarkdown(text, name);
  return extractText(text);
}
