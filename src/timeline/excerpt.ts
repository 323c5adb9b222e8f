/**
 * The words an event shows: the sentence that holds the date expression, or, when the sentence is long, the clauses
 * around the expression (avoiding those of the sentence's other dates). Always a verbatim slice of the paragraph,
 * never rewritten.
 */
import type { Sentence } from '../text/sentences.ts';

/** Sentences up to this length are shown whole. */
const WHOLE_SENTENCE_MAX = 250;
/** A clause shorter than this grows into its neighbours. */
const CLAUSE_MIN = 70;
/** Hard cap on an excerpt: a window of words around the expression. */
const EXCERPT_MAX = 300;

export interface Span {
  /** Offsets in the sentence text. */
  start: number;
  end: number;
}

/**
 * Offsets in the sentence where one clause ends and the next begins: semicolons, colons, dashes, brackets, and commas
 * before a conjunction or a relative word. Other commas mostly set off appositions ("her lawyer, Jane Doe, said"),
 * which must stay with their clause.
 */
function clauseBreaks(text: string): Span[] {
  const out: Span[] = [];
  const re =
    /[;:]\s+|\s+[\u2014\u2013]\s+|\s+-\s+|\s+\(|\)\s+|,\s+(?=(?:and|but|or|while|which|who|whom|whose|where|when|although|though|because|as|after|before|since|saying|according|including|amid|despite|with|even|so|yet)\b)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function trimmed(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/^[\s,;:\u2014\u2013-]+|[\s,;:\u2014\u2013(-]+$/g, '');
}

/**
 * Excerpt for the expression at `at` in `sentence`; `others` are the other dated expressions of the sentence that
 * tell a different date (the excerpt avoids their clauses).
 */
export function excerptFor(sentence: Sentence, at: Span, others: Span[]): string {
  const text = sentence.text;
  if (text.length <= WHOLE_SENTENCE_MAX) return text;
  const breaks = clauseBreaks(text);
  // clauses as [start, end) spans between breaks
  const clauses: Span[] = [];
  let from = 0;
  for (const b of breaks) {
    clauses.push({ start: from, end: b.start });
    from = b.end;
  }
  clauses.push({ start: from, end: text.length });
  let first = clauses.findIndex(c => c.end > at.start);
  if (first < 0) first = clauses.length - 1;
  let last = first;
  while (last + 1 < clauses.length && clauses[last]!.end < at.end) last++;
  const holdsOther = (c: Span) => others.some(o => o.start < c.end && o.end > c.start);
  const length = () => clauses[last]!.end - clauses[first]!.start;
  while (length() < CLAUSE_MIN) {
    const right = clauses[last + 1];
    const left = clauses[first - 1];
    // an adverbial at the start of the sentence ("On Sunday, ...") dates what follows it: grow right first
    if (right && !holdsOther(right)) last++;
    else if (left && !holdsOther(left)) first--;
    else break;
  }
  // a clause that starts in lower case lost its subject to an apposition ("The envoy, a hotelier ..., is more ..."):
  // take the clauses before it back, as long as the excerpt stays short
  while (/^[a-z]/.test(text.slice(clauses[first]!.start)) && first > 0) {
    const left = clauses[first - 1]!;
    if (holdsOther(left) || clauses[last]!.end - left.start > EXCERPT_MAX) break;
    first--;
  }
  let start = clauses[first]!.start;
  let end = clauses[last]!.end;
  if (end - start > EXCERPT_MAX) {
    const half = Math.floor((EXCERPT_MAX - (at.end - at.start)) / 2);
    start = Math.max(start, at.start - half);
    end = Math.min(end, at.end + half);
    if (start > clauses[first]!.start) start = text.indexOf(' ', start) + 1 || start;
    if (end < clauses[last]!.end) end = text.lastIndexOf(' ', end) > at.end ? text.lastIndexOf(' ', end) : end;
  }
  return trimmed(text, start, end);
}

/** An embedded post: its text, then " — Display Name (@handle) Month D, YYYY". */
const POST_SIGNATURE = /\s[\u2014\u2013]\s[^\u2014\u2013]{1,80}\(@\w+\)\s+[^()]{4,40}$/;
const POST_MAX = 400;

/**
 * The whole post when the expression is the date line of an embedded post (the happening is the posting, and the
 * sentence splitter would cut a post at any full stop inside it); null otherwise.
 */
export function postExcerpt(paragraph: string, expressionOffset: number): string | null {
  const signature = POST_SIGNATURE.exec(paragraph);
  if (!signature || expressionOffset < signature.index) return null;
  return paragraph.length <= POST_MAX ? paragraph : paragraph.slice(paragraph.lastIndexOf(' ', paragraph.length - POST_MAX) + 1);
}
