/**
 * Adding and removing articles: a link, a file or a Discord attachment becomes corpus/<slug>.md,
 * and the corpus is reloaded through the store's atomic reload (the same as /reload), so the new
 * article is answerable as soon as this returns. Every refusal is an IngestError with one sentence,
 * and leaves the corpus folder as it was. One add or remove runs at a time per store; another asked
 * meanwhile is told to wait.
 */
import { existsSync } from 'node:fs';
import { readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../corpus/types.ts';
import type { CorpusStore, ReloadReport } from '../store.ts';
import { IngestError } from './errors.ts';
import type { Draft, InputKind } from './extract.ts';
import { contentKind, decodeBody, DEFAULT_MAX_BYTES, parseLink, safeFetch, type FetchLimits } from './fetch.ts';
import { writeArticle } from './write.ts';

export type IngestInput =
  | { type: 'url'; url: string }
  | { type: 'file'; path: string }
  /** A Discord attachment: downloaded from the URL Discord gives, under the same limits as a link. */
  | { type: 'attachment'; url: string; name: string; size: number | null };

export interface AddOptions {
  limits: FetchLimits;
  /** YYYY-MM-DD that overrides the page's date. */
  published?: string | null;
  /** How the caller's user sets the date ("`published:`", "--published"), for the warning. */
  publishedHint?: string;
}

export interface AddResult {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  authors: string[];
  paragraphs: number;
  /** File name in the corpus folder. */
  file: string;
  warnings: string[];
  quotes: number;
  /** Quotes by people the corpus already quoted or named. */
  quotesJoined: number;
  people: number;
  peopleJoined: number;
  events: number;
  /** Events that merged with events other articles tell. */
  eventsJoined: number;
  reload: ReloadReport;
  ms: number;
}

export interface RemoveResult {
  id: string;
  title: string;
  file: string;
  reload: ReloadReport;
}

const FILE_KINDS: Record<string, InputKind> = { '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text' };

/** One add or remove at a time per store. */
const busy = new WeakSet<CorpusStore>();

async function exclusive<T>(store: CorpusStore, run: () => Promise<T>): Promise<T> {
  if (busy.has(store)) throw new IngestError('Another article is being added or removed right now; try again when it has finished.');
  busy.add(store);
  try {
    return await run();
  } finally {
    busy.delete(store);
  }
}

export function checkPublished(value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  const v = value.trim();
  const t = new Date(`${v}T00:00:00Z`);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(t.getTime()) && t.toISOString().startsWith(v);
  if (!ok) throw new IngestError(`"${v.slice(0, 40)}" is not a date: write the publication date as YYYY-MM-DD, for example 2017-07-10.`);
  return v;
}

/** The file kind of a name by its extension; refuses any other file. */
export function fileKind(name: string): InputKind {
  const ext = path.extname(name).toLowerCase();
  const kind = FILE_KINDS[ext];
  if (!kind) throw new IngestError(`Only .html, .htm, .md and .txt files can be added${ext ? `, not ${ext} files` : ` ("${name.slice(0, 60)}" has no extension)`}.`);
  return kind;
}

function mb(n: number): string {
  return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
}

/** Reads the input's text: fetched for links and attachments, read for local files. */
async function readInput(input: IngestInput, limits: FetchLimits): Promise<{ kind: InputKind; text: string; pageUrl: string | null; name: string | null }> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.type === 'url') {
    const fetched = await safeFetch(parseLink(input.url), limits);
    return { kind: fetched.kind, text: fetched.text, pageUrl: fetched.url, name: null };
  }
  if (input.type === 'attachment') {
    const kind = fileKind(input.name);
    if (input.size != null && input.size > maxBytes) throw new IngestError(`The file is larger than the ${mb(maxBytes)} limit (${mb(input.size)}).`);
    const fetched = await safeFetch(parseLink(input.url), { ...limits, acceptAnyType: true });
    if (fetched.raw.subarray(0, 4096).includes(0)) throw new IngestError('The file is binary, not a web page or text.');
    return { kind, text: decodeBody(fetched.raw, kind, fetched.charset), pageUrl: null, name: input.name };
  }
  const kind = fileKind(input.path);
  let info;
  try {
    info = await stat(input.path);
  } catch {
    throw new IngestError(`There is no file at ${input.path}.`);
  }
  if (!info.isFile()) throw new IngestError(`${input.path} is not a file.`);
  if (info.size > maxBytes) throw new IngestError(`The file is larger than the ${mb(maxBytes)} limit (${mb(info.size)}).`);
  if (info.size === 0) throw new IngestError('The file is empty.');
  const bytes = await readFile(input.path);
  if (bytes.subarray(0, 4096).includes(0)) throw new IngestError('The file is binary, not a web page or text.');
  const { charset } = contentKind(kind === 'html' ? 'text/html' : 'text/plain');
  return { kind, text: decodeBody(bytes, kind, charset), pageUrl: null, name: path.basename(input.path) };
}

/** A URL compared loosely: no scheme, no "www.", no trailing slash, no tracking parameters or fragment. */
export function urlKey(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid|gclid|cmp|ref|smid|partner)/i.test(k)) u.searchParams.delete(k);
    const q = u.searchParams.toString();
    return `${u.hostname.replace(/^www\./, '').toLowerCase()}${u.pathname.replace(/\/+$/, '')}${q ? `?${q}` : ''}`;
  } catch {
    return null;
  }
}

function textKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The article already in the corpus with the same canonical URL, or (nearly) the same text. */
export function findDuplicate(articles: readonly Article[], draft: Draft, fetchedUrl: string | null): Article | null {
  const keys = new Set([urlKey(draft.url), urlKey(fetchedUrl)].filter((k): k is string => Boolean(k)));
  for (const a of articles) {
    const k = urlKey(a.url);
    if (k && keys.has(k)) return a;
  }
  const mine = new Set(draft.paragraphs.map((p) => textKey(p.text)).filter((k) => k.length > 30));
  if (mine.size === 0) return null;
  for (const a of articles) {
    let shared = 0;
    let theirs = 0;
    for (const p of a.paragraphs) {
      const k = textKey(p.text);
      if (k.length <= 30) continue;
      theirs++;
      if (mine.has(k)) shared++;
    }
    if (shared > 0 && shared >= 0.8 * Math.min(mine.size, theirs)) return a;
  }
  return null;
}

/** Adds one article; throws IngestError (one sentence, nothing written) when it cannot. */
export function addArticle(store: CorpusStore, input: IngestInput, options: AddOptions): Promise<AddResult> {
  return exclusive(store, async () => {
    const started = performance.now();
    const published = checkPublished(options.published);
    const { kind, text, pageUrl, name } = await readInput(input, options.limits);
    // Readability and the DOM load on the first add only: every other command starts without them.
    const { extract } = await import('./extract.ts');
    const draft = extract(kind, text, pageUrl, name);
    const warnings = [...draft.warnings];
    const hint = options.publishedHint ?? 'published';
    if (published) {
      if (draft.published && draft.published !== published) warnings.push(`The page says it was published on ${draft.published}; ${published} was used as asked.`);
      draft.published = published;
    } else if (!draft.published) {
      warnings.push(`No publication date found: relative dates like "on Friday" cannot be resolved; add it again with ${hint}.`);
    }
    if (!draft.source) warnings.push('No source (site name) found.');
    const engine = store.engine;
    const dup = findDuplicate(engine.corpus.articles, draft, pageUrl);
    if (dup) throw new IngestError(`That article is already in the corpus as ${dup.title} (${dup.id}).`);
    const taken = new Set(engine.corpus.articles.map((a) => a.id));
    const written = await writeArticle(store.dir, draft, taken);
    let reload: ReloadReport;
    try {
      reload = await store.reload();
      // A reload already running when the file was written may not have seen it: run one more.
      if (!store.engine.corpus.articles.some((a) => a.id === written.id) && reload.ok) reload = await store.reload();
    } catch (e) {
      await unlink(path.join(store.dir, written.file)).catch(() => {});
      throw new IngestError(`The article was written but the corpus could not be reloaded (${(e as Error).message}); it was removed again.`);
    }
    const now = store.engine;
    const article = now.corpus.articles.find((a) => a.id === written.id);
    if (!article) {
      const problem = reload.problems.find((p) => p.file === written.file);
      await unlink(path.join(store.dir, written.file)).catch(() => {});
      await store.reload().catch(() => undefined);
      throw new IngestError(`The article could not be loaded (${problem?.reason ?? reload.message ?? 'the reload did not take it'}); it was removed again.`);
    }
    const quotes = now.parts.quotes.quotes.filter((q) => q.article === article.id);
    const people = now.parts.quotes.people.filter((p) => p.articles.includes(article.id));
    const known = new Set(people.filter((p) => p.articles.some((a) => a !== article.id)).map((p) => p.name));
    const events = now.parts.events.filter((e) => e.sources.some((s) => s.article === article.id));
    return {
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url,
      published: article.published,
      authors: article.authors,
      paragraphs: article.paragraphs.length,
      file: written.file,
      warnings,
      quotes: quotes.length,
      quotesJoined: quotes.filter((q) => q.speaker && known.has(q.speaker)).length,
      people: people.length,
      peopleJoined: known.size,
      events: events.length,
      eventsJoined: events.filter((e) => e.sources.some((s) => s.article !== article.id)).length,
      reload,
      ms: Math.round(performance.now() - started),
    };
  });
}

/** Removes one article by id (its file) and reloads; refuses the last article, which a reload would keep. */
export function removeArticle(store: CorpusStore, id: string): Promise<RemoveResult> {
  return exclusive(store, async () => {
    const wanted = id.trim().replace(/\.(md|markdown|txt)$/i, '');
    const articles = store.engine.corpus.articles;
    const article = articles.find((a) => a.id === wanted) ?? articles.find((a) => a.id.toLowerCase() === wanted.toLowerCase());
    if (!article) throw new IngestError(`No article with the id "${wanted.slice(0, 80)}" is in the corpus (the articles list shows the ids).`);
    if (articles.length === 1) throw new IngestError(`${article.title} (${article.id}) is the only article in the corpus; add another before removing it.`);
    const file = path.join(store.dir, article.file);
    if (path.dirname(path.resolve(file)) !== path.resolve(store.dir)) throw new IngestError('That article is not a file of the corpus folder.');
    try {
      await unlink(file);
    } catch (e) {
      throw new IngestError(`The file ${article.file} could not be removed (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
    }
    let reload = await store.reload();
    if (store.engine.corpus.articles.some((a) => a.id === article.id) && reload.ok) reload = await store.reload();
    return { id: article.id, title: article.title, file: article.file, reload };
  });
}

/** A CLI argument to an input: a link when it has a scheme, else a local file. */
export function inputFromArgument(arg: string): IngestInput {
  const a = arg.trim();
  if (!a) throw new IngestError('Give a link or a file to add.');
  if (/^[a-z][a-z0-9+.-]*:/i.test(a) && !/^[a-z]:[\\/]/i.test(a)) return { type: 'url', url: a };
  if (/^(www\.)?[\w-]+(\.[\w-]+)+\//i.test(a) && !FILE_KINDS[path.extname(a).toLowerCase()]) throw new IngestError(`"${a.slice(0, 80)}" is not a link: give a full http(s) address such as https://${a.slice(0, 40)}.`);
  if (!FILE_KINDS[path.extname(a).toLowerCase()] && !existsSync(a)) throw new IngestError(`"${a.slice(0, 80)}" is neither a link nor a file: give an http(s) address or the path of a saved page (.html, .htm, .md or .txt).`);
  return { type: 'file', path: a };
}
