/**
 * The console's command language: the slash commands of the Discord bot typed as text
 * (`/search city budget`, `/who said a bridge too far`, `/timeline Jane Roe --from 2017`).
 * Parsing only: it turns a line into a command and its arguments.
 */

export type ConsoleCommand =
  | { name: 'search' | 'ask' | 'who-said' | 'who-is'; text: string }
  | { name: 'quotes'; speaker: string | null }
  | { name: 'timeline'; about: string | null; from: string | null; to: string | null }
  | { name: 'people' | 'articles' | 'reload' | 'help' | 'quit' }
  | { name: 'add'; target: string; published: string | null }
  | { name: 'remove'; id: string }
  | { name: 'story' }
  | { name: 'free'; text: string }
  | { name: 'unknown'; word: string }
  | { name: 'empty' };

/** The command words a console line may start with (after the slash), for "did you mean …?". */
export const CONSOLE_COMMAND_WORDS = ['search', 'ask', 'who', 'quotes', 'people', 'timeline', 'articles', 'story', 'add', 'remove', 'reload', 'help', 'quit', 'exit'] as const;

function takeFlag(words: string[], flag: string): string | null {
  const i = words.indexOf(flag);
  if (i < 0) return null;
  const value = words[i + 1] ?? '';
  words.splice(i, 2);
  return value;
}

/** A console line to a command; text without a leading slash is free text, routed like a Discord mention. */
export function parseConsoleLine(line: string): ConsoleCommand {
  const trimmed = line.trim();
  if (!trimmed) return { name: 'empty' };
  if (!trimmed.startsWith('/')) return { name: 'free', text: trimmed };
  const [head = '', ...rest] = trimmed.slice(1).split(/\s+/);
  const word = head.toLowerCase();
  const text = rest.join(' ');
  switch (word) {
    case 'search':
    case 'ask':
      return { name: word, text };
    case 'who': {
      const sub = (rest[0] ?? '').toLowerCase();
      const arg = rest.slice(1).join(' ');
      if (sub === 'is') return { name: 'who-is', text: arg };
      if (sub === 'said') return { name: 'who-said', text: arg };
      return { name: 'who-said', text };
    }
    case 'who-said':
    case 'whosaid':
      return { name: 'who-said', text };
    case 'quotes':
      return { name: 'quotes', speaker: text || null };
    case 'timeline': {
      const words = [...rest];
      const from = takeFlag(words, '--from');
      const to = takeFlag(words, '--to');
      const about = takeFlag(words, '--about') ?? (words.join(' ') || null);
      return { name: 'timeline', about, from, to };
    }
    case 'add': {
      const words = [...rest];
      const published = takeFlag(words, '--published');
      return { name: 'add', target: words.join(' '), published };
    }
    case 'remove':
      return { name: 'remove', id: text };
    case 'story':
      return { name: 'story' };
    case 'people':
    case 'articles':
    case 'reload':
    case 'help':
      return { name: word };
    case 'quit':
    case 'exit':
      return { name: 'quit' };
    default:
      return { name: 'unknown', word: head };
  }
}
