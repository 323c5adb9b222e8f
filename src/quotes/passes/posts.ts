/**
 * Pass 1 — embedded social-media posts, the most reliable quotes of an article:
 *  - `text — Display Name (@handle) Month D, YYYY` (a post rendered with its signature line);
 *  - `Display Name: text` (a post rendered as a name, a colon and the words, no verb of saying).
 */
import { FIRST_NAMES, ORG_WORDS, PLACES_AND_ORGS } from '../lexicon.ts';

export interface PostMatch {
  /** The display name as written, emoji removed. */
  speaker: string;
  handle: string | null;
  /** Offsets of the post text in the paragraph. */
  start: number;
  end: number;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const SIGNATURE = new RegExp(`\\s[\\u2014\\u2013-]{1,2}\\s*([^()\\u2014]{1,80}?)\\s*\\(@(\\w{1,30})\\)\\s*(?:(?:${MONTHS})\\s+\\d{1,2},\\s+\\d{4})?\\s*$`);
const TRAILING_LINKS = /(?:\s+(?:https?:\/\/\S+|pic\.twitter\.com\/\S+|t\.co\/\S+))+\s*$/;
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3|[\u{1f1e6}-\u{1f1ff}]/gu;

/** Words that open a `Label: text` line without being a name. */
const LABELS = new Set([
  'correction', 'corrections', 'update', 'updated', 'editor', "editor's", 'note', 'wanted', 'watch', 'read', 'related',
  'photos', 'photo', 'video', 'source', 'sources', 'warning', 'breaking', 'exclusive', 'analysis', 'opinion', 'live',
  'disclosure', 'clarification', 'listen', 'see', 'more', 'also', 'q', 'a', 'question', 'answer', 'transcript',
]);

export function stripEmoji(s: string): string {
  return s.replace(EMOJI, '').replace(/\s+/g, ' ').trim();
}

/** The post held by a paragraph, or null. */
export function detectPost(text: string, knownSurname: (w: string) => boolean = () => false): PostMatch | null {
  const sig = text.includes('(@') ? SIGNATURE.exec(text) : null;
  if (sig && sig.index > 0) {
    const speaker = stripEmoji(sig[1]!);
    let end = sig.index;
    const body = text.slice(0, end);
    const links = TRAILING_LINKS.exec(body);
    if (links) end = links.index;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    let start = 0;
    while (start < end && /\s/.test(text[start]!)) start++;
    if (speaker && end > start) return { speaker, handle: sig[2]!, start, end };
  }
  const colon = /^((?:\p{Lu}[\p{L}'\u2019-]*\.?|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'\u2019-]*\.?|\p{Lu}\.|de|van|von|al|bin)){1,4}):\s+(\S.*)$/u.exec(text);
  if (colon && isDisplayName(colon[1]!, knownSurname)) {
    let s = colon[1]!.length + 1;
    while (s < text.length && /\s/.test(text[s]!)) s++;
    let end = text.length;
    const links = TRAILING_LINKS.exec(text);
    if (links && links.index > s) end = links.index;
    while (end > s && /\s/.test(text[end - 1]!)) end--;
    if (end > s) return { speaker: colon[1]!, handle: null, start: s, end };
  }
  return null;
}

/** A name before a colon reads as a person's display name: two to five name words, a given name or a surname the
 * article uses elsewhere, no label, no organisation. */
function isDisplayName(name: string, knownSurname: (w: string) => boolean): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const lower = words.map(w => w.toLowerCase().replace(/\.$/, ''));
  if (LABELS.has(lower[0]!)) return false;
  if (lower.some(w => ORG_WORDS.has(w))) return false;
  if (PLACES_AND_ORGS.has(lower.join(' '))) return false;
  if (!words.every(w => /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}\.$/u.test(w))) return false;
  return FIRST_NAMES.has(lower[0]!) || /^\p{Lu}\.$/u.test(words[0]!) || knownSurname(words[words.length - 1]!);
}
