/**
 * An article's metadata from its page, read before Readability changes the document: title,
 * source (og:site_name, JSON-LD publisher, else the host), canonical URL, publication day and
 * authors. Each field tries the page's most specific markup first; markup that belongs to linked
 * stories (schema.org items other than the article) is not read.
 */
import type { DomDocument, DomElement } from './dom.ts';
import { calendarDay, dateInPath, publisherZone } from './dates.ts';

/** The part of the DOM API this reads; linkedom's document provides it. */
type Doc = DomDocument;

export interface PageMeta {
  title: string | null;
  source: string | null;
  /** Canonical URL, absolute, or null when the page names none. */
  canonical: string | null;
  published: string | null;
  /** Where the date came from, for the report. */
  publishedFrom: string | null;
  authors: string[];
  lang: string | null;
}

const ARTICLE_TYPE = /(^|\/|\b)(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|LiveBlogPosting|WebPage)$/;
const ARTICLE_ONLY = /(^|\/|\b)(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|LiveBlogPosting)$/;

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
}

/** One pass over the page's elements (linkedom's attribute selectors are slow on big pages). */
interface PageIndex {
  meta: Map<string, string>;
  ldJson: DomElement[];
  itemprop: DomElement[];
  relAuthor: DomElement[];
  times: DomElement[];
  canonical: string | null;
  h1: DomElement | null;
  title: DomElement | null;
  /** Short elements whose class names a date ("buzz_datetime", "published-date"): a visible dateline. */
  datelines: DomElement[];
}

const indexCache = new WeakMap<Doc, PageIndex>();

function pageIndex(doc: Doc): PageIndex {
  let index = indexCache.get(doc);
  if (index) return index;
  index = { meta: new Map(), ldJson: [], itemprop: [], relAuthor: [], times: [], canonical: null, h1: null, title: null, datelines: [] };
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'META') {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
      const v = clean(el.getAttribute('content'));
      if (key && v && !index.meta.has(key)) index.meta.set(key, v);
    } else if (tag === 'SCRIPT' && (el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') index.ldJson.push(el);
    else if (tag === 'A' && /(^|\s)author(\s|$)/i.test(el.getAttribute('rel') ?? '')) index.relAuthor.push(el);
    else if (tag === 'TIME') index.times.push(el);
    else if (tag === 'LINK' && index.canonical === null && /(^|\s)canonical(\s|$)/i.test(el.getAttribute('rel') ?? '')) index.canonical = el.getAttribute('href');
    else if (tag === 'H1' && !index.h1) index.h1 = el;
    else if (tag === 'TITLE' && !index.title) index.title = el;
    if (el.getAttribute('itemprop')) index.itemprop.push(el);
    if (/date|time|posted|publish/i.test(el.getAttribute('class') ?? '') && index.datelines.length < 50) index.datelines.push(el);
  }
  indexCache.set(doc, index);
  return index;
}

/** The first non-empty content of a meta tag with one of these property/name/itemprop keys. */
function meta(doc: Doc, ...names: string[]): string | null {
  const map = pageIndex(doc).meta;
  for (const name of names) {
    const v = map.get(name.toLowerCase());
    if (v) return v;
  }
  return null;
}

type Json = Record<string, unknown>;

/** Every object of the page's JSON-LD blocks, @graph and arrays flattened. */
function jsonLd(doc: Doc): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ('@graph' in (v as Json)) visit((v as Json)['@graph']);
    }
  };
  for (const s of pageIndex(doc).ldJson) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A broken block is skipped; others may still be good.
    }
  }
  return out;
}

function types(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function names(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return [(v as Json).name as string];
  return [];
}

/** schema.org microdata values of an item property, only those of the article's own item. */
function itemprops(doc: Doc, prop: string): string[] {
  const own: string[] = [];
  const any: string[] = [];
  for (const el of pageIndex(doc).itemprop) {
    if (!(el.getAttribute('itemprop') ?? '').split(/\s+/).includes(prop)) continue;
    const value = clean(el.getAttribute('content') ?? el.getAttribute('datetime') ?? (el.tagName === 'META' ? '' : el.textContent));
    if (!value) continue;
    const scope = el.parentElement?.closest('[itemscope]') ?? null;
    const type = scope?.getAttribute('itemtype') ?? '';
    if (ARTICLE_ONLY.test(type.trim())) own.push(value);
    else if (!scope) any.push(value);
  }
  return own.length ? own : any;
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "JOHN SMITH" -> "John Smith"; names already mixed-case stay as written. */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A byline to author names: "By Jane Roe and John Doe" -> ["Jane Roe", "John Doe"]; date lines are not names. */
export function bylineNames(byline: string | null): string[] {
  const text = clean(byline?.split('\n')[0]);
  if (!text || /\d/.test(text) || text.length > 120) return [];
  return text
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((s) => s.replace(/\s*\|.*$/, '').trim())
    .filter((s) => /^\p{Lu}[\p{L}.'’-]*(\s+\p{L}[\p{L}.'’-]*){0,4}$/u.test(s) && !/^(staff|our|the|reuters|ap|afp)\b/i.test(s))
    .map(nameCase);
}

function uniq(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = s.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Reads the metadata of a page fetched from `pageUrl` (null for a file: then only the page's own
 * canonical URL gives a link and a host).
 */
export function readMetadata(doc: Doc, pageUrl: string | null, byline: string | null = null): PageMeta {
  const ld = jsonLd(doc);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_ONLY.test(t))) ?? ld.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t))) ?? null;
  const base = pageUrl ?? 'http://localhost/';
  const canonical =
    absolute(pageIndex(doc).canonical, base) ??
    absolute(meta(doc, 'og:url'), base) ??
    absolute(typeof article?.url === 'string' ? article.url : null, base) ??
    pageUrl;
  const host = canonical ? hostOf(canonical) : null;
  const lang = clean(doc.documentElement?.getAttribute('lang'));

  // Source: the site's own name, the JSON-LD publisher, the host.
  const publisher = article ? names(article.publisher)[0] : undefined;
  const source = meta(doc, 'og:site_name') ?? clean(publisher) ?? host;

  // Authors: explicit author markup before the byline Readability guessed.
  const metaAuthors = [meta(doc, 'author'), meta(doc, 'article:author'), meta(doc, 'sailthru.author'), meta(doc, 'parsely-author')]
    .filter((a): a is string => Boolean(a) && !/^https?:/i.test(a!))
    .flatMap((a) => bylineNames(a));
  const ldAuthors = article ? names(article.author).flatMap((a) => bylineNames(a)) : [];
  const propAuthors = itemprops(doc, 'author').flatMap((a) => bylineNames(a));
  const relAuthors = pageIndex(doc).relAuthor.flatMap((a) => bylineNames(a.textContent));
  const authors = uniq(metaAuthors.length ? metaAuthors : ldAuthors.length ? ldAuthors : propAuthors.length ? propAuthors : relAuthors.length ? relAuthors : bylineNames(byline));

  // Title: the headline the page declares, less a " | Site" or " | Author" tail.
  let title = meta(doc, 'og:title') ?? meta(doc, 'twitter:title') ?? clean(typeof article?.headline === 'string' ? article.headline : null) ?? clean(pageIndex(doc).h1?.textContent) ?? clean(pageIndex(doc).title?.textContent);
  if (title) {
    const m = /\s+[|–—-]\s+([^|–—]+)$/.exec(title);
    const tail = m ? m[1]!.trim().toLowerCase().replace(/^the\s+/, '') : null;
    const known = [source, host, ...authors].filter(Boolean).map((s) => s!.toLowerCase().replace(/^the\s+/, ''));
    if (m && tail && known.includes(tail)) title = title.slice(0, m.index);
  }

  // Publication day, most specific first.
  const zone = publisherZone(host, lang);
  const parsely = (() => {
    const raw = meta(doc, 'parsely-page');
    if (!raw) return null;
    try {
      const v = (JSON.parse(raw) as Json).pub_date;
      return typeof v === 'string' ? v : null;
    } catch {
      return null;
    }
  })();
  const times = pageIndex(doc).times.filter((t) => t.getAttribute('datetime'));
  const timeEl = times.find((t) => /datePublished/.test(t.getAttribute('itemprop') ?? '') || t.getAttribute('pubdate') !== null) ?? times.find((t) => t.closest('article')) ?? times[0];
  const candidates: Array<[string, string | null]> = [
    ['article:published_time', meta(doc, 'article:published_time', 'article:published', 'og:published_time', 'article:publicationdate', 'publication_date', 'publishdate', 'pubdate', 'sailthru.date', 'dc.date.issued', 'dcterms.created')],
    ['JSON-LD datePublished', article && typeof article.datePublished === 'string' ? article.datePublished : null],
    ['itemprop datePublished', itemprops(doc, 'datePublished')[0] ?? null],
    ['<time datetime>', timeEl?.getAttribute('datetime') ?? null],
    ['parsely', parsely ?? meta(doc, 'parsely-pub-date')],
    ['page date metadata', meta(doc, 'DCSext.articleFirstPublished', 'pdate', 'date', 'dc.date')],
  ];
  let published: string | null = null;
  let publishedFrom: string | null = null;
  for (const [from, value] of candidates) {
    const day = calendarDay(value, zone);
    if (day) {
      published = day;
      publishedFrom = from;
      break;
    }
  }
  if (!published) {
    // A visible dateline: "Posted on April 21, 2015, at 11:29 a.m." (not an "Updated" line).
    for (const el of pageIndex(doc).datelines) {
      const text = clean(el.textContent) ?? '';
      const m = /^(?:(?:first\s+)?(?:posted|published)\s+(?:on\s+)?)?((?:[a-z]+,?\s+)?[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\s+\d{4})/i.exec(text);
      const day = text.length < 100 && m ? calendarDay(m[1], zone) : null;
      if (day) {
        published = day;
        publishedFrom = 'dateline';
        break;
      }
    }
  }
  if (!published) {
    published = dateInPath(canonical) ?? dateInPath(pageUrl);
    if (published) publishedFrom = 'URL path';
  }
  return { title, source, canonical, published, publishedFrom, authors, lang };
}
