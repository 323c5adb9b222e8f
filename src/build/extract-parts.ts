/** What the parallel build extracts from each file on a worker thread, and the messages that carry it. */
import type { FileOutcome } from '../corpus/load.ts';
import { extractQuotes, type ArticleQuotes } from '../quotes/index.ts';
import type { Quote } from '../quotes/types.ts';
import { articleEvents } from '../timeline/index.ts';
import type { TimelineEvent } from '../timeline/types.ts';

/** A worker's job: the corpus folder (absolute) and the size cap. */
export interface ExtractJob {
  abs: string;
  maxBytes: number;
}

/** A file's outcome, and for an article its quotes and events as extracted on their own. */
export interface FileParts {
  outcome: FileOutcome;
  quotes?: ArticleQuotes;
  events?: TimelineEvent[];
}

/** A batch of files to extract, or (once all are) the corpus's quotes to group into statements. */
export type ExtractRequest = { batch: number; files: string[] } | { statementsOf: Quote[] };

export type ExtractReply =
  | { ready: true }
  | { batch: number; results: FileParts[] }
  | { batch: number; error: string }
  | { statements: number[] }
  | { statementsError: string };

/** Extracts an article's quotes and events; problems pass through as they are. */
export function extractArticleParts(outcome: FileOutcome): FileParts {
  if (!outcome || !('article' in outcome)) return { outcome };
  return { outcome, quotes: extractQuotes(outcome.article), events: articleEvents(outcome.article) };
}
