/** Cleaning of user input before it reaches the engine: one place decides what a usable query is. */

export const MAX_QUERY_LENGTH = 500;

export type CleanQuery = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Normalises Unicode (NFKC), drops control and zero-width characters and mention syntax,
 * collapses white space, and refuses what is empty or too long with a sentence that says why.
 */
export function cleanQuery(raw: string, what = 'query'): CleanQuery {
  const text = raw
    .normalize('NFKC')
    .replace(/<@[!&]?\d+>|<#\d+>/g, ' ')
    .replace(/@(everyone|here)\b/gi, '$1')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return { ok: false, reason: `The ${what} is empty: type a few words to look for.` };
  if (text.length > MAX_QUERY_LENGTH) {
    return { ok: false, reason: `The ${what} is too long (${text.length} characters; at most ${MAX_QUERY_LENGTH}): shorten it to the words that matter.` };
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: `The ${what} has no letters or digits to look for.` };
  return { ok: true, text };
}
