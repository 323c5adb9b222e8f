/**
 * The CLI's `add <url-or-file> [--published YYYY-MM-DD]` and `remove <id>`: the same ingestion as
 * /corpus in Discord. Refusals are one line on stderr with exit code 1, and nothing is written.
 */
import type { Config } from '../config.ts';
import { IngestError } from '../ingest/errors.ts';
import { addArticle, inputFromArgument, removeArticle } from '../ingest/ingest.ts';
import { addJson, addLines, removeJson, removeLines } from '../ingest/report.ts';
import type { CorpusStore } from '../store.ts';

export const INGEST_COMMANDS = new Set(['add', 'remove']);

export interface IngestOutcome {
  code: number;
  stdout?: string;
  stderr?: string;
}

export async function runIngestCommand(store: CorpusStore, config: Config, command: string, words: string[], flags: { json?: boolean; published?: string }): Promise<IngestOutcome> {
  try {
    if (command === 'add') {
      if (words.length !== 1) return { code: 2, stderr: words.length ? 'add takes one link or file; quote a path with spaces' : 'add needs a link or a file: cli add <url-or-file> [--published YYYY-MM-DD]' };
      const result = await addArticle(store, inputFromArgument(words[0]!), {
        limits: { allowHosts: config.ingestAllowHosts, maxBytes: config.maxFileBytes },
        published: flags.published ?? null,
        publishedHint: '--published YYYY-MM-DD',
      });
      return { code: 0, stdout: flags.json ? JSON.stringify(addJson(result), null, 2) : addLines(result).join('\n') };
    }
    if (words.length !== 1) return { code: 2, stderr: 'remove needs one article id: cli remove <id> (cli articles lists the ids)' };
    const result = await removeArticle(store, words[0]!);
    return { code: 0, stdout: flags.json ? JSON.stringify(removeJson(result), null, 2) : removeLines(result).join('\n') };
  } catch (e) {
    if (e instanceof IngestError) return { code: 1, stderr: e.message };
    throw e;
  }
}
