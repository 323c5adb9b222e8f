/**
 * The offline console: the bot's commands typed in a terminal, answered from the corpus with
 * citations. Interactive on a TTY (prompt, colour); with piped input it answers each line and
 * exits at end of input.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerFreeText } from '../free-text/answer.ts';
import { routeIntent, topicOf, type IntentContext } from '../free-text/route.ts';
import { IngestError } from '../ingest/errors.ts';
import { addArticle, inputFromArgument, removeArticle } from '../ingest/ingest.ts';
import { addLines, removeLines } from '../ingest/report.ts';
import type { CorpusStore, ReloadReport } from '../store.ts';
import { didYouMean } from '../text/closest.ts';
import { CONSOLE_COMMAND_WORDS, parseConsoleLine, type ConsoleCommand } from './console-commands.ts';
import { renderAnswer } from './render.ts';

export const CONSOLE_HELP = `Commands (the same as in Discord):
  /search <words>            passages that match, with citations
  /ask <question>            the best cited answer
  <any question>             routed like a Discord mention: "who said ...", "when ...", "what did X say"
  /who said <quote>          who said a quote or paraphrase
  /who is <name>             a person: roles and quotes
  /quotes [name]             all quotes, or one person's
  /people                    people the corpus names
  /timeline [about] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
  /articles                  the articles loaded and files skipped
  /story                     the story in brief: outlets, dates, most-quoted people, top events and quotes
  /reload                    re-read the corpus folder
  /add <url-or-file> [--published YYYY-MM-DD]   add an article from a link or a saved page
  /remove <id>               delete an article (ids: /articles)
  /help, /quit`;

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  color: boolean;
  interactive: boolean;
  /** What /add may fetch (INGEST_ALLOW_HOSTS, the size cap). */
  ingest?: IngestSettings;
}

export interface IngestSettings {
  allowHosts: readonly string[];
  maxBytes?: number;
}

function reloadText(r: ReloadReport): string {
  if (!r.ok) return `${r.message ?? 'Reload failed.'}${r.problems.length ? `\n${r.problems.map((p) => `  ${p.file}: ${p.reason}`).join('\n')}` : ''}`;
  const list = (label: string, ids: string[]) => (ids.length ? `${label}: ${ids.join(', ')}` : null);
  const lines = [
    `Reloaded in ${r.ms} ms: ${r.after.articles} article(s), ${r.after.paragraphs} paragraphs, ${r.after.quotes} quotes, ${r.after.events} events.`,
    list('added', r.added),
    list('changed', r.changed),
    list('removed', r.removed),
    ...r.problems.map((p) => `skipped ${p.file}: ${p.reason}`),
  ];
  return lines.filter(Boolean).join('\n');
}

/** What the console remembers of its last free-text answer, for follow-ups ("and what did she say?"). */
export interface ConsoleMemory {
  context: IntentContext | null;
}

function answerFree(store: CorpusStore, text: string, color: boolean, memory: ConsoleMemory): string {
  const { intent } = routeIntent(text, memory.context);
  if (intent.kind === 'help') return CONSOLE_HELP;
  const result = answerFreeText(store.engine, intent, text, 5);
  memory.context = {
    topic: topicOf(intent) ?? memory.context?.topic ?? null,
    person: result.person ?? memory.context?.person ?? null,
    place: result.place,
  };
  const lead = [result.note, result.about ? `Quotes about "${result.about}":` : null].filter(Boolean).join('\n');
  return [lead, renderAnswer(result.answer, { color })].filter(Boolean).join('\n');
}

/** Answers one parsed command; returns the text to print, or null to quit. */
export async function answerCommand(store: CorpusStore, cmd: ConsoleCommand, color: boolean, memory: ConsoleMemory = { context: null }, ingest: IngestSettings = { allowHosts: [] }): Promise<string | null> {
  const engine = store.engine;
  const render = (a: Parameters<typeof renderAnswer>[0]) => renderAnswer(a, { color });
  switch (cmd.name) {
    case 'empty':
      return '';
    case 'quit':
      return null;
    case 'help':
      return CONSOLE_HELP;
    case 'free':
      return answerFree(store, cmd.text, color, memory);
    case 'unknown':
      return `Unknown command /${cmd.word}${didYouMean(cmd.word, CONSOLE_COMMAND_WORDS, (w) => `/${w}`)}. Type /help for the list.`;
    case 'search':
      return render(engine.search(cmd.text));
    case 'ask':
      return render(engine.ask(cmd.text));
    case 'who-said':
      return render(engine.whoSaid(cmd.text));
    case 'who-is':
      return cmd.text.trim() ? render(engine.quotes(cmd.text)) : 'Type a name after /who is, e.g. /who is <surname>.';
    case 'quotes':
      return render(engine.quotes(cmd.speaker));
    case 'people':
      return render(engine.people());
    case 'articles':
      return render(engine.articles());
    case 'story':
      return render(engine.story());
    case 'timeline':
      return render(engine.timeline({ about: cmd.about, from: cmd.from, to: cmd.to }));
    case 'reload': {
      const text = reloadText(await store.reload());
      const dups = store.engine.articles().articles.filter((a) => a.duplicateOf);
      return dups.length ? `${text}\nnear-duplicates (not counted as other sources): ${dups.map((a) => `${a.id} (of ${a.duplicateOf})`).join(', ')}` : text;
    }
    case 'add':
    case 'remove':
      try {
        if (cmd.name === 'remove') return cmd.id ? removeLines(await removeArticle(store, cmd.id)).join('\n') : 'Type an article id after /remove (/articles lists them).';
        if (!cmd.target) return 'Type a link or a file after /add, e.g. /add https://example.com/news/story.';
        const result = await addArticle(store, inputFromArgument(cmd.target), { limits: { allowHosts: ingest.allowHosts, ...(ingest.maxBytes ? { maxBytes: ingest.maxBytes } : {}) }, published: cmd.published, publishedHint: '/add … --published YYYY-MM-DD' });
        return addLines(result).join('\n');
      } catch (e) {
        if (e instanceof IngestError) return e.message;
        throw e;
      }
  }
}

/** The banner of an interactive session: what is loaded, what was skipped and where to see why. */
export function consoleBanner(store: CorpusStore): string {
  const s = store.engine.stats;
  const skipped = store.engine.corpus.problems.length;
  return [
    `Storydesk offline console: ${s.articles} article(s), ${s.paragraphs} paragraphs, ${s.quotes} quotes, ${s.events} dated events (corpus: ${store.dir}).`,
    skipped ? `${skipped} file(s) in the corpus folder were skipped: type /articles to see why.` : null,
    'Type /help for commands. To run it in Discord, set DISCORD_TOKEN in .env (see README: "Connect to Discord").',
  ]
    .filter(Boolean)
    .join('\n');
}

export const CTRL_C_HINT = '(To quit, press Ctrl-C again, Ctrl-D, or type /quit.)';

/**
 * Runs the console until /quit or end of input. On a terminal, as in a shell: Ctrl-C clears a
 * half-typed line, Ctrl-C on an empty line says how to quit and a second one in a row quits;
 * Ctrl-D on an empty line quits. Leaving by a key ends the line, so the shell's prompt starts afresh.
 */
export async function runConsole(store: CorpusStore, options: ConsoleOptions): Promise<void> {
  const { output, color, interactive } = options;
  if (interactive) output.write(`${consoleBanner(store)}\n\n`);
  const rl = createInterface({ input: options.input, output: interactive ? output : undefined, terminal: interactive, prompt: 'storydesk> ' });
  let quitByCommand = false;
  if (interactive) {
    let armed = false; // the last key was a Ctrl-C on an empty line
    rl.on('SIGINT', () => {
      if (rl.line.length > 0) {
        // What Node's own REPL does: leave the typed text on screen, marked, and start an empty line.
        armed = true;
        rl.write(null, { ctrl: true, name: 'e' }); // cursor to the end of what was typed
        output.write('^C\n');
        const edit = rl as unknown as { line: string; cursor: number; prevRows: number };
        edit.line = '';
        edit.cursor = 0;
        edit.prevRows = 0;
        rl.prompt();
      } else if (armed) {
        rl.close();
      } else {
        armed = true;
        output.write(`\n${CTRL_C_HINT}\n`);
        rl.prompt();
      }
    });
    options.input.on('keypress', (_s: unknown, key: { ctrl?: boolean; name?: string } | undefined) => {
      if (!(key?.ctrl && key.name === 'c')) armed = false;
    });
    rl.prompt();
  }
  const memory: ConsoleMemory = { context: null };
  for await (const line of rl) {
    let text: string | null;
    try {
      text = await answerCommand(store, parseConsoleLine(line), color, memory, options.ingest);
    } catch (e) {
      text = `Something went wrong answering that: ${(e as Error).message}`;
    }
    if (text === null) {
      quitByCommand = true;
      break;
    }
    if (text) output.write(`${text}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
  // Ctrl-D or Ctrl-C left the cursor after the prompt: end that line for the shell.
  if (interactive && !quitByCommand) output.write('\n');
}
