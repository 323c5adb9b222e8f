/**
 * Query expansion for questions: each content word of a question may also be found as a WordNet
 * synonym of its most frequent senses, as a word derived from it (resign → resignation), or as the
 * abbreviation news prose writes it in (senator → Sen.). Expansions are index terms (stems) with a
 * weight below 1 and the question term they stand for, so a paragraph that uses other words for the
 * same thing can still match, but never as well as one that uses the question's own words.
 * Bounded: a few senses per word, a few terms per word, no fuzzy matching on expansions.
 */
import { processTerm, tokenize } from '../text/terms.ts';
import { dictionaryForms as baseForms, WORDNET_POS, wordNet, type WordNet } from './wordnet.ts';

export interface Expansion {
  /** Index terms that must all occur (one for a single word, more for a multi-word lemma such as "step down"). */
  terms: string[];
  /** Weight relative to the question's own terms (0..1). */
  weight: number;
  /** The question term this expansion stands for. */
  source: string;
}

export interface Expanded {
  expansions: Expansion[];
  /** Question terms that are part of a phrasal verb expanded as a whole (the `down` of "stepped down"). */
  absorbed: Set<string>;
}

export interface ExpandOptions {
  /** Senses of each word (most frequent first) whose synonyms count. */
  senses?: number;
  synonymWeight?: number;
  /** Weight of synonyms from senses after the first. */
  laterSenseWeight?: number;
  derivedWeight?: number;
  abbreviationWeight?: number;
  /** Weight of the more general words of the first sense (WordNet hypernyms: "slain" → "kill"). */
  hypernymWeight?: number;
  /** Weight of the news paraphrases (NEWS_PARAPHRASES: "captured" → "arrested"). */
  paraphraseWeight?: number;
  /** Limit senses to those seen in WordNet's tagged corpus (when any are). */
  taggedSensesOnly?: boolean;
  /** Expansions kept per question term. */
  perTerm?: number;
  /** Expansions kept for the whole question. */
  total?: number;
  wordnet?: WordNet;
}

const DEFAULTS: Required<Omit<ExpandOptions, 'wordnet'>> = {
  senses: 3,
  synonymWeight: 0.35,
  laterSenseWeight: 0.25,
  derivedWeight: 0.5,
  abbreviationWeight: 0.8,
  hypernymWeight: 0.2,
  paraphraseWeight: 0.4,
  taggedSensesOnly: true,
  perTerm: 10,
  total: 36,
};

/** Titles and words that news style abbreviates before names and in addresses (AP style). */
const ABBREVIATIONS: Record<string, string> = {
  senator: 'sen',
  representative: 'rep',
  governor: 'gov',
  general: 'gen',
  lieutenant: 'lt',
  colonel: 'col',
  sergeant: 'sgt',
  captain: 'capt',
  commander: 'cmdr',
  professor: 'prof',
  doctor: 'dr',
  reverend: 'rev',
  attorney: 'atty',
  superintendent: 'supt',
  detective: 'det',
  department: 'dept',
  company: 'co',
  corporation: 'corp',
  incorporated: 'inc',
  avenue: 'ave',
  boulevard: 'blvd',
  mount: 'mt',
};

/**
 * Words news prose uses for one another that WordNet does not list as synonyms: groups of dictionary forms, each
 * word standing for the others ("slain" for "murdered", "detained" for "captured", "wearing" for "dressed").
 */
const NEWS_PARAPHRASES: string[][] = [
  // crime and justice
  ['murder', 'kill', 'slay', 'slain', 'shoot', 'stab', 'death', 'dead'],
  ['arrest', 'capture', 'detain', 'apprehend', 'custody', 'nab', 'seize', 'catch'],
  ['prosecutor', 'prosecution', 'attorney', 'district attorney', 'state attorney'],
  ['lawyer', 'attorney', 'counsel', 'defense', 'defence', 'solicitor'],
  ['judge', 'court', 'justice', 'magistrate', 'bench'],
  ['charge', 'accuse', 'indict', 'indictment', 'allegation'],
  ['jail', 'prison', 'imprison', 'sentence', 'custody'],
  ['suspect', 'accused', 'defendant'],
  ['police', 'officer', 'cop', 'detective', 'trooper'],
  ['investigation', 'inquiry', 'probe', 'investigate'],
  ['sue', 'lawsuit', 'suit', 'litigation'],
  ['fine', 'penalty', 'penalize'],
  ['ban', 'prohibit', 'outlaw'],
  // people and roles
  ['tourist', 'foreigner', 'visitor', 'traveler', 'traveller'],
  ['worker', 'employee', 'staff', 'staffer', 'workforce'],
  ['envoy', 'ambassador', 'diplomat', 'emissary'],
  ['lawmaker', 'legislator', 'senator', 'representative', 'parliament', 'congress'],
  ['founder', 'found', 'start', 'launch', 'establish', 'create'],
  ['head', 'lead', 'leader', 'chair', 'chief', 'run'],
  ['supporter', 'fan', 'backer', 'follower'],
  ['baby', 'newborn', 'infant', 'child'],
  ['husband', 'wife', 'spouse', 'married'],
  ['child', 'kid', 'children', 'son', 'daughter'],
  ['soldier', 'troop', 'military', 'army', 'martial'],
  ['author', 'writer', 'columnist'],
  ['customer', 'user', 'subscriber', 'buyer', 'client'],
  ['company', 'firm', 'business', 'agency', 'corporation'],
  // speech and information
  ['tell', 'told', 'inform', 'notify', 'brief', 'alert', 'warn'],
  ['promise', 'commit', 'pledge', 'vow', 'commitment'],
  ['attack', 'criticize', 'criticise', 'slam', 'rip', 'blast', 'assail', 'denounce'],
  ['ask', 'request', 'urge', 'call'],
  ['quit', 'resign', 'resignation', 'step', 'leave'],
  ['deny', 'reject', 'dismiss', 'refuse'],
  // movement, dress, events
  ['head', 'heading', 'travel', 'bound'],
  ['dress', 'wear', 'clothes', 'clothing', 'outfit', 'uniform'],
  ['flee', 'escape', 'run'],
  ['return', 'back', 'come back'],
  ['begin', 'start', 'open', 'launch', 'break out'],
  ['end', 'finish', 'close', 'conclude', 'stop'],
  ['cause', 'lead', 'trigger', 'spark', 'prompt', 'result'],
  ['injure', 'wound', 'hurt', 'injury'],
  ['explosion', 'blast', 'explode', 'detonate', 'bomb'],
  ['fire', 'blaze', 'flame', 'burn', 'arson'],
  ['storm', 'hurricane', 'typhoon', 'cyclone', 'tornado'],
  ['crash', 'collision', 'collide', 'wreck'],
  ['vote', 'ballot', 'election', 'poll'],
  ['meeting', 'talk', 'summit', 'session', 'hearing'],
  ['due', 'schedule', 'scheduled', 'set', 'expect', 'plan'],
  ['await', 'anticipate', 'expect'],
  ['see', 'spot', 'sight', 'notice', 'seen'],
  // money and numbers
  ['money', 'cash', 'fund', 'funding', 'dollar'],
  ['cost', 'price', 'pay', 'charge', 'fee', 'spend'],
  ['borrow', 'loan', 'debt', 'bond', 'lend', 'financing'],
  ['raise', 'collect', 'fundraiser', 'donate', 'donation'],
  ['benefit', 'fundraiser', 'charity', 'gala'],
  ['annual', 'yearly', 'year'],
  ['monthly', 'month'],
  ['rise', 'increase', 'grow', 'climb', 'jump', 'soar'],
  ['fall', 'drop', 'decline', 'decrease', 'slump', 'plunge'],
  ['common', 'widespread', 'prevalent', 'rampant'],
  ['big', 'large', 'size'],
  // things
  ['ad', 'ads', 'advert', 'advertisement', 'advertising', 'commercial'],
  ['picture', 'photo', 'photograph', 'image', 'snapshot'],
  ['phone', 'cellphone', 'mobile', 'smartphone'],
  ['car', 'vehicle', 'truck', 'automobile'],
  ['trash', 'garbage', 'rubbish', 'litter', 'waste', 'sanitation'],
  ['stadium', 'arena', 'ballpark', 'venue'],
  ['app', 'application', 'software', 'program'],
];

/** Particles that make a phrasal verb with the word before them ("step down", "give up"). */
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'in', 'on', 'over', 'away', 'back', 'through']);

/** Words too vague to expand usefully: their synonyms match almost anything. */
const VAGUE = new Set(['say', 'tell', 'get', 'make', 'go', 'take', 'come', 'give', 'put', 'set', 'know', 'think', 'see', 'want', 'use', 'find', 'look', 'thing', 'way', 'people', 'new', 'old', 'good', 'bad', 'big', 'time', 'year', 'day']);

/** WordNet lemmas of a word (with a following particle when WordNet has the phrasal verb). */
function lemmasOf(wn: WordNet, word: string, next: string | undefined): Array<{ lemma: string; pos: (typeof WORDNET_POS)[number]; offsets: number[]; tagged: number }> {
  const out: Array<{ lemma: string; pos: (typeof WORDNET_POS)[number]; offsets: number[]; tagged: number }> = [];
  const forms = baseForms(word);
  if (next && PARTICLES.has(next.toLowerCase())) {
    for (const f of forms) {
      const e = wn.lemma(`${f}_${next.toLowerCase()}`, 'verb');
      if (e) return [{ lemma: e.lemma, pos: 'verb', offsets: e.synsetOffsets, tagged: e.taggedSenses }];
    }
  }
  for (const pos of WORDNET_POS) {
    for (const f of forms) {
      const e = wn.lemma(f, pos);
      if (e) {
        out.push({ lemma: e.lemma, pos, offsets: e.synsetOffsets, tagged: e.taggedSenses });
        break;
      }
    }
  }
  return out;
}

/** Index terms of a lemma ("step_down" → ["step"]), without stop words. */
function lemmaTerms(lemma: string): string[] {
  const out: string[] = [];
  for (const part of lemma.split(/[_\s-]+/)) {
    const t = processTerm(part);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * Expansions of a question's content words. Capitalised words inside the question (names) and
 * numbers are not expanded; `skip` lists question terms to leave alone.
 */
export function expandQuestion(question: string, options: ExpandOptions = {}, skip: ReadonlySet<string> = new Set()): Expanded {
  const o = { ...DEFAULTS, ...options };
  const wn = options.wordnet ?? wordNet();
  const tokens = tokenize(question);
  const own = new Set(tokens.map((t) => t.term).filter((t): t is string => t !== null));
  const out: Expansion[] = [];
  const absorbed = new Set<string>();
  const seen = new Set<string>();
  const add = (list: Expansion[], e: Expansion): void => {
    if (e.terms.length === 0 || e.terms.every((t) => own.has(t))) return;
    const key = e.terms.join(' ');
    if (seen.has(key)) {
      // Keep the highest weight for a term reached twice.
      const prev = out.find((x) => x.terms.join(' ') === key) ?? list.find((x) => x.terms.join(' ') === key);
      if (prev && prev.weight < e.weight) prev.weight = e.weight;
      return;
    }
    seen.add(key);
    list.push(e);
  };
  for (let i = 0; i < tokens.length && out.length < o.total; i++) {
    const tok = tokens[i]!;
    const term = tok.term;
    if (!term || skip.has(term) || /\d/.test(tok.word)) continue;
    if (i > 0 && /^\p{Lu}/u.test(tok.word)) continue;
    const lower = tok.word.toLowerCase();
    // Vague words ("told", "big") get the curated news paraphrases only, not WordNet's many senses.
    const vague = VAGUE.has(lower) || VAGUE.has(baseForms(lower)[1] ?? lower);
    const mine: Expansion[] = [];
    const next = tokens[i + 1];
    const abbr = ABBREVIATIONS[lower] ?? ABBREVIATIONS[lower.replace(/s$/, '')];
    if (abbr) add(mine, { terms: [abbr], weight: o.abbreviationWeight, source: term });
    if (wn.available && !vague) {
      const entries = lemmasOf(wn, tok.word, next?.word);
      // A phrasal verb ("stepped down") is expanded as one word; its particle is not a topic of its own.
      if (next?.term && entries[0]?.lemma.includes('_')) {
        absorbed.add(next.term);
        i++;
      }
      for (const entry of entries) {
        const senses = Math.min(o.senses, entry.offsets.length, o.taggedSensesOnly ? Math.max(1, entry.tagged) : Infinity);
        for (let s = 0; s < senses; s++) {
          const syn = wn.synset(entry.pos, entry.offsets[s]!, entry.lemma);
          // A lower-case question word is not the proper name WordNet also lists ("began" is not Menachem Begin).
          if (!syn || syn.proper) continue;
          for (const d of syn.derived) add(mine, { terms: lemmaTerms(d), weight: o.derivedWeight, source: term });
          for (const w of syn.words) {
            if (w === entry.lemma || w.split('_').length > 2) continue;
            const ts = lemmaTerms(w);
            const weight = s === 0 ? o.synonymWeight : o.laterSenseWeight;
            // A multi-word lemma whose other words are stop words ("step down" → "step") is weaker alone.
            const single = ts.length === 1 && w.includes('_');
            add(mine, { terms: ts, weight: single ? weight / 2 : weight, source: term });
          }
        }
      }
    }
    // News paraphrases, and the more general words of the first sense, below synonyms.
    for (const f of baseForms(lower)) {
      for (const group of NEWS_PARAPHRASES) {
        if (!group.includes(f)) continue;
        for (const w of group) if (w !== f) add(mine, { terms: lemmaTerms(w), weight: o.paraphraseWeight, source: term });
      }
    }
    if (wn.available && !vague) {
      for (const entry of lemmasOf(wn, tok.word, undefined).slice(0, 1)) {
        const syn = entry.offsets[0] === undefined ? null : wn.synset(entry.pos, entry.offsets[0], entry.lemma);
        if (syn?.proper) continue;
        for (const h of syn?.hypernyms ?? []) if (h.split('_').length === 1) add(mine, { terms: lemmaTerms(h), weight: o.hypernymWeight, source: term });
      }
    }
    mine.sort((a, b) => b.weight - a.weight);
    out.push(...mine.slice(0, o.perTerm));
  }
  return { expansions: out.slice(0, o.total), absorbed };
}
