/** A merged timeline event: each citation links (URL text fragment) to the words of its own paragraph. */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.ts';
import { syntheticArticle } from './helpers/markdownArticle.ts';

const article = {
  ...syntheticArticle('2021-03-12', [
    'Governor Alma Ruiz announced late Tuesday that the river bridge in Dunmore would close for six weeks of repairs.',
    'Traffic was already heavy on the ring road.',
    'After a stormy week, officials said on Tuesday that the Dunmore river bridge was closing for repairs lasting six weeks.',
  ]),
  url: 'https://news.example/bridge',
};

/** The start and end words of a link's text fragment (`text=start,end` or `text=words`). */
function fragmentWords(url: string): string[] {
  const directive = url.split('#:~:text=')[1] ?? '';
  return directive ? directive.split(',').map((part) => decodeURIComponent(part)) : [];
}

describe('merged event citations', () => {
  const engine = Engine.build({ dir: '/nowhere', articles: [article], problems: [] });
  const merged = engine.timeline().events.find((e) => e.citations.length > 1);

  it('merges the two tellings of the closure into one event', () => {
    expect(merged?.citations.map((c) => c.paragraph)).toEqual([1, 3]);
  });

  it("links each citation to its own paragraph's words", () => {
    for (const c of merged!.citations) {
      const paragraph = article.paragraphs[c.paragraph - 1]!.text;
      const parts = fragmentWords(c.url!);
      expect(parts.length).toBeGreaterThan(0);
      for (const part of parts) expect(paragraph).toContain(part);
    }
    expect(merged!.citations[0]!.url).not.toBe(merged!.citations[1]!.url);
  });
});
