/**
 * The tense of the clause a date expression sits in, read from the verbs around it with cheap rules (no NLP model:
 * this runs on every dated sentence of large corpora). First the words before the expression, back to the start of
 * its clause ("who will testify Thursday", "they would come back to it on Wednesday", "she said Friday"); when they
 * hold no verb, the words after it up to the end of the sentence ("On Sunday, his son issued a statement").
 */

export type Tense = 'past' | 'present' | 'future';

/** Modals and auxiliaries that put what follows in the future ("would" too: future seen from a past report). */
const FUTURE_AUX = new Set(['will', 'shall', 'would', "won't", 'wont', "wouldn't", "'ll", 'gonna']);
/** X to <verb>: "plans to", "is expected to", "is scheduled to", "is set to", "is going to". */
const FUTURE_BEFORE_TO = new Set([
  'expected', 'scheduled', 'set', 'due', 'slated', 'planned', 'plans', 'plan', 'planning', 'poised', 'going', 'intends',
  'intend', 'intended', 'aims', 'aim', 'hopes', 'hope', 'wants', 'expects', 'expect', 'likely', 'ready', 'about', 'vowed',
  'vows', 'promised', 'promises', 'pledged', 'threatened', 'threatens', 'agreed', 'agrees', 'prepared', 'preparing',
]);
/** Participles that announce something to come even without "to": "a ruling is expected Friday", "set for Monday". */
const FUTURE_PARTICIPLES = new Set(['expected', 'scheduled', 'slated', 'set', 'due', 'planned']);
const FUTURE_WORDS = new Set(['upcoming', 'forthcoming', 'tomorrow']);
/**
 * Verbs of schedules, whose simple present with a date is a plan ("The trial begins Monday", "Voters head to the
 * polls Tuesday", "The Fed meets March 21"): news tells past happenings in the past tense. Forms that are also past
 * tenses (hit, put, set) are left out.
 */
const FUTURATE = new Set(
  (
    'begin begins start starts open opens head heads resume resumes kick kicks return returns meet meets vote votes ' +
    'face faces arrive arrives close closes end ends launch launches travel travels visit visits host hosts hold holds ' +
    'play plays go goes take takes testify testifies speak speaks appear appears convene convenes reconvene reconvenes ' +
    'expire expires debut debuts premiere premieres air airs leave leaves depart departs decide decides rule rules ' +
    'hear hears weigh weighs unveil unveils release releases report reports rise rises sit sits'
  ).split(' '),
);
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'should']);
/** Verbs of expectation in the present, which look forward like "will": "expects a decision in May". */
const EXPECTING = new Set(
  (
    'expects expect anticipates anticipate forecasts forecast predicts predict projects hopes hope plans aims aim ' +
    'intends intend awaits await eyes targets envisions envision envisages envisage foresees foresee expecting ' +
    'anticipating awaiting planning eyeing targeting'
  ).split(' '),
);
const COPULA = new Set(['is', 'are', "'s", "'re"]);

const PAST_AUX = new Set(['was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't"]);
const PRESENT_AUX = new Set(['is', 'are', 'am', "isn't", "aren't", 'does', 'do', "doesn't", "don't", 'has', 'have', "hasn't", "haven't"]);
const PASSIVE_BE = new Set(['be', 'been', 'being', 'is', 'are', 'am', "'s", "'re"]);

const IRREGULAR_PAST = new Set(
  (
    'said told met went came took made gave held left began saw wrote ran won lost sent spoke fell rose found thought ' +
    'brought bought caught fought taught sold felt kept led paid put cut hit quit struck stood understood withdrew drew ' +
    'grew knew threw flew broke chose froze stole woke wore tore swore forgot got shot sat ate became hid bit rode drove ' +
    'arose shook sought sank sang rang swam lay laid fled fed dealt meant slept swept wept built spent lent bent heard ' +
    'did was were had overtook undertook mistook forbade forgave overcame overthrew upheld withheld beheld underwent ' +
    'struck slid spun stuck stung swung hung dug won shut split spread cast bet bid let rid shed burst upset lit ' +
    'gone done seen taken given written spoken known shown begun broken chosen driven eaten fallen forgotten gotten ' +
    'hidden ridden risen stolen sworn thrown woken worn drawn grown flown'
  ).split(' '),
);
/** Participles that are never a simple past: without an auxiliary they qualify a noun ("wants the work done by May"). */
const PARTICIPLES_ONLY = new Set(
  (
    'gone done seen taken given written spoken known shown begun broken chosen driven eaten fallen forgotten gotten ' +
    'hidden ridden risen stolen sworn thrown woken worn drawn grown flown'
  ).split(' '),
);
const PERFECT_OR_PASSIVE = new Set(['have', 'has', 'had', "'ve", 'having', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', "'s", "'re", 'get', 'got', 'gets', 'not', "n't", 'never', 'already', 'just', 'also']);

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'another', 'each', 'every']);
/** Past forms that are also nouns: "a rate cut", "a big hit", "a tax bid". */
const SAME_AS_NOUN = new Set(['cut', 'hit', 'put', 'set', 'cast', 'bid', 'spread', 'split', 'shot', 'bet', 'upset', 'burst']);

/** Words in -ed that are not verbs. */
const NOT_VERBS = new Set(['hundred', 'red', 'bed', 'shed', 'wed', 'bred', 'sled', 'fled', 'naked', 'wicked', 'sacred', 'kindred', 'rugged', 'ragged', 'crooked', 'beloved', 'learned', 'aged', 'alleged', 'supposed', 'so-called', 'united', 'limited', 'advanced', 'detailed', 'related', 'based', 'armed', 'elected']);

/** Punctuation that closes a clause when scanning backwards from the expression. */
const CLAUSE_BREAK = /[,;:()\u2014\u2013"\u201c\u201d]/;

interface Token {
  word: string;
  /** A clause break sits between this token and the previous one. */
  breakBefore: boolean;
  /** A quotation mark sits between this token and the previous one. */
  quoteBefore: boolean;
  /** Capitalised and not the first word: a name ("the Fed"), never the verb. */
  name: boolean;
}

/** What a contraction stands for: "they'll", "she'd", "we're", "they've", "I'm". */
const CONTRACTED: Record<string, string> = { "'ll": "'ll", "'d": 'would', "'re": 'are', "'ve": 'have', "'m": 'am' };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[A-Za-z][A-Za-z'\u2019-]*|[,;:()\u2014\u2013"\u201c\u201d]/g;
  let pendingBreak = false;
  let pendingQuote = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0];
    if (CLAUSE_BREAK.test(w) && w.length === 1) {
      pendingBreak = true;
      if (/["\u201c\u201d]/.test(w)) pendingQuote = true;
      continue;
    }
    let word = w.toLowerCase().replace(/\u2019/g, "'");
    // contractions: "they'll" -> "'ll", "he's" keeps its verb role via "'s"
    const contraction = /^[a-z]+('ll|'d|'re|'ve|'m)$/.exec(word);
    if (contraction) word = CONTRACTED[contraction[1]!]!;
    out.push({ word, breakBefore: pendingBreak, quoteBefore: pendingQuote, name: /^[A-Z]/.test(w) && m.index > 0 && !/[.!?]["\u201d']?\s*$/.test(text.slice(0, m.index)) });
    pendingBreak = false;
    pendingQuote = false;
  }
  return out;
}

function isPastForm(word: string): boolean {
  if (IRREGULAR_PAST.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !word.endsWith('eed') && !NOT_VERBS.has(word);
}

/**
 * Reads a verb group around tokens[i], scanning towards the start: returns a tense when tokens[i] decides one,
 * 'skip' when it is a passive participle to look past, or null when it says nothing.
 */
function judge(tokens: Token[], i: number): Tense | 'skip' | null {
  if (tokens[i]!.name) return null;
  const word = tokens[i]!.word;
  const prev = tokens[i - 1]?.word ?? '';
  const prev2 = tokens[i - 2]?.word ?? '';
  if (word === 'of' && prev === 'ahead') return 'future'; // "ahead of Friday's vote"
  if (word === 'to' && (COPULA.has(prev) || prev === 'was' || prev === 'were')) return 'future'; // "is to testify"
  if (FUTURATE.has(word)) {
    if (DETERMINERS.has(prev)) return null; // "the end of February", "a vote": a noun
    const aux = prev === 'not' || prev === "n't" ? prev2 : prev;
    if (PAST_AUX.has(aux) || aux === "didn't" || aux === 'never') return 'past';
    if (aux === 'to') return 'skip'; // the verb before "to" decides: "plans to return", "refused to return"
    if (FUTURE_AUX.has(aux) || MODALS.has(aux) || COPULA.has(aux) || PRESENT_AUX.has(aux)) return 'future';
    return 'future';
  }
  if (FUTURE_AUX.has(word) || FUTURE_WORDS.has(word)) {
    if (tokens[i + 1]?.word === 'have' && word !== 'will') return 'past'; // "would have gone": counterfactual past
    return 'future';
  }
  if (word === 'to' && FUTURE_BEFORE_TO.has(prev)) return 'future';
  // "should reopen by mid-April", "may return in March": a modal before a plain verb looks forward ("could have" does not)
  if (MODALS.has(word) && tokens[i + 1] && tokens[i + 1]!.word !== 'have' && tokens[i + 1]!.word !== 'not' && !isPastForm(tokens[i + 1]!.word)) return 'future';
  if (EXPECTING.has(word) && !PAST_AUX.has(prev)) return 'future';
  if (word === 'to' && prev === 'going') return 'future';
  if ((word === 'for' || word === 'on') && FUTURE_PARTICIPLES.has(prev)) return PAST_AUX.has(prev2) || prev2 === 'been' ? 'past' : 'future';
  if (FUTURE_PARTICIPLES.has(word) && PASSIVE_BE.has(prev)) return 'future';
  if (PAST_AUX.has(word)) return 'past';
  if ((word === 'have' || word === "'ve") && (MODALS.has(prev) || prev === 'would')) return 'past'; // "would have gone"
  if (PRESENT_AUX.has(word)) return 'present';
  if (isPastForm(word)) {
    if (FUTURE_AUX.has(prev) && word !== 'been') return 'future'; // "will cut", "would put": a plain verb
    if (prev === 'to') return null; // "having to put up with", "to set out": an infinitive
    if (DETERMINERS.has(prev) || ((prev2 === 'a' || prev2 === 'an') && SAME_AS_NOUN.has(word))) return null; // "the cut", "a rate cut"
    if (PARTICIPLES_ONLY.has(word) && !PERFECT_OR_PASSIVE.has(prev)) return null;
    if (PASSIVE_BE.has(prev) && prev !== 'been') return 'skip'; // "will be held", "is reported": the auxiliary decides
    return 'past';
  }
  return null;
}

/** Tense of the clause around text[start, end) within one sentence. */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  const tense = clauseTense(sentence, start, end);
  // "is closed until Sunday", "runs through June": a present state that lasts to a date looks forward
  if (tense !== 'present') return tense;
  const lasting = /\b(?:until|till|through|thru)\s+$/i;
  if (lasting.test(sentence.slice(Math.max(0, start - 8), start)) || /^(?:until|till|through|thru)\s/i.test(sentence.slice(start, start + 8))) return 'future';
  return tense;
}

function clauseTense(sentence: string, start: number, end: number): Tense {
  const before = tokenize(sentence.slice(0, start));
  const last = before[before.length - 1];
  if (last && COPULA.has(last.word) && !/[,;:]\s*$/.test(sentence.slice(0, start))) return 'future'; // "The vote is Tuesday"

  for (let i = before.length - 1; i >= 0; i--) {
    const verdict = judge(before, i);
    if (verdict && verdict !== 'skip') return verdict;
    if (before[i]!.breakBefore) break;
  }
  const rest = sentence.slice(end);
  const after = tokenize(rest);
  // "Monday's vote was close", "the Monday vote": the date qualifies a noun, which is no verb of schedule
  const possessive = /^['\u2019]s\b/.test(rest);
  const nounAfter = possessive || (/^\s+[a-z]/.test(rest) && /\b(?:the|a|an|this|that|last|next|its|their|his|her)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start)));
  let first = possessive ? 1 : 0;
  if (nounAfter && FUTURATE.has(after[first]?.word ?? '')) first++;
  // forward: the first verb group after the expression; look ahead one word for "will be held" style groups
  for (let i = first; i < after.length; i++) {
    if (after[i]!.quoteBefore) break; // the words of a quotation end there: "…today," she said
    if (after[i]!.name) continue;
    const word = after[i]!.word;
    if (FUTURATE.has(word)) return PAST_AUX.has(after[i - 1]?.word ?? '') ? 'past' : 'future';
    if (FUTURE_AUX.has(word) || FUTURE_WORDS.has(word)) return after[i + 1]?.word === 'have' && word !== 'will' ? 'past' : 'future';
    if (MODALS.has(word) && after[i + 1] && !['have', 'not'].includes(after[i + 1]!.word) && !isPastForm(after[i + 1]!.word)) return 'future'; // "Sunday's vote could change …"
    if (word === 'to' && FUTURE_BEFORE_TO.has(after[i - 1]?.word ?? '')) return 'future';
    if (FUTURE_PARTICIPLES.has(word) && PASSIVE_BE.has(after[i - 1]?.word ?? '')) return 'future';
    if (PAST_AUX.has(word)) return 'past';
    if (PRESENT_AUX.has(word)) {
      const next = after[i + 1]?.word ?? '';
      if (FUTURE_PARTICIPLES.has(next) || next === 'going') return 'future';
      return 'present';
    }
    if (isPastForm(word)) return 'past';
  }
  return 'present';
}
