/**
 * Discord's size limits and the trimming that keeps every reply within them: text is cut at a
 * sentence end when one is near, otherwise at a word boundary, and never in the middle of a word
 * (a single word longer than the whole limit is the only thing ever cut).
 */
import type { APIEmbed } from 'discord.js';

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  embedsPerMessage: 10,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
} as const;

const ELLIPSIS = '\u2026';
/** A sentence end: . ! ? or … with any closing quotes or brackets, followed by white space. */
const SENTENCE_END = /[.!?\u2026]["'\u201d\u2019)\]]*(?=\s)/g;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The first `n` UTF-16 units of a text, one fewer when that would split a surrogate pair. */
function safeSlice(text: string, n: number): string {
  return n > 0 && isHighSurrogate(text.charCodeAt(n - 1)) ? text.slice(0, n - 1) : text.slice(0, n);
}

/**
 * The text, or as much of it as fits in `max` characters followed by an ellipsis: whole sentences
 * when the last sentence end kept is past half the room, otherwise whole words.
 */
export function trimText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? ELLIPSIS : '';
  const room = max - 2; // room for " …" after a sentence, or "…" after a word
  const head = text.slice(0, room + 1);
  let sentenceEnd = -1;
  for (const m of head.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end <= room) sentenceEnd = end;
  }
  if (sentenceEnd >= room / 2) return `${text.slice(0, sentenceEnd)} ${ELLIPSIS}`;
  // A cut between two words: the character after the cut is white space, or the last space before it.
  const cut = /\s/.test(text.charAt(room)) ? room : head.slice(0, room).search(/\s\S*$/);
  if (cut > 0) {
    const words = text
      .slice(0, cut)
      .trimEnd()
      .replace(/[\s,;:\u2014\u2013-]+$/u, '');
    if (words) return `${words}${ELLIPSIS}`;
  }
  return `${safeSlice(text, max - 1)}${ELLIPSIS}`;
}

/** The characters Discord counts towards an embed's 6000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * The embed within every limit. Texts are expected to be trimmed already; this is the last
 * guard, cutting plain fields whole-word and dropping fields that cannot fit.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title) out.title = trimText(out.title, LIMITS.embedTitle);
  if (out.description) out.description = trimText(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: trimText(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: trimText(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({ ...f, name: trimText(f.name, LIMITS.fieldName), value: trimText(f.value, LIMITS.fieldValue) }));
  }
  while (out.fields?.length && embedLength(out) > LIMITS.embedTotal) out.fields = out.fields.slice(0, -1);
  const over = embedLength(out) - LIMITS.embedTotal;
  if (over > 0 && out.description) out.description = trimText(out.description, Math.max(1, out.description.length - over));
  return out;
}

/** Every limit a message payload breaks (empty when it fits), for tests and a last runtime check. */
export function limitProblems(payload: { content?: string | null; embeds?: APIEmbed[] | null }): string[] {
  const problems: string[] = [];
  if ((payload.content?.length ?? 0) > LIMITS.content) problems.push(`content ${payload.content?.length} > ${LIMITS.content}`);
  const embeds = payload.embeds ?? [];
  if (embeds.length > LIMITS.embedsPerMessage) problems.push(`${embeds.length} embeds`);
  let total = 0;
  embeds.forEach((e, i) => {
    const check = (what: string, len: number | undefined, max: number) => {
      if ((len ?? 0) > max) problems.push(`embed ${i} ${what} ${len} > ${max}`);
    };
    check('title', e.title?.length, LIMITS.embedTitle);
    check('description', e.description?.length, LIMITS.embedDescription);
    check('footer', e.footer?.text.length, LIMITS.footer);
    check('author', e.author?.name.length, LIMITS.authorName);
    check('fields', e.fields?.length, LIMITS.embedFields);
    for (const f of e.fields ?? []) {
      check('field name', f.name.length, LIMITS.fieldName);
      check('field value', f.value.length, LIMITS.fieldValue);
    }
    total += embedLength(e);
  });
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} > ${LIMITS.embedTotal}`);
  return problems;
}
