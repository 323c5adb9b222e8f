/**
 * The extraction pipeline for one article: posts, then names (people of the article), then per sentence the
 * direct quotes and the reported clauses, then the quotes that take their speaker from their neighbours
 * (the rest of an interrupted quote, a paragraph that only continues a quotation).
 */
import type { Article } from '../corpus/types.ts';
import { splitSentences } from '../text/sentences.ts';
import { findQuoteSpans, maskQuotes } from './marks.ts';
import type { QuoteSpan } from './marks.ts';
import { attributeSpans } from './passes/direct.ts';
import type { SpanAttribution } from './passes/direct.ts';
import { reportedClauses } from './passes/indirect.ts';
import { detectPost } from './passes/posts.ts';
import type { PostMatch } from './passes/posts.ts';
import { ArticlePeople } from './people.ts';
import { makeSentence, openingSpeaker, verbSpeaker } from './sentence.ts';
import type { SentenceCtx } from './sentence.ts';
import { isSpeaker, SpeakerResolver } from './speakers.ts';
import type { SpeakerRef } from './speakers.ts';
import { tokenize } from './tokens.ts';
import type { QuoteKind } from './types.ts';

export interface DraftQuote {
  paragraph: number;
  start: number;
  end: number;
  kind: QuoteKind;
  ref: SpeakerRef;
}

export interface ArticleExtraction {
  quotes: DraftQuote[];
  /** Quoted words nobody in the text is said to have spoken (scare quotes, labels, criticism without a source). */
  unattributed: DraftQuote[];
  people: ArticlePeople;
}

interface ParaInfo {
  n: number;
  text: string;
  spans: QuoteSpan[];
  post: PostMatch | null;
  sentences: SentenceCtx[];
  sentenceStarts: number[];
  kind: Article['paragraphs'][number]['kind'];
}

const WORDS = /[\p{L}\p{N}]+/gu;

export function extractArticle(article: Article): ArticleExtraction {
  const people = new ArticlePeople();
  const paras: ParaInfo[] = [];
  const sentenceTokens: { n: number; toks: ReturnType<typeof tokenize> }[][] = [];
  const knownSurnames = new Set<string>();

  // Names first: every later rule resolves speakers against the people of the whole article.
  for (const p of article.paragraphs) {
    const spans = findQuoteSpans(p.text);
    const masked = maskQuotes(p.text, spans);
    const sents = splitSentences(masked);
    const toksList = sents.map(se => ({ n: p.n, toks: tokenize(p.text, se.start, se.end, spans) }));
    sentenceTokens.push(toksList);
    paras.push({ n: p.n, text: p.text, spans, post: null, sentences: [], sentenceStarts: sents.map(se => se.start), kind: p.kind });
    for (const { toks } of toksList) for (const t of toks) if (t.cap) knownSurnames.add(t.text);
  }
  paras.forEach((para, i) => {
    const post = detectPost(para.text, w => {
      // A colon-form name counts when its surname is used elsewhere in the article.
      let count = 0;
      for (const other of paras) if (other !== para && other.text.includes(w)) count++;
      return count > 0 && knownSurnames.has(w);
    });
    para.post = post;
    if (post) {
      people.addPostAuthor(post.speaker, post.handle, para.n);
      return;
    }
    for (const { toks } of sentenceTokens[i]!) people.scanParagraph(para.n, toks, para.text, () => true);
  });
  people.finish();

  const resolver = new SpeakerResolver(people);
  for (const para of paras) {
    resolver.setSentences(para.n, para.sentenceStarts);
    resolver.setQuoted(para.n, para.spans);
  }
  const quotes: DraftQuote[] = [];
  const unattributed: DraftQuote[] = [];
  let prevDirect: { ref: SpeakerRef; unclosed: boolean } | null = null;

  let listSpeaker: SpeakerRef | null = null;
  paras.forEach((para, i) => {
    // `She also said:` then bulleted points: each point is an indirect statement of hers.
    const bullet = para.kind === 'bullet' || BULLET.test(para.text);
    if (bullet && listSpeaker && para.spans.length === 0) {
      const start = BULLET.exec(para.text)?.[0].length ?? 0;
      let end = para.text.length;
      while (end > start && /[\s.;]/.test(para.text[end - 1]!)) end--;
      if (end > start) quotes.push({ paragraph: para.n, start, end, kind: 'indirect', ref: listSpeaker });
      return;
    }
    listSpeaker = null;
    if (para.post) {
      const e = people.final(people.addPostAuthor(para.post.speaker, para.post.handle, para.n));
      const ref: SpeakerRef = { kind: 'person', entity: e };
      quotes.push({ paragraph: para.n, start: para.post.start, end: para.post.end, kind: 'post', ref });
      resolver.record(para.n, para.post.start, ref);
      prevDirect = null;
      return;
    }
    const atts: SpanAttribution[] = [];
    for (const { toks } of sentenceTokens[i]!) {
      const s = makeSentence(para.n, para.text, toks, para.spans, resolver);
      const before = para.sentences[para.sentences.length - 1];
      para.sentences.push(s);
      const found = attributeSpans(s);
      // `The mayor summed it up with a joke. "We have more potholes than voters."`: a sentence that is only a
      // quotation, with no attribution of its own, is spoken by the person the sentence before it opens with.
      if (before && found.length === 1 && found[0]!.how === 'none' && s.toks.every(t => t.kind === 'quote' || t.kind === 'punct')) {
        const span = para.spans[found[0]!.span]!;
        const ref = (para.text.slice(span.start, span.end).match(WORDS) ?? []).length >= 3 ? openingSpeaker(before, before.toks.length) : null;
        if (ref && isSpeaker(ref)) {
          found[0]!.ref = ref;
          found[0]!.how = 'before';
        }
      }
      for (const a of found) if (isSpeaker(a.ref)) resolver.record(para.n, para.spans[a.span]!.start, a.ref);
      atts.push(...found);
      const afterSpans = new Set(found.filter(a => a.how === 'after').map(a => a.span));
      for (const c of reportedClauses(s, t => afterSpans.has(t.span!))) {
        quotes.push({ paragraph: para.n, start: c.start, end: c.end, kind: 'indirect', ref: c.ref });
        resolver.record(para.n, c.start, c.ref);
      }
    }
    const closing = para.sentences[para.sentences.length - 1];
    if (closing && para.spans.length === 0 && /:\s*$/.test(para.text)) {
      const hit = closing.verbs.find(h => h.idx >= closing.toks.length - 4 && h.form === 'finite' && closing.toks.slice(h.idx + 1).every(t => t.text === ':' || TIME_OR_FILLER.test(t.lower)));
      const ref = hit ? verbSpeaker(closing, hit) : null;
      if (ref && isSpeaker(ref)) listSpeaker = ref;
    }
    // A quoted line standing alone like a title ("“Keep the Pier Open”") is a heading, nobody's words.
    if (para.kind === 'subhead' || headingLike(para)) {
      for (const a of atts) unattributed.push({ paragraph: para.n, start: para.spans[a.span]!.start, end: para.spans[a.span]!.end, kind: 'direct', ref: { kind: 'none' } });
      prevDirect = null;
      return;
    }
    // Quotes with no attribution of their own take it from the quotes around them.
    const onlyQuotes = para.spans.length > 0 && para.sentences.every(s => s.toks.every(t => t.kind !== 'word'));
    const continues = para.spans[0]?.open === firstNonSpace(para.text) && prevDirect?.unclosed;
    const before = paras[i - 1];
    const told = onlyQuotes && !prevDirect && before && before.spans.length === 0 && !before.post && before.kind !== 'subhead' ? resolver.narrativeSpeaker(before.n) : null;
    const narrative = told && isSpeaker(told) ? told : null;
    atts.forEach((a, k) => {
      if (a.how !== 'none' || a.ref.kind !== 'none') return;
      const span = para.spans[a.span]!;
      const speechLike = (span.end - span.start > 0 && (para.text.slice(span.start, span.end).match(WORDS) ?? []).length >= 3) || /[.,!?]$/.test(para.text.slice(span.start, span.end));
      const prev = atts.slice(0, k).reverse().find(x => isSpeaker(x.ref) && (x.how === 'after' || x.how === 'before'));
      const next = atts.slice(k + 1).find(x => isSpeaker(x.ref) && x.how === 'after');
      if (k === 0 && continues && prevDirect) a.ref = prevDirect.ref;
      else if (speechLike && prev && prev.how === 'after') a.ref = prev.ref;
      else if (speechLike && next && k === 0) a.ref = next.ref;
      else if (onlyQuotes && prevDirect) a.ref = prevDirect.ref;
      else if (onlyQuotes && k === 0 && speechLike && narrative) a.ref = narrative;
      else return;
      a.how = 'before';
    });
    let last: { ref: SpeakerRef; unclosed: boolean } | null = null;
    for (const a of atts) {
      if (a.how === 'title') continue;
      const span = para.spans[a.span]!;
      const draft: DraftQuote = { paragraph: para.n, start: span.start, end: span.end, kind: 'direct', ref: a.ref };
      if (isSpeaker(a.ref)) {
        quotes.push(draft);
        last = { ref: a.ref, unclosed: span.unclosed };
      } else {
        // Words credited to an organisation stay apart from people's quotes, with the organisation named.
        unattributed.push({ ...draft, ref: a.ref.kind === 'org' && a.ref.text ? a.ref : { kind: 'none' } });
      }
    }
    prevDirect = last;
  });
  quotes.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start || (x.kind === 'indirect' ? 1 : 0) - (y.kind === 'indirect' ? 1 : 0));
  return { quotes, unattributed, people };
}

const BULLET = /^\s*[\u2022\u25aa\u25cf*\u2013-]\s+/;
const TIME_OR_FILLER = /^(also|later|then|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|in|a|an|the|statement|interview|once|again)$/;

/** One quoted span and nothing else, title-cased and without a sentence's punctuation: a heading. */
function headingLike(para: ParaInfo): boolean {
  if (para.spans.length !== 1) return false;
  const span = para.spans[0]!;
  const outside = (para.text.slice(0, span.open) + para.text.slice(span.close + 1)).trim();
  if (outside.replace(/[\u201c\u201d"']/g, '') !== '') return false;
  const inner = para.text.slice(span.start, span.end).trim();
  if (/[.,!?;:\u2026]$/.test(inner)) return false;
  const words = inner.match(WORDS) ?? [];
  // "‘We need to listen’" alone on its line, with no punctuation inside or after the marks: a subhead in sentence case.
  if (/[\u201d\u2019"']\s*$/.test(para.text) && words.length > 0 && words.length <= 8) return true;
  if (words.length === 0 || words.length > 10) return false;
  const long = words.filter(w => w.length > 3);
  return long.length > 0 && long.every(w => /^\p{Lu}/u.test(w));
}

function firstNonSpace(s: string): number {
  const m = /\S/.exec(s);
  return m ? m.index : 0;
}
