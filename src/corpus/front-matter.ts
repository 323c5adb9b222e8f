/**
 * Front matter of a Markdown article: split by gray-matter (parsed with `yaml`, YAML 1.2, so
 * dates stay strings) and validated with zod, so each problem is one readable sentence.
 */
import { createRequire } from 'node:module';
import type matterType from 'gray-matter';
import type YAMLType from 'yaml';

/** gray-matter and yaml, loaded when the first article is parsed (a restore from the persisted index parses none). */
let parsers: { matter: typeof matterType; YAML: typeof YAMLType } | null = null;
function frontMatterParsers(): { matter: typeof matterType; YAML: typeof YAMLType } {
  const require = createRequire(import.meta.url);
  return (parsers ??= { matter: require('gray-matter') as typeof matterType, YAML: require('yaml') as typeof YAMLType });
}
import { z } from 'zod';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'must be a real date written YYYY-MM-DD',
  });

const text = z.string().trim().min(1, 'must not be empty');

const FrontMatter = z.object({
  title: z.union([z.string(), z.number()], { message: 'is required (the article title)' }).transform(String).pipe(text),
  source: text.nullish(),
  url: z.string().trim().url('must be an absolute http(s) URL').refine((u) => /^https?:/i.test(u), 'must be an http(s) URL').nullish(),
  published: isoDate.nullish(),
  authors: z.union([text, z.array(text)]).nullish(),
});

export interface ArticleMeta {
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  authors: string[];
}

export type ParsedMarkdown = { meta: ArticleMeta; body: string } | { error: string };

export function parseFrontMatter(source: string): ParsedMarkdown {
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(source)) {
    return { error: 'missing front matter: a Markdown article starts with a "---" block holding at least its title' };
  }
  let data: unknown;
  let body: string;
  try {
    const { matter, YAML } = frontMatterParsers();
    const parsed = matter(source.replace(/^\uFEFF/, ''), { engines: { yaml: (s: string) => (YAML.parse(s) ?? {}) as object } });
    data = parsed.data;
    body = parsed.content;
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { error: `malformed front matter: ${msg}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: 'malformed front matter: expected "key: value" lines' };
  const result = FrontMatter.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || 'front matter';
    return { error: `front matter field "${field}" ${issue.message}` };
  }
  const m = result.data;
  const authors = m.authors == null ? [] : Array.isArray(m.authors) ? m.authors : [m.authors];
  return { meta: { title: m.title, source: m.source ?? null, url: m.url ?? null, published: m.published ?? null, authors }, body };
}
