/**
 * Answer types of questions, as question-answering systems use them: "how many" wants a
 * quantity, "when" a time, "who" a person, "where" a place. A paragraph that holds something of
 * the wanted type is more likely to answer; ask() uses this to re-rank its candidates.
 */

export type AnswerType = 'count' | 'amount' | 'duration' | 'time' | 'person' | 'place';

const QUESTION_PATTERNS: Array<[RegExp, AnswerType]> = [
  [/^\s*(?:and\s+)?how\s+long\b/i, 'duration'],
  [/^\s*(?:and\s+)?how\s+much\b/i, 'amount'],
  [/^\s*(?:and\s+)?how\s+(?:many|old|far|big|large|often|fast|high|tall|wide|deep)\b/i, 'count'],
  [/^\s*(?:and\s+)?(?:when|what\s+(?:day|date|time|year|month)|which\s+(?:day|date|year|month))\b/i, 'time'],
  [/^\s*(?:and\s+)?(?:who|whom|whose)\b/i, 'person'],
  [/^\s*(?:and\s+)?where\b/i, 'place'],
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

const TYPE_PATTERNS: Record<AnswerType, RegExp> = { count: COUNT, amount: AMOUNT, duration: DURATION, time: TIME, person: PERSON, place: PLACE };

/** Whether a paragraph holds something of the answer type. */
export function holdsAnswerType(text: string, type: AnswerType): boolean {
  return TYPE_PATTERNS[type].test(text);
}
