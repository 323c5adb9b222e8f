/**
 * Loads a corpus folder: every *.md (YAML front matter + paragraphs) and *.txt (raw text,
 * first line the title). A file that cannot be used is skipped and reported as a problem;
 * only a missing or unreadable folder is an error.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontMatter } from './front-matter.ts';
import { markdownParagraphs } from './paragraphs.ts';
import { parseText } from './parse-text.ts';
import type { Article, Corpus, LoadProblem } from './types.ts';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface LoadOptions {
  /** Files larger than this are skipped (default 5 MB). */
  maxFileBytes?: number;
}

/** The corpus folder itself is unusable. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Bytes to text, or the reason they are not an article's text. */
export function decodeText(bytes: Buffer): { text: string } | { error: string } {
  if (bytes.length === 0) return { error: 'empty file' };
  if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes), not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { error: 'not UTF-8 text (save the file as UTF-8)' };
  }
  if (!text.trim()) return { error: 'empty file (only white space)' };
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) return { error: 'binary file (control characters), not text' };
  return { text: text.replace(/^\uFEFF/, '') };
}

/** Parses one file's bytes into an article, or the reason it cannot be one. */
export function parseArticle(file: string, bytes: Buffer): Article | { error: string } {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return decoded;
  const ext = path.extname(file).toLowerCase();
  const id = path.basename(file, path.extname(file));
  const hash = createHash('sha256').update(bytes).digest('hex');
  if (ext === '.txt') {
    const parsed = parseText(decoded.text);
    if ('error' in parsed) return parsed;
    return { id, file, title: parsed.title, source: null, url: null, published: null, authors: [], paragraphs: parsed.paragraphs, hash };
  }
  const parsed = parseFrontMatter(decoded.text);
  if ('error' in parsed) return parsed;
  const paragraphs = markdownParagraphs(parsed.body);
  if (paragraphs.length === 0) return { error: 'no body text after the front matter' };
  return { id, file, ...parsed.meta, paragraphs, hash };
}

const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/** What one entry of a corpus folder gave: an article, a problem, or nothing (not a file, read-me). */
export type FileOutcome = { article: Article } | { problem: LoadProblem } | null;

/** The folder's entries to consider, in file-name order (absolute folder path and names); throws CorpusError. */
export async function listCorpusFiles(dir: string): Promise<{ abs: string; files: string[] }> {
  const abs = path.resolve(dir);
  let entries;
  try {
    entries = await readdir(abs, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CorpusError(`Corpus folder not found: ${abs}`);
    if (code === 'ENOTDIR') throw new CorpusError(`Corpus path is not a folder: ${abs}`);
    throw new CorpusError(`Corpus folder cannot be read (${code ?? 'error'}): ${abs}`);
  }
  const files = entries
    .filter((e) => !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'en'));
  return { abs, files };
}

/** A file that is not an article by its name: its problem, or null (a read-me is skipped silently); undefined when it is one. */
function notAnArticle(file: string): FileOutcome | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ARTICLE_EXTENSIONS.has(ext)) return undefined;
  return /^readme/i.test(file) ? null : { problem: { file, reason: `not an article file (${ext || 'no extension'}): only .md and .txt files are read` } };
}

/** The outcome of a file once stat'ed and (when small enough) read. */
function outcomeOf(file: string, info: { isFile(): boolean; size: number }, maxBytes: number, read: () => Buffer): FileOutcome {
  if (!info.isFile()) return null;
  if (info.size > maxBytes) return { problem: { file, reason: `too large (${formatBytes(info.size)}; the limit is ${formatBytes(maxBytes)})` } };
  const parsed = parseArticle(file, read());
  return 'error' in parsed ? { problem: { file, reason: parsed.error } } : { article: parsed };
}

const unreadable = (file: string, e: unknown): FileOutcome => ({ problem: { file, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` } });

/** Reads and parses one file of a corpus folder. */
export async function readCorpusFile(abs: string, file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<FileOutcome> {
  const skip = notAnArticle(file);
  if (skip !== undefined) return skip;
  const full = path.join(abs, file);
  let info;
  let bytes: Buffer | null = null;
  try {
    info = await stat(full);
    if (info.isFile() && info.size <= maxBytes) bytes = await readFile(full);
  } catch (e) {
    return unreadable(file, e);
  }
  return outcomeOf(file, info, maxBytes, () => bytes!);
}

/** readCorpusFile with synchronous reads (for worker threads, where blocking costs no one). */
export function readCorpusFileSync(abs: string, file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): FileOutcome {
  const skip = notAnArticle(file);
  if (skip !== undefined) return skip;
  const full = path.join(abs, file);
  let info;
  let bytes: Buffer | null = null;
  try {
    info = statSync(full);
    if (info.isFile() && info.size <= maxBytes) bytes = readFileSync(full);
  } catch (e) {
    return unreadable(file, e);
  }
  return outcomeOf(file, info, maxBytes, () => bytes!);
}

/**
 * Collects file outcomes, given in file-name order, into a corpus: articles in that order, problems
 * in that order, and an article whose id an earlier file already took becomes a problem.
 */
export class CorpusCollector {
  readonly articles: Article[] = [];
  readonly problems: LoadProblem[] = [];
  private readonly ids = new Map<string, string>();

  /** Adds the next file's outcome; returns the article when it joins the corpus. */
  add(outcome: FileOutcome): Article | null {
    if (outcome === null) return null;
    if ('problem' in outcome) {
      this.problems.push(outcome.problem);
      return null;
    }
    const a = outcome.article;
    const clash = this.ids.get(a.id);
    if (clash) {
      this.problems.push({ file: a.file, reason: `same article id "${a.id}" as ${clash}: rename one of them` });
      return null;
    }
    this.ids.set(a.id, a.file);
    this.articles.push(a);
    return a;
  }

  corpus(abs: string): Corpus {
    return { dir: abs, articles: this.articles, problems: this.problems };
  }
}

/** Reads every article file of a folder; articles in file-name order. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const { abs, files } = await listCorpusFiles(dir);
  const collector = new CorpusCollector();
  for (const file of files) collector.add(await readCorpusFile(abs, file, maxBytes));
  return collector.corpus(abs);
}
