/**
 * Answer types of questions, as question-answering systems use them: "how many" wants a
 * quantity, "when" a time, "who" a person, "where" a place, "which countries" a list of places. A
 * paragraph that holds something of the wanted type is more likely to answer; ask() uses this to
 * re-rank its candidates. A name the question itself holds is no answer to it ("Who attacked Mayor
 * Oda?" is not answered by "Mayor Oda spoke").
 */

export type AnswerType = 'count' | 'amount' | 'duration' | 'time' | 'person' | 'place' | 'places' | 'reason' | 'name';

const PERSON_NOUNS =
  'ministers?|leaders?|officials?|senators?|lawmakers?|legislators?|envoys?|ambassadors?|diplomats?|executives?|officers?|candidates?|members?|judges?|' +
  'governors?|mayors?|presidents?|politicians?|players?|priests?|spokes\\w+|lawyers?|attorneys?|prosecutors?|experts?|researchers?|scientists?|analysts?|' +
  'witness(?:es)?|persons?|people|man|men|woman|women|founders?|owners?|chiefs?|directors?|managers?|coach(?:es)?|doctors?|nurses?|victims?|suspects?|' +
  'activists?|journalists?|reporters?|writers?|authors?|photographers?|artists?|actors?|actress(?:es)?|singers?|students?|teachers?|workers?|residents?|users?|' +
  'bartenders?|firefighters?|detectives?|commanders?|generals?|soldiers?|chairman|chairwoman|chair|ceo|cfo|secretary|secretaries|relatives?|sons?|daughters?|' +
  'husbands?|wives|wife|fathers?|mothers?|brothers?|sisters?|parents?|child|children|investors?|donors?|employees?|staffers?|aides?|advisers?|advisors?';

/** The nouns after "which"/"what" that say what kind of answer is wanted (the last one of the phrase wins: "which state senator"). */
const TYPE_NOUNS: Array<[RegExp, AnswerType]> = [
  [/^(?:countries|nations|cities|towns|regions|provinces|states|places|neighbou?rhoods|boroughs|districts|counties|islands)$/, 'places'],
  [/^(?:country|nation|city|town|region|province|state|place|neighbou?rhood|borough|district|county|island|street|venue|location|building|hospital|prison|court)$/, 'place'],
  [new RegExp(`^(?:${PERSON_NOUNS})$`), 'person'],
  [/^(?:company|companies|firms?|agency|agencies|organi[sz]ations?|groups?|party|parties|banks?|newspapers?|outlets?|teams?|clubs?|universit(?:y|ies)|brands?|products?|apps?|collection|portfolio|programs?|programmes?|projects?|laws?|bills?|names?|slogans?|titles?|websites?|sites?|platforms?|games?|books?|films?|movies?|shows?|songs?)$/, 'name'],
  [/^(?:day|date|time|year|month|season|week|hour|weekday)$/, 'time'],
];
/** Words that end the noun phrase after "which"/"what". */
const PHRASE_END = new Set('did does do is was are were has have had will would can could should may might must the a an to of in on at for by with from about'.split(' '));

/** The answer type said by the noun phrase after "which"/"what" ("Which Republican state senator ..." -> person). */
function whichType(question: string): AnswerType | null {
  const m = /^\s*(?:and\s+)?(?:which|what)\s+(.*)$/i.exec(question);
  if (!m) return null;
  let type: AnswerType | null = null;
  for (const word of m[1]!.toLowerCase().split(/[^\p{L}'\u2019-]+/u).filter(Boolean).slice(0, 4)) {
    if (PHRASE_END.has(word)) break;
    const w = word.replace(/['\u2019]s?$/, '');
    for (const [re, t] of TYPE_NOUNS) if (re.test(w)) type = t;
  }
  return type;
}

const QUESTION_PATTERNS: Array<[RegExp, AnswerType]> = [
  [/^\s*(?:and\s+)?how\s+long\b/i, 'duration'],
  [/^\s*(?:and\s+)?how\s+much\b/i, 'amount'],
  [/^\s*(?:and\s+)?how\s+(?:many|old|far|big|large|often|fast|high|tall|wide|deep|few)\b/i, 'count'],
  [/^\s*(?:and\s+)?(?:when|by\s+when|how\s+soon)\b/i, 'time'],
  [/^\s*(?:and\s+)?(?:who|whom|whose)\b/i, 'person'],
  [/^\s*(?:and\s+)?where\b/i, 'place'],
  [/^\s*(?:and\s+)?(?:why|for\s+what\s+reason|what\s+(?:caused|causes|led\s+to|leads\s+to|prompted|triggered|sparked|was\s+the\s+reason|is\s+the\s+reason))\b/i, 'reason'],
];
/** "What will it cost?", "What price ...", "What did they pay?" */
const AMOUNT_QUESTION = /^\s*(?:and\s+)?what\b[^?]*\b(?:cost|costs|price|prices|pay|paid|paying|charge|charged|fee|fees|worth|budget|spend|spent|salary|fine)\b/i;

/** The type of answer a question asks for, or null for other questions. */
export function answerType(text: string): AnswerType | null {
  // "By how much ...", "In which city ...", "And when ...": the question word after a leading preposition.
  const question = text.replace(/^\s*(?:(?:and|so|but|also|then)\s+)?(?:(?:by|for|to|in|on|at|from|since|until|of|with|during|after|before)\s+(?=(?:how|which|what|when|where|whom|whose)\b))?/i, '');
  for (const [re, type] of QUESTION_PATTERNS) if (re.test(question)) return type;
  return whichType(question) ?? (AMOUNT_QUESTION.test(question) ? 'amount' : null);
}

const NUMBER_WORDS = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?|thousands?|millions?|billions?|half|quarter|a\\s+dozen|a\\s+third)';
const COUNT = new RegExp(`\\d|\\b${NUMBER_WORDS}\\b`, 'i');
const AMOUNT = /[$\u00a3\u20ac\u00a5]\s?\d|\b(?:dollars|euros|pounds|cents|yen|yuan|rupees|percent|per cent)\b|\d\s?%|\b\d[\d,.]*\s+(?:million|billion|trillion)\b/i;
const DURATION = new RegExp(
  `(?:\\d+|\\b${NUMBER_WORDS}|\\ba|\\ban)[\\s-]+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|characters?|words?|miles?|feet|meters?|metres?|kilometers?|kilometres?)\\b`,
  'i',
);
const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const TIME = new RegExp(
  `\\b(?:${MONTHS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|tomorrow|(?:last|this|next)\\s+(?:week|month|year|season|spring|summer|fall|autumn|winter)|(?:1[89]|20)\\d\\d|\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?m\\b\\.?|noon|midnight)`,
  'i',
);
const REASON =
  /\b(?:because|due\s+to|as\s+a\s+result|owing\s+to|so\s+that|in\s+order\s+to|caused\s+by|led\s+to|blamed|the\s+reason|which\s+(?:means|made|caused)|thanks\s+to|after|amid|in\s+response\s+to|in\s+protest|following|prompted|so\s+(?:it|they|he|she|we)|that\s+is\s+why|that's\s+why|this\s+(?:runs|causes|means|makes|is\s+why))\b/i;
/** Places written in lower case: "at his sister's apartment", "in a parking lot across town". */
const COMMON_PLACE =
  /\b(?:in|at|near|outside|inside|from|to|into|behind|across)\s+(?:(?:the|a|an|his|her|their|its|our|my|a\s+nearby)\s+)?(?:[\p{L}'\u2019-]+\s+){0,2}?(?:home|house|apartment|flat|office|hotel|hospital|school|church|mosque|temple|station|airport|port|harbou?r|prison|jail|court(?:house)?|park|parking\s+lot|lot|street|road|bridge|border|village|town|city|capital|country|state|county|district|neighbou?rhood|building|compound|embassy|camp|base|field|stadium|arena|hall|club|bar|restaurant|store|shop|mall|market|farm|beach|coast|island|river|lake|forest|mountains?|desert|region|province)\b/iu;

/** Words that make a run of capitalised words an organisation, a place or a thing rather than a person. */
const NOT_PERSON = new Set(
  (
    'party parties council office department ministry agency administration company corporation corp inc co ltd llc group association union university college ' +
    'school court committee commission bank board news times post journal press tribune herald gazette ledger daily weekly magazine network channel radio tv ' +
    'street st avenue ave road rd boulevard blvd square hall park center centre house senate congress assembly parliament service services police army navy ' +
    'force forces guard foundation institute fund partners holdings capital airlines airways church hospital clinic field stadium arena county city state states ' +
    'republic kingdom island islands valley river lake mountain mountains bay beach coast day eve week act bill law program programme project market research ' +
    'club team league cup festival museum library airport station bridge tower building federation alliance coalition movement front government democrats republicans ' +
    'democratic republican liberal conservative labour labor north south east west northern southern eastern western new united great saint san los las ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'internet facebook twitter google apple amazon microsoft'
  ).split(' '),
);
/** Titles before a name: they say the next capitalised word is a person, and are not part of the name. */
const TITLES = new Set(
  (
    'mr mrs ms mx dr prof sen rep gov gen lt col maj capt sgt adm cmdr rev fr sir dame lord lady president vice senator representative governor mayor ' +
    'minister secretary ambassador judge justice chief director chairman chairwoman ceo founder spokesman spokeswoman spokesperson councillor councilor ' +
    'councilman councilwoman commissioner sheriff officer detective inspector superintendent attorney assistant district deputy general prime foreign state ' +
    'interior defense defence finance treasury pope king queen prince princess bishop father sister brother coach professor former acting'
  ).split(' '),
);
/** Words that start a sentence or a clause and are capitalised only for that reason. */
const LEADING = new Set('the a an in on at but and or so as if when while after before since for of to by with from this that these those his her their its our my it he she they we i'.split(' '));

const ARTICLES = new Set(['the', 'a', 'an']);
/** Function words that make a capitalised run a title or a slogan ("Build It Here"), not a name. */
const NOT_IN_NAMES = new Set('it its is are was we our you your they them this that here there not no all for with on in at to of and or but be my me us'.split(' '));

const NAME_RUN = /(?:\p{Lu}[\p{L}'\u2019]*(?:-\p{L}+)*\.?|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'\u2019]*(?:-\p{L}+)*\.?|\p{Lu}\.|(?:de|da|van|von|der|bin|al|la|le)\s+(?=\p{Lu})))*/gu;

const lowerWord = (w: string) => w.toLowerCase().replace(/['\u2019]s$/, '').replace(/[.']/g, '');

/** People's names in a text (titles and honorifics removed): "Sen. Lia Brandt" gives ["lia", "brandt"]. */
export function personNames(text: string): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/).map(lowerWord).filter(Boolean);
    let i = 0;
    let titled = false;
    while (i < words.length && (LEADING.has(words[i]!) || TITLES.has(words[i]!))) {
      if (TITLES.has(words[i]!)) titled = true;
      i++;
    }
    // "The Dockside Rovers" is a team or a band: a person's name takes no article (unless a title follows it).
    if (ARTICLES.has(words[0]!) && !titled) continue;
    const name = words.slice(i).filter((w) => !['de', 'da', 'van', 'von', 'der', 'bin', 'al', 'la', 'le'].includes(w));
    if (name.length === 0 || name.some((w) => NOT_PERSON.has(w) || NOT_IN_NAMES.has(w))) continue;
    // A title before a surname ("Mr. Tate") makes a name; otherwise two or more capitalised words ("Priya Raman").
    if (name.length >= 2 || (titled && name[0]!.length > 1)) out.push(name);
  }
  return out;
}

/** The capitalised place names after a preposition of place ("in New Jersey", "from Linden"). */
const PROPER_PLACE = /\b(?:in|at|near|from|outside|inside|to|across|throughout)\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]+){0,3})/gu;
const NOT_PLACE = new RegExp(`^(?:${MONTHS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mr|Mrs|Ms|Dr)\\.?\\s)`, 'i');

function properPlaces(text: string): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(PROPER_PLACE)) {
    if (NOT_PLACE.test(m[1]!)) continue;
    out.push(m[1]!.split(/\s+/).map(lowerWord));
  }
  return out;
}

/** A list of two or more capitalised names: "China, Russia and North Korea". */
const NAME_LIST = /\p{Lu}[\p{L}.'\u2019-]+(?:\s+\p{Lu}[\p{L}.'\u2019-]+)*(?:,\s+(?:and\s+)?\p{Lu}[\p{L}.'\u2019-]+(?:\s+\p{Lu}[\p{L}.'\u2019-]+)*)*,?\s+(?:and|or)\s+\p{Lu}[\p{L}.'\u2019-]+/u;

/** A capitalised name inside the sentence (not its first word): an organisation, a product, a person. */
const NAME = /[\p{Ll},;:]\s+(?:the\s+)?(\p{Lu}[\p{L}&'\u2019.-]+(?:\s+\p{Lu}[\p{L}&'\u2019.-]+)*)/gu;

const PLAIN: Partial<Record<AnswerType, RegExp>> = { count: COUNT, amount: AMOUNT, duration: DURATION, time: TIME, reason: REASON };

/** The lower-case words of a question, possessives removed. */
function questionWords(question: string | undefined): Set<string> {
  return new Set((question ?? '').toLowerCase().replace(/['\u2019]s\b/g, '').match(/\p{L}+/gu) ?? []);
}

/** A name not asked about: none of its words is in the question. */
const isNew = (name: string[], asked: Set<string>) => name.length > 0 && !name.some((w) => asked.has(w.replace(/['\u2019]s$/, '')));

/** Whether a text holds something of the answer type (with the question: a name the question does not hold). */
export function holdsAnswerType(text: string, type: AnswerType, question?: string): boolean {
  const plain = PLAIN[type];
  if (plain) return plain.test(text);
  const asked = questionWords(question);
  switch (type) {
    case 'person':
      return personNames(text).some((n) => isNew(n, asked));
    case 'place':
      return properPlaces(text).some((n) => isNew(n, asked)) || COMMON_PLACE.test(text);
    case 'places':
      return NAME_LIST.test(text);
    case 'name':
      for (const m of text.matchAll(NAME)) if (isNew(m[1]!.split(/\s+/).map(lowerWord), asked)) return true;
      return /^\s*["\u201c\u2018]/.test(text);
    default:
      return false;
  }
}
