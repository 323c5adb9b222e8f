/** Test helper: an Article from a devset-style markdown file (front matter, then blank-line separated paragraphs). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../../src/corpus/types.ts';

export function articleFromMarkdown(file: string): Article {
  const raw = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`${file}: no front matter`);
  const field = (name: string): string | null => {
    const m = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(match[1]!);
    return m ? m[1]!.trim().replace(/^"(.*)"$/, '$1') : null;
  };
  const blocks = match[2]!.split(/\n\s*\n/).map(b => b.trim()).filter(Boolean);
  return {
    id: path.basename(file).replace(/\.md$/, ''),
    file: path.basename(file),
    title: field('title') ?? '',
    source: field('source'),
    url: field('url'),
    published: field('published'),
    authors: [],
    paragraphs: blocks.map((text, i) => ({
      n: i + 1,
      text: text.replace(/^[-*]\s+/, '').replace(/\s+/g, ' '),
      kind: /^[-*]\s+/.test(text) ? ('bullet' as const) : ('text' as const),
    })),
    hash: '',
  };
}

/** Test helper: a one-paragraph-per-string article. */
export function syntheticArticle(published: string | null, paragraphs: string[], id = 'synthetic'): Article {
  return {
    id,
    file: `${id}.md`,
    title: id,
    source: null,
    url: null,
    published,
    authors: [],
    paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text, kind: 'text' as const })),
    hash: '',
  };
}
