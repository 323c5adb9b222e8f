/**
 * Loads a corpus folder: every *.md (YAML front matter + paragraphs) and *.txt (raw text,
 * first line the title). A file that cannot be used is skipped and reported as a problem;
 * only a missing or unreadable folder is an error.
 */
import { createHash } from 'node:crypto';
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

/** Reads every article file of a folder; articles in file-name order. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
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
  const articles: Article[] = [];
  const problems: LoadProblem[] = [];
  const ids = new Map<string, string>();
  const files = entries
    .filter((e) => !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'en'));
  for (const file of files) {
    const ext = path.extname(file).toLowerCase();
    if (!ARTICLE_EXTENSIONS.has(ext)) {
      if (!/^readme/i.test(file)) problems.push({ file, reason: `not an article file (${ext || 'no extension'}): only .md and .txt files are read` });
      continue;
    }
    const full = path.join(abs, file);
    let bytes: Buffer;
    try {
      const info = await stat(full);
      if (!info.isFile()) continue;
      if (info.size > maxBytes) {
        problems.push({ file, reason: `too large (${formatBytes(info.size)}; the limit is ${formatBytes(maxBytes)})` });
        continue;
      }
      bytes = await readFile(full);
    } catch (e) {
      problems.push({ file, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    const parsed = parseArticle(file, bytes);
    if ('error' in parsed) {
      problems.push({ file, reason: parsed.error });
      continue;
    }
    const clash = ids.get(parsed.id);
    if (clash) {
      problems.push({ file, reason: `same article id "${parsed.id}" as ${clash}: rename one of them` });
      continue;
    }
    ids.set(parsed.id, file);
    articles.push(parsed);
  }
  return { dir: abs, articles, problems };
}
