/**
 * The CLI for scripts: `cli <command> [args] [--corpus DIR] [--json]`.
 * With --json it prints exactly one JSON document on stdout. Usage errors exit 2 and an
 * unusable corpus exits 1, each with one line on stderr.
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import type { Answer } from '../answers.ts';
import { loadConfig } from '../config.ts';
import { CorpusError } from '../corpus/load.ts';
import type { Engine } from '../engine.ts';
import { CorpusStore } from '../store.ts';
import { didYouMean } from '../text/closest.ts';
import { cleanQuery } from '../text/query.ts';
import { renderAnswer } from '../terminal/render.ts';
import { INGEST_COMMANDS, runIngestCommand } from './ingest-commands.ts';
import { toJson } from './json.ts';

const USAGE = `usage: cli <command> [args] [--corpus DIR] [--json]
commands:
  search <query>            paragraphs that match, best first
  ask <question>            the best cited answer to a question
  who-said <text>           who said a quote or paraphrase
  quotes [--speaker NAME]   quotes in corpus order, or one person's
  people                    people the corpus names, most quoted first
  timeline [--about TEXT] [--from DATE] [--to DATE]
  articles                  the corpus and the files it skipped
  add <url-or-file> [--published YYYY-MM-DD]   add an article from a link or a saved page (.html, .md, .txt)
  remove <id>               delete an article's file and reload
  story                     the story in brief: outlets, dates, people, top events and quotes by sources`;

class UsageError extends Error {}

const COMMANDS = ['search', 'ask', 'who-said', 'quotes', 'people', 'timeline', 'articles', 'story', 'add', 'remove'];

const OPTIONS = {
  corpus: { type: 'string' },
  json: { type: 'boolean', default: false },
  speaker: { type: 'string' },
  about: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  published: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** A flag as typed: --name, or -x for a one-letter one. */
const flag = (name: string) => (name.length === 1 ? `-${name}` : `--${name}`);

/**
 * parseArgs's errors in our words, one line: "unknown option --jsn (did you mean --json?)",
 * "option --corpus needs a value". The tokens of a lenient parse say which option was at fault.
 */
function optionProblem(args: string[], error: Error): string {
  const { tokens } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const known = Object.keys(OPTIONS);
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const spec = (OPTIONS as Record<string, { type: string; short?: string }>)[t.name];
    if (!spec && !Object.values(OPTIONS).some((o) => 'short' in o && o.short === t.name)) return `unknown option ${t.rawName}${didYouMean(t.name, known, flag)}`;
    if (spec?.type === 'string' && t.value === undefined) return `option ${flag(t.name)} needs a value`;
    if (spec?.type === 'boolean' && t.value !== undefined) return `option ${flag(t.name)} takes no value`;
  }
  return error.message.replace(/\. To specify.*$/s, '');
}

/** A message that already suggests a fix stands alone; any other points at --help. */
const withUsageHint = (message: string) => (message.includes('did you mean') ? message : `${message} (cli --help for usage)`);

/** The command name checked before any work: "unknown command "serch" (did you mean search?)". */
function commandProblem(command: string): string | null {
  if (COMMANDS.includes(command)) return null;
  const hint = didYouMean(command, COMMANDS);
  return `unknown command "${command}"${hint || `; commands: ${COMMANDS.join(', ')}`}`;
}

function fail(code: number, message: string): never {
  process.stderr.write(`${message.split('\n')[0]}\n`);
  process.exit(code);
}

function needText(words: string[], what: string): string {
  const text = words.join(' ');
  const clean = cleanQuery(text, what);
  if (!clean.ok) throw new UsageError(clean.reason);
  return clean.text;
}

function run(engine: Engine, command: string, words: string[], flags: { speaker?: string; about?: string; from?: string; to?: string }): Answer {
  switch (command) {
    case 'search':
      return engine.search(needText(words, 'query'));
    case 'ask':
      return engine.ask(needText(words, 'question'));
    case 'who-said':
      return engine.whoSaid(needText(words, 'quote'));
    case 'quotes':
      return engine.quotes(flags.speaker ?? (words.length ? words.join(' ') : null));
    case 'people':
      return engine.people();
    case 'timeline': {
      const answer = engine.timeline({ about: flags.about ?? (words.length ? words.join(' ') : null), from: flags.from ?? null, to: flags.to ?? null });
      if (answer.error) throw new UsageError(answer.error.message);
      return answer;
    }
    case 'articles':
      return engine.articles();
    case 'story':
      return engine.story();
    default:
      throw new UsageError(`unknown command "${command}"; commands: search, ask, who-said, quotes, people, timeline, articles, add, remove, story`);
  }
}

async function main(): Promise<void> {
  let parsed;
  const args = process.argv.slice(2);
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    fail(2, withUsageHint(optionProblem(args, e as Error)));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    fail(2, 'no command given; commands: search, ask, who-said, quotes, people, timeline, articles, add, remove (cli --help for usage)');
  }
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    fail(2, (e as Error).message.replace(/\n\s*/g, ' '));
  }
  const [command, ...words] = positionals as [string, ...string[]];
  const badCommand = commandProblem(command);
  if (badCommand) fail(2, withUsageHint(badCommand));
  const dir = values.corpus ?? config.corpusDir;
  let store: CorpusStore;
  try {
    // The persisted index makes repeated calls fast; an unusable cache folder only means a build.
    store = await CorpusStore.open(dir, { maxFileBytes: config.maxFileBytes, excerptLength: config.excerptLength, cacheDir: config.cacheDir, cacheLimits: { maxFiles: config.cacheMaxIndexes, maxBytes: config.cacheMaxBytes }, worker: false });
  } catch (e) {
    if (e instanceof CorpusError) fail(1, e.message);
    throw e;
  }
  if (INGEST_COMMANDS.has(command)) {
    const outcome = await runIngestCommand(store, config, command, words, values);
    if (outcome.stderr) fail(outcome.code, outcome.stderr);
    process.stdout.write(`${outcome.stdout ?? ''}\n`);
    return;
  }
  const engine: Engine = store.engine;
  let answer: Answer;
  try {
    answer = run(engine, command, words, values);
  } catch (e) {
    if (e instanceof UsageError) fail(2, e.message);
    throw e;
  }
  const out = values.json ? JSON.stringify(toJson(answer), null, 2) : renderAnswer(answer, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
  process.stdout.write(`${out}\n`);
}

main().catch((e: unknown) => fail(1, `storydesk: ${(e as Error).message ?? String(e)}`));
