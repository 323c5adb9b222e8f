/**
 * Finds the dated expressions of one article: every sentence that may hold a date goes through the timeline's chrono,
 * and each result becomes a mention with its resolved date, precision, modifier, place and excerpt. Without a
 * publication date, expressions that need one ("Friday", "last year", "July 25") stay relative: date null,
 * precision 'unknown'.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Article } from '../corpus/types.ts';
import { splitSentences } from '../text/sentences.ts';
import { formatDay, formatMonth, parseYmd, toTime } from './calendar.ts';
import { parseDates } from './dateParser.ts';
import { type Span, excerptFor, postExcerpt } from './excerpt.ts';
import { mayHoldDate } from './prefilter.ts';
import { modifierOf } from './tags.ts';
import type { Precision } from './types.ts';

export interface Mention {
  article: string;
  paragraph: number;
  /** Offset of the expression in the paragraph text. */
  offset: number;
  expression: string;
  date: string | null;
  precision: Precision;
  modifier: string | null;
  excerpt: string;
  /** The whole sentence, for comparing what two mentions tell. */
  sentence: string;
  /** The date line of an embedded post: each post is a happening of its own. */
  post: boolean;
}

/** Reference used when the article has no date: any day works, nothing relative to it is kept. */
const NO_DATE_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

function dated(components: ParsedComponents): { date: string; precision: Precision } | null {
  const year = components.isCertain('year') ? components.get('year') : null;
  if (year === null) return null;
  const month = components.isCertain('month') ? components.get('month') : null;
  if (month === null) return { date: String(year).padStart(4, '0'), precision: 'year' };
  const day = components.isCertain('day') ? components.get('day') : null;
  if (day === null) return { date: formatMonth(year, month), precision: 'month' };
  return { date: formatDay({ y: year, m: month, d: day }), precision: 'day' };
}

/** The expression as written, without the punctuation chrono sometimes takes along ("Saturday,"). */
function cleanExpression(text: string): { text: string; lead: number } {
  const lead = /^[\s,(]*/.exec(text)![0].length;
  return { text: text.slice(lead).replace(/[\s,)]+$/, ''), lead };
}

export function findMentions(article: Article): Mention[] {
  const pub = article.published ? parseYmd(article.published) : null;
  const reference = pub ? new Date(toTime(pub) + 12 * 3_600_000) : NO_DATE_REFERENCE;
  const out: Mention[] = [];
  for (const paragraph of article.paragraphs) {
    if (!mayHoldDate(paragraph.text)) continue;
    for (const sentence of splitSentences(paragraph.text)) {
      if (sentence.text.length < paragraph.text.length && !mayHoldDate(sentence.text)) continue;
      const results = parseDates(sentence.text, reference);
      if (!results.length) continue;
      const found = results.flatMap(result => readResult(result, pub !== null));
      for (const item of found) {
        const others: Span[] = found.filter(o => o !== item && o.date !== item.date).map(o => o.span);
        const post = postExcerpt(paragraph.text, sentence.start + item.span.start);
        out.push({
          article: article.id,
          paragraph: paragraph.n,
          offset: sentence.start + item.span.start,
          expression: item.expression,
          date: item.date,
          precision: item.precision,
          modifier: item.modifier,
          excerpt: post ?? excerptFor(sentence, item.span, others),
          sentence: sentence.text,
          post: post !== null,
        });
      }
    }
  }
  return out;
}

interface Found {
  span: Span;
  expression: string;
  date: string | null;
  precision: Precision;
  modifier: string | null;
}

function readResult(result: ParsedResult, hasPublication: boolean): Found[] {
  const { text, lead } = cleanExpression(result.text);
  const span = { start: result.index + lead, end: result.index + lead + text.length };
  const modifier = modifierOf(result.tags());
  // without a publication date only what names its year can be dated
  const absolute = hasPublication || /\b\d{4}\b/.test(text);
  const parts = [result.start, ...(result.end ? [result.end] : [])];
  const out: Found[] = [];
  for (const components of parts) {
    const resolved = absolute ? dated(components) : null;
    if (absolute && !resolved) continue;
    if (out.some(o => o.date === (resolved?.date ?? null))) continue;
    out.push({ span, expression: text, date: resolved?.date ?? null, precision: resolved?.precision ?? 'unknown', modifier });
  }
  return out;
}
