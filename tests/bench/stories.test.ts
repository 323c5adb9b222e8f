/** The benchmark generator writes stories told by several outlets: retellings with variants and a verbatim wire copy. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine } from '../../src/engine.ts';

describe('generated multi-outlet stories', () => {
  it('merge into statements and events with several sources, and the wire copy is a near-duplicate', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storydesk-gen-'));
    try {
      await writeCorpus(dir, 10, 11);
      const engine = Engine.build(await loadCorpus(dir));
      const m = engine.merged!;
      expect(m.statements).toBeLessThan(m.quotes);
      expect(m.eventsAfter).toBeLessThan(m.eventsBefore);
      const articles = engine.articles().articles;
      expect(articles.filter((a) => a.duplicateOf)).toEqual([expect.objectContaining({ id: articles[3]!.id, duplicateOf: articles[0]!.id })]);
      const quotes = engine.quotes().quotes;
      // The base story, two retellings and the wire copy: the wire copy counts with its original, once.
      expect(Math.max(...quotes.map((q) => q.sources))).toBe(3);
      expect(quotes.some((q) => q.variants)).toBe(true);
      expect(engine.timeline().events.some((e) => e.sources > 1)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
