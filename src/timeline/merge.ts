/**
 * Turns mentions into events, merging the places of one article that tell the same happening (a lead, a Key Points
 * bullet and the body): same date, told in the same date words, and strongly overlapping content words. Relative
 * (undated) mentions and the date lines of embedded posts are never merged, and the same date told twice in one
 * sentence is one event.
 */
import type { Mention } from './mentions.ts';
import type { EventSource, TimelineEvent } from './types.ts';

const STOPWORDS = new Set(
  (
    'the a an and or but of to in on at for from by with about as into over after before than that this these those ' +
    'it its it’s he she they we you i his her their our your him them us me my who whom whose which what when where ' +
    'why how is are was were be been being has have had do does did will would can could should may might must not ' +
    'no so if then there here also just only very more most some any all each both said says say told according ' +
    'mr mrs ms dr new one two three first last next week month year today yesterday morning night late early earlier ' +
    'later monday tuesday wednesday thursday friday saturday sunday weekend time january february march april june ' +
    'july august september october november december'
  ).split(' '),
);

/** Minimum shared content words, and shared share of the shorter set, for two places to tell the same thing. */
const MIN_SHARED = 3;
const MIN_OVERLAP = 0.5;

/** Links and post signatures ("— Name (@handle) November 18, 2019") say nothing about the happening. */
const NOISE = /\bhttps?:\/\/\S+|\bpic\.twitter\.com\/\S+|\S+\.(?:com|org|net)\/\S*|\(@\w+\)/g;

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  const clean = text.includes('/') || text.includes('@') ? text.replace(NOISE, ' ') : text;
  for (const raw of clean.toLowerCase().replace(/[\u2019']s\b/g, '').split(/[^a-z0-9\u00c0-\u024f]+/)) {
    if (raw.length < 3 || STOPWORDS.has(raw) || /^\d+$/.test(raw)) continue;
    out.add(raw.replace(/(?:ing|ed|es|s)$/, '') || raw);
  }
  return out;
}

function tellsSame(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared >= MIN_SHARED && shared / Math.min(a.size, b.size) >= MIN_OVERLAP;
}

interface Draft {
  first: Mention;
  sources: EventSource[];
  /** Content words of the first sentence, computed when first compared. */
  words: Set<string> | null;
  sentences: Set<string>;
}

const wordsOf = (mention: Mention) => contentWords(mention.sentence.replace(mention.expression, ' '));

const DATE_FILLER = new Set(['on', 'in', 'the', 'at', 'of', 'a', 'an', 'this', 'last', 'next', 'early', 'late', 'mid', 'earlier', 'later', 'by', 'since']);
/** The telling words of a date expression: "on Friday" and "Friday's" share "friday"; "this week" and "in a fortnight" share none. */
function dateWords(expression: string): string[] {
  return expression
    .toLowerCase()
    .replace(/[\u2019']s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(w => w && !DATE_FILLER.has(w));
}

/** Two places tell one happening in the same date words (other words for the date are another way of telling it). */
function sameDateWords(a: Mention, b: Mention): boolean {
  const words = new Set(dateWords(a.expression));
  return dateWords(b.expression).some(w => words.has(w));
}

/** Events of one article's mentions (in text order), merged where they tell the same happening. */
export function mergeMentions(mentions: Mention[]): { event: TimelineEvent; first: Mention }[] {
  const drafts: Draft[] = [];
  const byDate = new Map<string, Draft[]>();
  for (const mention of mentions) {
    const same = mention.date === null || mention.post ? [] : (byDate.get(mention.date) ?? []).filter(d => !d.first.post);
    let words: Set<string> | null = null;
    const into = same.find(d => {
      if (d.sentences.has(mention.sentence)) return true;
      if (!sameDateWords(d.first, mention)) return false;
      words ??= wordsOf(mention);
      d.words ??= wordsOf(d.first);
      return tellsSame(d.words, words);
    });
    if (into) {
      if (!into.sources.some(s => s.paragraph === mention.paragraph)) into.sources.push({ article: mention.article, paragraph: mention.paragraph });
      into.sentences.add(mention.sentence);
      continue;
    }
    const draft: Draft = { first: mention, sources: [{ article: mention.article, paragraph: mention.paragraph }], words, sentences: new Set([mention.sentence]) };
    drafts.push(draft);
    if (mention.date !== null) byDate.set(mention.date, [...same, draft]);
  }
  return drafts.map(d => ({
    first: d.first,
    event: {
      date: d.first.date,
      precision: d.first.precision,
      expression: d.first.expression,
      modifier: d.first.modifier,
      text: d.first.excerpt,
      sources: d.sources,
    },
  }));
}
