/**
 * Ranking for natural questions (ask). On top of the keyword search of index.ts:
 *
 * - the words of the question phrase itself are dropped ("how long", "how many": `long` is not a topic);
 * - each question term may also match through its expansions (expand.ts: WordNet synonyms, derived words and
 *   hypernyms, news paraphrases and abbreviations; here: an acronym's spelled-out form) at a lower weight;
 * - coverage counts the question terms the paragraph's own text holds, an expansion standing for its term at its
 *   weight; a term only the article's title or the paragraph before holds counts less (context, not content);
 * - paragraphs whose event dates resolve to a date the question names count that date as present
 *   ("in 2018" matches "Last year" in an article of 2019), via `dateTerms`;
 * - candidates are re-ranked by their best sentence: the share of question terms one sentence holds
 *   (proximity), and whether that sentence holds the kind of answer asked for (answer-type.ts);
 * - a subhead (a short line that is no sentence) names a topic and is ranked below the text that answers.
 */
import type { Query, SearchOptions as MiniSearchOptions } from 'minisearch';
import { splitSentences } from '../text/sentences.ts';
import { processTerm, splitWords, tokenize } from '../text/terms.ts';
import { answerType, holdsAnswerType } from './answer-type.ts';
import { expandQuestion, type ExpandOptions, type Expansion } from './expand.ts';
import type { TermOption } from './fast-scorer.ts';
import type { Hit, IndexedParagraph, SearchIndex } from './index.ts';

export interface AskOptions {
  limit?: number;
  /** Query expansion options; false turns expansion off. */
  expand?: ExpandOptions | false;
  /** How much a sentence holding all question terms adds (score × (1 + sentenceWeight × share²)). */
  sentenceWeight?: number;
  /** Share of the coverage that is the best sentence's rather than the whole paragraph's (0..1). */
  sentenceMix?: number;
  /** Score factor for a paragraph whose best sentence holds the wanted answer type. */
  answerTypeBoost?: number;
  /** Score factor when only another sentence of the paragraph holds it. */
  answerTypeParagraphBoost?: number;
  /** How much a question term counts when only the article's title holds it (not the paragraph). */
  titleWeight?: number;
  /** How much a question term counts when only the paragraph before holds it ("he", "the group" refer back). */
  previousWeight?: number;
  /** Score factor for a subhead (a short line that is no sentence): it names a topic, the text under it answers. */
  headingFactor?: number;
  /** Share of a paragraph's score that depends on how many question terms its whole article holds (0 = none). */
  articleWeight?: number;
  /** Question terms that a paragraph holds without their words, by "article#paragraph" (dates resolved from it). */
  dateTerms?: (question: string, questionTerms: string[], candidates: IndexedParagraph[]) => Map<string, Set<string>>;
}

const DEFAULTS = { limit: 5, sentenceWeight: 0.5, sentenceMix: 0.5, answerTypeBoost: 3, answerTypeParagraphBoost: 2, articleWeight: 0.3, titleWeight: 0.5, previousWeight: 0.3, headingFactor: 0.3 };

/** The adjective of a "how ..." question phrase, which says what kind of answer is wanted, not what it is about. */
const HOW_PHRASE = /\bhow\s+(long|much|many|often|far|old|big|large|soon|fast|high|tall|wide|deep|early|late)\b/gi;

/**
 * The frame of a question around its topic: "manage to", "be able to", "end up", "do for a living", "at the time of".
 * Its words say how the question is put, not what it is about.
 */
const FRAME = /\b(?:(manag(?:e|es|ed|ing)|able|unable|try|tries|tried|trying)\s+to|(end|ends|ended)\s+up|do\s+for\s+a\s+(living)|at\s+the\s+(time)\s+of)\b/gi;

/** Question terms that name the question's kind rather than its topic. */
export function questionPhraseTerms(question: string): Set<string> {
  const out = new Set<string>();
  for (const m of question.matchAll(HOW_PHRASE)) {
    const t = processTerm(m[1]!);
    if (t) out.add(t);
  }
  for (const m of question.matchAll(FRAME)) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4];
    const t = word ? processTerm(word) : null;
    if (t) out.add(t);
  }
  return out;
}

/**
 * Function words the stop list keeps (auxiliaries, modals, pronouns, quantifiers): they say nothing of a question's
 * topic, so they never carry a match ("how long will repairs take?" must not match a paragraph on "will").
 */
const FUNCTION_WORDS = new Set(
  ('will would shall should can could may might must ought be been being am do does did done doing have has had having ' +
    'get gets got let lets also just even still yet ever never already much many more most less least very really quite ' +
    'anyone anything everyone everything someone something nobody nothing one ones own same such other another thing things ' +
    'there here then than now way ways like unlike within without upon onto toward towards among amid via per else whether ' +
    // the question's own frame: "what does X say about Y", "according to Z"
    'according')
    .split(' '),
);

/** The topic terms of a question: its index terms, minus function words. */
export function questionTerms(question: string): string[] {
  const out = new Set<string>();
  for (const t of tokenize(question)) if (t.term && !FUNCTION_WORDS.has(t.word.toLowerCase().replace(/\u2019/g, "'"))) out.add(t.term);
  return [...out];
}

const key = (d: IndexedParagraph) => `${d.article.id}#${d.paragraph.n}`;

/**
 * Weighted share of question terms present, 0..1: `presence` gives how present an index term is (1 in the text
 * itself, less when only its context holds it); an expansion counts at its weight; each term at its rarity.
 */
function share(groups: string[], expansions: Expansion[], presence: (t: string) => number, weights?: ReadonlyMap<string, number>): number {
  let sum = 0;
  let total = 0;
  for (const g of groups) {
    const w = weights?.get(g) ?? 1;
    total += w;
    let best = presence(g);
    if (best < 1) {
      for (const e of expansions) {
        if (e.source !== g || e.weight <= best) continue;
        let p = 1;
        for (const t of e.terms) p = Math.min(p, presence(t));
        if (e.weight * p > best) best = e.weight * p;
      }
    }
    sum += w * best;
  }
  return total ? sum / total : 0;
}

/** processTerm remembered: re-ranking reads a few hundred paragraphs a question, and their words repeat. */
const termMemo = new Map<string, string | null>();
function memoTerm(word: string): string | null {
  let t = termMemo.get(word);
  if (t === undefined) {
    if (termMemo.size >= 100_000) termMemo.clear();
    t = processTerm(word);
    termMemo.set(word, t);
  }
  return t;
}

/** The index terms of a text. */
function termSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of splitWords(text)) {
    const t = memoTerm(w);
    if (t) out.add(t);
  }
  return out;
}

/** How many of the first pass's best paragraphs are scored on their own words (the rest only count for their article). */
const RESCORED = 100;

/** How many paragraphs the first, term-level pass keeps for the sentence-level re-ranking. */
const CANDIDATES = 200;

interface Candidate {
  doc: IndexedParagraph;
  result: { score: number; terms: string[]; queryTerms: string[] };
}

/**
 * The question's terms (fuzzy where long) OR its expansions (exact, at their weights), scored as
 * search scores. The fast scorer keeps only the best `keep`; without it, minisearch's own query
 * tree gives every match (an expansion of several words then needs all of them).
 */
function candidates(index: SearchIndex, groups: string[], expansions: Expansion[], keep: number): Candidate[] {
  const terms: string[] = [...groups];
  const options: TermOption[] = groups.map(() => ({}));
  for (const e of expansions) {
    for (const t of e.terms) {
      terms.push(t);
      options.push({ weight: e.weight / e.terms.length, exact: true });
    }
  }
  const fast = index.weightedTerms(terms, options, keep);
  if (fast) return fast;
  const queries: Query[] = [{ queries: [groups.join(' ')], fuzzy: (t: string) => (t.length >= 6 ? 0.2 : false), maxFuzzy: 1, weights: { fuzzy: 0.3, prefix: 0.5 } }];
  for (const e of expansions) {
    const sub: MiniSearchOptions & { queries: Query[] } = { queries: e.terms, combineWith: 'AND', fuzzy: false, boostTerm: () => e.weight };
    queries.push(sub);
  }
  return index.matchTerms({ combineWith: 'OR', queries }, { boost: { text: 1, title: 0.35 } });
}

/** Words an acronym's letters skip ("Department of Justice" is DOJ). */
const ACRONYM_GAPS = new Set(['of', 'the', 'and', 'for', 'on', '&']);

/**
 * Spelled-out forms of the question's acronyms found in the candidate paragraphs: "CBO" stands for "Congressional
 * Budget Office" where a run of capitalised words has those initials. Each is an expansion of the acronym.
 */
function acronymExpansions(question: string, groups: string[], texts: Iterable<string>, weight: number): Expansion[] {
  const acronyms = new Map<string, string>();
  for (const t of tokenize(question)) if (/^[A-Z]{2,6}s?$/.test(t.word) && t.term && groups.includes(t.term)) acronyms.set(t.word.replace(/s$/, ''), t.term);
  if (acronyms.size === 0) return [];
  const found = new Map<string, Expansion>();
  for (const text of texts) {
    const words = text.match(/[\p{L}&]+/gu) ?? [];
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i]!)) continue;
      for (const [acronym, source] of acronyms) {
        if (found.has(acronym) || words[i]![0] !== acronym[0]) continue;
        let k = 0;
        let j = i;
        const spelled: string[] = [];
        while (j < words.length && k < acronym.length) {
          const w = words[j]!;
          if (j > i && ACRONYM_GAPS.has(w.toLowerCase())) {
            j++;
            continue;
          }
          if (w[0] !== acronym[k] || !/^\p{Lu}\p{Ll}/u.test(w)) break;
          spelled.push(w);
          k++;
          j++;
        }
        if (k === acronym.length) {
          const terms = spelled.map((w) => processTerm(w)).filter((x): x is string => x !== null);
          if (terms.length) found.set(acronym, { terms, weight, source });
        }
      }
    }
  }
  return [...found.values()];
}

/** A subhead: one short line that does not end as a sentence does. */
function isHeading(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 14 && !/[.!?:"\u201d\u2019)]$/.test(t);
}

/** The best paragraphs for a question, best first. */
export function askSearch(index: SearchIndex, question: string, options: AskOptions = {}): Hit[] {
  const o = { ...DEFAULTS, ...options };
  const phrase = questionPhraseTerms(question);
  let groups = questionTerms(question).filter((t) => !phrase.has(t));
  if (groups.length === 0) groups = questionTerms(question);
  if (groups.length === 0) return [];
  let expansions: Expansion[] = [];
  if (o.expand !== false) {
    const x = expandQuestion(question, o.expand ?? {}, phrase);
    if (groups.some((g) => !x.absorbed.has(g))) groups = groups.filter((g) => !x.absorbed.has(g));
    expansions = x.expansions.filter((e) => groups.includes(e.source));
  }

  const raw = candidates(index, groups, expansions, Math.max(o.limit * 20, CANDIDATES));
  expansions = [...expansions, ...acronymExpansions(question, groups, raw.map((c) => c.doc.paragraph.text), 0.9)];
  const dates = o.dateTerms ? o.dateTerms(question, groups, raw.map((c) => c.doc)) : new Map<string, Set<string>>();

  // A name in several articles: the article that also holds the question's other words is the one asked about.
  const byArticle = new Map<string, Set<string>>();
  for (const { doc, result } of raw) {
    const set = byArticle.get(doc.article.id) ?? new Set<string>();
    for (const t of result.queryTerms) set.add(t);
    byArticle.set(doc.article.id, set);
  }
  // Words of the article's title, and of the paragraph before (what "he" or "the group" refers to), count for a
  // paragraph at lower weights: its own words say what it is about.
  const titleTerms = new Map<string, Set<string>>();
  const scored = raw.slice(0, RESCORED).map(({ doc, result }) => {
    const extra = dates.size ? dates.get(key(doc)) : undefined;
    const own = termSet(doc.paragraph.text);
    let title = titleTerms.get(doc.article.id);
    if (!title) titleTerms.set(doc.article.id, (title = termSet(doc.article.title)));
    const prevText = o.previousWeight > 0 && doc.paragraph.n > 1 ? doc.article.paragraphs[doc.paragraph.n - 2]?.text : undefined;
    // Read only when a term is missing from the paragraph itself.
    let prev: Set<string> | undefined;
    const inPrevious = (t: string) => prevText !== undefined && (prev ??= termSet(prevText)).has(t);
    const context = (t: string) => Math.max(title.has(t) ? o.titleWeight : 0, inPrevious(t) ? o.previousWeight : 0);
    const coverage = share(groups, expansions, (t) => (own.has(t) || extra?.has(t) ? 1 : context(t)));
    const bm25 = result.score / Math.max(1, result.queryTerms.length);
    const inArticle = byArticle.get(doc.article.id)!;
    const articleCoverage = share(groups, expansions, (t) => (inArticle.has(t) || extra?.has(t) ? 1 : 0));
    const score = bm25 * coverage * groups.length * (0.25 + 0.75 * coverage * coverage) * (1 - o.articleWeight + o.articleWeight * articleCoverage);
    return { doc, score, coverage, matched: result.terms, extra, context };
  });
  scored.sort((a, b) => b.score - a.score || a.doc.paragraph.n - b.doc.paragraph.n);

  const wanted = answerType(question);
  const pool = scored.slice(0, Math.max(o.limit * 5, 30));
  const hits: Hit[] = pool.map((c) => {
    let score = c.score;
    // The sentence that holds most of the question: one sentence holding the whole answer beats a paragraph
    // that names each word once, and it is where the answer type is looked for.
    let best = '';
    let bestShare = -1;
    for (const s of splitSentences(c.doc.paragraph.text)) {
      const inSentence = termSet(s.text);
      const sh = share(groups, expansions, (t) => (inSentence.has(t) || c.extra?.has(t) ? 1 : c.context(t)));
      if (sh > bestShare) {
        bestShare = sh;
        best = s.text;
      }
    }
    score *= 1 + o.sentenceWeight * Math.max(0, bestShare) ** 2;
    // Coverage counts half by the paragraph and half by its best sentence: the steep coverage curve of the first
    // pass, applied to that mix, puts a sentence that holds the whole question above words spread over a paragraph.
    if (o.sentenceMix > 0 && c.coverage > 0) {
      const mix = (1 - o.sentenceMix) * c.coverage + o.sentenceMix * Math.max(0, bestShare);
      score *= (0.25 + 0.75 * mix * mix) / (0.25 + 0.75 * c.coverage * c.coverage);
    }
    if (wanted) {
      if (holdsAnswerType(best, wanted, question)) score *= o.answerTypeBoost;
      else if (holdsAnswerType(c.doc.paragraph.text, wanted, question)) score *= o.answerTypeParagraphBoost;
    }
    // A subhead names a topic; the paragraphs under it answer.
    if (isHeading(c.doc.paragraph.text)) score *= o.headingFactor;
    return { article: c.doc.article, paragraph: c.doc.paragraph, score, matched: c.matched, coverage: c.coverage };
  });
  hits.sort((a, b) => b.score - a.score || a.paragraph.n - b.paragraph.n);
  return hits.slice(0, o.limit);
}
