/**
 * Answer types of questions, as question-answering systems use them: "how many" wants a
 * quantity, "when" a time, "who" a person, "where" a place. A paragraph that holds something of
 * the wanted type is more likely to answer; ask() uses this to re-rank its candidates.
 */

export type AnswerType = 'count' | 'amount' | 'duration' | 'time' | 'person' | 'place' | 'reason' | 'name';

const QUESTION_PATTERNS: Array<[RegExp, AnswerType]> = [
  [/^\s*(?:and\s+)?how\s+long\b/i, 'duration'],
  [/^\s*(?:and\s+)?how\s+much\b/i, 'amount'],
  [/^\s*(?:and\s+)?how\s+(?:many|old|far|big|large|often|fast|high|tall|wide|deep)\b/i, 'count'],
  [/^\s*(?:and\s+)?(?:when|what\s+(?:day|date|time|year|month)|which\s+(?:day|date|year|month))\b/i, 'time'],
  [/^\s*(?:and\s+)?(?:who|whom|whose)\b/i, 'person'],
  [/^\s*(?:and\s+)?where\b/i, 'place'],
  [/^\s*(?:and\s+)?(?:why|what\s+(?:caused|led\s+to|prompted|triggered|was\s+the\s+reason))\b/i, 'reason'],
  [/^\s*(?:and\s+)?(?:which|what)\s+(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|the|a|an)\s)[\w-]+\s+){0,2}?(?:countries|country|nations|cities|city|towns?|regions?|provinces|places?|neighbou?rhoods?|boroughs?)\b/i, 'place'],
  [/^\s*(?:and\s+)?(?:which|what)\s+(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|the|a|an)\s)[\w-]+\s+){0,2}?(?:ministers?|leaders?|officials?|senators?|lawmakers?|envoys?|ambassadors?|executives?|officers?|candidates?|members?|judges?|governors?|mayors?|presidents?|politicians?|players?|priests?|spokes\w+|lawyers?|experts?|researchers?|witness(?:es)?|person|people|man|woman)\b/i, 'person'],
  [/^\s*(?:and\s+)?(?:which|what)\s+(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|the|a|an)\s)[\w-]+\s+){0,2}?(?:company|companies|firms?|agency|agencies|organi[sz]ations?|groups?|party|parties|banks?|newspapers?|outlets?|teams?|universit(?:y|ies)|brands?|products?)\b/i, 'name'],
];

/** The type of answer a question asks for, or null for other questions. */
export function answerType(question: string): AnswerType | null {
  for (const [re, type] of QUESTION_PATTERNS) if (re.test(question)) return type;
  return null;
}

const NUMBER_WORDS = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half|quarter)';
const COUNT = new RegExp(`\\d|\\b${NUMBER_WORDS}\\b`, 'i');
const AMOUNT = /[$\u00a3\u20ac]\s?\d|\b(?:dollars|euros|pounds|cents|percent|per cent)\b|\d\s?%/i;
const DURATION = new RegExp(`(?:\\d+|\\b${NUMBER_WORDS})[\\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|characters?|words?|miles?|feet|meters?|kilometers?)\\b`, 'i');
const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const TIME = new RegExp(
  `\\b(?:${MONTHS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|last\\s+(?:week|month|year)|this\\s+(?:week|month|year)|(?:1[89]|20)\\d\\d|\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.m\\.)`,
  'i',
);
const PERSON = /\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'\u2019-]+\b|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+[A-Z]/;
const PLACE = /\b(?:in|at|near|from|outside|inside)\s+(?:the\s+)?[A-Z][\w'\u2019-]+/;

const REASON = /\b(?:because|due\s+to|as\s+a\s+result|owing\s+to|so\s+that|in\s+order\s+to|caused\s+by|led\s+to|blamed|the\s+reason|which\s+(?:means|made|caused)|thanks\s+to|after)\b/i;
/** A capitalised name inside the sentence (not its first word): an organisation, a product, a person. */
const NAME = /[\p{Ll},;:]\s+(?:the\s+)?\p{Lu}[\p{L}&'\u2019.-]+/u;

const TYPE_PATTERNS: Record<AnswerType, RegExp> = { count: COUNT, amount: AMOUNT, duration: DURATION, time: TIME, person: PERSON, place: PLACE, reason: REASON, name: NAME };

/** Types whose answer is a name: one that the question itself names is no answer ("Which senator attacked Christie?"). */
const NAMED = new Set<AnswerType>(['person', 'place', 'name']);

/** Whether a paragraph holds something of the answer type (with the question: a name the question does not hold). */
export function holdsAnswerType(text: string, type: AnswerType, question?: string): boolean {
  const re = TYPE_PATTERNS[type];
  if (!question || !NAMED.has(type)) return re.test(text);
  const asked = new Set((question.toLowerCase().replace(/['\u2019]s\b/g, '').match(/\p{L}+/gu) ?? []));
  const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  for (const m of text.matchAll(all)) {
    const words = (m[0].match(/\p{Lu}\p{L}+/gu) ?? []).map(w => w.toLowerCase());
    if (words.some(w => !asked.has(w))) return true;
  }
  return false;
}
