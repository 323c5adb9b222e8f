/**
 * Pass 2 — direct quotes: each quoted span of a sentence gets the speaker of the attribution right after it
 * (`"…," Hale said` / `"…," said Ana Ruiz`), else of the verb of saying before it in the sentence
 * (`Hale said: "…"`, `described the plan as "reckless"`). Titles of shows and works are dropped.
 */
import { closesSentence, npAfter, npBefore } from '../grammar.ts';
import { VERB_FILLERS } from '../lexicon.ts';
import { openingSpeaker, verbSpeaker } from '../sentence.ts';
import { isSpeaker } from '../speakers.ts';
import type { SentenceCtx } from '../sentence.ts';
import type { SpeakerRef } from '../speakers.ts';
import { isCapitalized, possessiveBase } from '../tokens.ts';

export interface SpanAttribution {
  /** Index of the span in the paragraph. */
  span: number;
  /** How the speaker was found: by the attribution after the quote, by a verb before it, or not at all. */
  how: 'after' | 'before' | 'none' | 'title';
  ref: SpeakerRef;
}

const TITLE_CONTEXT = new Set([
  'show', 'program', 'programme', 'series', 'book', 'film', 'movie', 'album', 'song', 'newspaper', 'magazine', 'column',
  'titled', 'entitled', 'headlined', 'headline', 'podcast', 'segment', 'documentary', 'play', 'novel', 'musical',
  'episode', 'article', 'essay', 'memoir', 'poem', 'opera', 'hashtag', 'slogan', 'motto', 'named', 'dubbed', 'brand',
]);

/** `CBS's "Face the Nation"`, `talk show "Good Morning"`: the title of a work, not speech. */
export function isTitleSpan(s: SentenceCtx, q: number): boolean {
  const span = s.spans[s.toks[q]!.span!]!;
  const content = s.text.slice(span.start, span.end).replace(/[.,!?]+$/, '');
  const words = content.split(/\s+/).filter(Boolean);
  const titleCase = words.filter(w => w.length > 3).every(w => /^[\p{Lu}\d]/u.test(w)) && /^[\p{Lu}\d]/u.test(words[0] ?? '');
  const prev = s.toks[q - 1];
  if (!prev || prev.kind !== 'word') return false;
  if (possessiveBase(prev) && isCapitalized(prev) && titleCase && words.length <= 8) return true;
  if (TITLE_CONTEXT.has(prev.lower) && (titleCase || words.length <= 4)) return true;
  return false;
}

export function attributeSpans(s: SentenceCtx): SpanAttribution[] {
  const out: SpanAttribution[] = [];
  const { toks, verbs } = s;
  for (let q = 0; q < toks.length; q++) {
    const t = toks[q]!;
    if (t.kind !== 'quote') continue;
    const span = t.span!;
    if (isTitleSpan(s, q)) {
      out.push({ span, how: 'title', ref: { kind: 'none' } });
      continue;
    }
    // After: `"…," said X` or `"…," X said`.
    let k = q + 1;
    if (toks[k]?.text === ',' || toks[k]?.text === '\u2014') k++;
    const inv = verbs.find(v => v.idx === k && v.inverted);
    if (inv) {
      out.push({ span, how: 'after', ref: verbSpeaker(s, inv) });
      continue;
    }
    const np = npAfter(toks, k);
    if (np) {
      // "…," X said / "…," a spokesman for the union said: a phrase of words, then the verb.
      const hit = verbs.find(h => h.idx > np[1] && h.idx <= k + 12 && h.form === 'finite' && toks.slice(k, h.idx).every(x => x.kind === 'word'));
      // "…," Rep. John Doe, D-N.Y., said / "…," Jane Roe, a spokeswoman for the agency, said: an appositive between.
      const apposed = hit ? undefined : verbs.find(h => h.idx > np[1] + 2 && h.idx <= np[1] + 16 && h.form === 'finite' && toks[np[1] + 1]?.text === ',' && toks[h.idx - 1]?.text === ',' &&
        toks.slice(np[1] + 2, h.idx - 1).every(x => x.kind === 'word') && toks.slice(k, np[1] + 1).every(x => x.kind === 'word'));
      if (apposed && resolverNamed(s, np)) {
        out.push({ span, how: 'after', ref: s.resolver.phrase(s.paragraph, toks, np[0], np[1]) });
        continue;
      }
      // "…," her father, Bernd, said / "…," the fire chief, Mara Quinn, said: the name in the appositive speaks.
      if (apposed) {
        const m = s.resolver.lastMentionIn(s.paragraph, toks[np[1] + 2]!.start, toks[apposed.idx - 2]!.end);
        const described = s.resolver.phrase(s.paragraph, toks, np[0], np[1]);
        if (m) {
          out.push({ span, how: 'after', ref: { kind: 'person', entity: s.resolver.people.final(m.entity) } });
          continue;
        }
        if (described.kind === 'group' || described.kind === 'person') {
          out.push({ span, how: 'after', ref: described });
          continue;
        }
      }
      if (hit) {
        let e = hit.idx - 1;
        while (e > k && VERB_FILLERS.has(toks[e]!.lower)) e--;
        out.push({ span, how: 'after', ref: s.resolver.phrase(s.paragraph, toks, np[0], e) });
        continue;
      }
    }
    // Before: the nearest verb of saying earlier in the sentence.
    let before = [...verbs].reverse().find(h => h.idx < q);
    if (before && (before.form === 'participle' || before.form === 'infinitive')) {
      // "Reyes was known for telling others "…", said another witness": the closing attribution governs.
      const closing = verbs.find(h => h.idx > q && (h.inverted ? toks[h.idx - 1]?.text === ',' : closesSentence(toks, h.idx) && toks[(npBefore(toks, h.idx)?.[0] ?? 0) - 1]?.text === ','));
      if (closing) before = closing;
    }
    if (before) {
      out.push({ span, how: 'before', ref: verbSpeaker(s, before) });
      continue;
    }
    // "Bassi summed up the season: “…”": a colon hands the quotation to the subject the sentence opens with.
    if (toks[q - 1]?.text === ':') {
      const ref = openingSpeaker(s, q - 1);
      if (isSpeaker(ref)) {
        out.push({ span, how: 'before', ref });
        continue;
      }
    }
    out.push({ span, how: 'none', ref: { kind: 'none' } });
  }
  return out;
}

/** Does a phrase hold a person's name (so that an appositive may follow it)? */
function resolverNamed(s: SentenceCtx, np: [number, number]): boolean {
  return s.resolver.hasMention(s.paragraph, s.toks[np[0]]!.start, s.toks[np[1]]!.end);
}
