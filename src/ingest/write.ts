/**
 * An article draft to a Markdown file in the corpus folder: YAML front matter (title, source,
 * url, published, authors) and one block per paragraph (subheads as "## ", list items as "- ").
 * The file is written to a temporary name, then linked to its final name, which fails rather than
 * replace a file already there; the temporary name is removed either way. The text is checked to
 * read back as the same paragraphs before anything is written.
 */
import { randomBytes } from 'node:crypto';
import { link, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { parseArticle } from '../corpus/load.ts';
import type { ParagraphKind } from '../corpus/types.ts';
import { IngestError } from './errors.ts';

export interface ArticleFields {
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  authors: string[];
  paragraphs: Array<{ text: string; kind: ParagraphKind }>;
}

/** A file name from a title: ASCII letters, digits and hyphens, at most about 60 characters. */
export function slugify(text: string, max = 60): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    if (out && out.length + 1 + w.length > max) break;
    out = out ? `${out}-${w}` : w.slice(0, max);
  }
  return out || 'article';
}

/** The id an article gets: source, year-month, then the title's words ("example-wire-2017-07-lawmakers-weigh-a-zeppelin"). */
export function articleSlug(fields: Pick<ArticleFields, 'title' | 'source' | 'published'>): string {
  const source = fields.source ? slugify(fields.source.replace(/^the\s+/i, ''), 20) : '';
  const month = fields.published ? fields.published.slice(0, 7) : '';
  const head = [source, month].filter(Boolean).join('-');
  return [head, slugify(fields.title, Math.max(24, 64 - head.length))].filter(Boolean).join('-');
}

/** A paragraph as a Markdown block that reads back as the same paragraph. */
function block(p: { text: string; kind: ParagraphKind }): string {
  if (p.kind === 'subhead') return `## ${p.text}`;
  if (p.kind === 'bullet') return `- ${p.text}`;
  // Body text that would read as a list item or heading is escaped.
  return p.text.replace(/^(\s*)([-*+\u2022\u25aa\u25cf]\s|\d{1,3}[.)]\s|#{1,6}\s)/, '$1\\$2');
}

export function toMarkdown(fields: ArticleFields): string {
  const front: Record<string, unknown> = { title: fields.title };
  if (fields.source) front.source = fields.source;
  if (fields.url) front.url = fields.url;
  if (fields.published) front.published = fields.published;
  if (fields.authors.length) front.authors = fields.authors;
  const yaml = YAML.stringify(front, { lineWidth: 0 }).trimEnd();
  return `---\n${yaml}\n---\n\n${fields.paragraphs.map(block).join('\n\n')}\n`;
}

/**
 * Writes the article as <slug>.md (or <slug>-2.md … when taken) without ever replacing a file.
 * Returns the file name written.
 */
export async function writeArticle(dir: string, fields: ArticleFields, taken: ReadonlySet<string> = new Set()): Promise<{ id: string; file: string }> {
  const markdown = toMarkdown(fields);
  const base = articleSlug(fields);
  const check = parseArticle(`${base}.md`, Buffer.from(markdown));
  if ('error' in check) throw new IngestError(`The article could not be written as Markdown (${check.error}).`);
  if (check.paragraphs.length !== fields.paragraphs.length) throw new IngestError('The article could not be written as Markdown without changing its paragraphs.');
  const temp = path.join(dir, `.${base}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, markdown, { flag: 'wx' });
  } catch (e) {
    throw new IngestError(`The corpus folder cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  try {
    for (let n = 1; n < 100; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (taken.has(id)) continue;
      const file = `${id}.md`;
      try {
        await link(temp, path.join(dir, file));
        return { id, file };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new IngestError(`The article could not be saved (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
      }
    }
    throw new IngestError('The article could not be saved: too many files with the same name.');
  } finally {
    await unlink(temp).catch(() => {});
  }
}
