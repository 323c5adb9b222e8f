import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusGenerator, writeCorpus } from '../../bench/generate.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

describe('corpus generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = new CorpusGenerator(42).article(3);
    expect(new CorpusGenerator(42).article(3)).toEqual(a);
    expect(new CorpusGenerator(43).article(3).content).not.toBe(a.content);
  });

  it('writes news-like articles the real loader reads', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storydesk-gen-'));
    try {
      const out = await writeCorpus(dir, 8, 5);
      expect(readdirSync(dir).filter((f) => f.endsWith('.md'))).toHaveLength(8);
      expect(out.words / 8).toBeGreaterThan(400);
      const corpus = await loadCorpus(dir);
      expect(corpus.problems).toEqual([]);
      for (const a of corpus.articles) {
        expect(a.paragraphs.length).toBeGreaterThanOrEqual(10);
        expect(a.paragraphs.length).toBeLessThanOrEqual(15);
        expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      const text = corpus.articles.flatMap((a) => a.paragraphs.map((p) => p.text)).join('\n');
      expect(text).toMatch(/," [A-Z][a-z]+ said\./);
      expect(text).toMatch(/\b(on|late) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/);
      // The first articles of a bigger corpus are the same articles.
      expect(readFileSync(path.join(dir, new CorpusGenerator(5).article(0).file), 'utf8')).toBe(new CorpusGenerator(5).article(0).content);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
