/** Timeline answers mark every cut of an event's excerpt with "…", and only cuts. */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.ts';
import { markCuts } from '../../src/timeline/event-passages.ts';
import { syntheticArticle } from './helpers/markdownArticle.ts';

const LONG =
  'The council’s decision to sell the old harbour depot to a private developer came after the regional paper reported ' +
  'on Monday that two councillors, both members of the planning committee, had met the developer’s lawyers at a ' +
  'hotel in the city centre, where they may have been promised support for their campaigns in return for information ' +
  'potentially useful to the bid, according to people familiar with the talks.';

describe('excerpt cuts', () => {
  it('marks a cut at the start, at the end, at both ends, and nothing for a whole sentence', () => {
    const paragraph = 'The mayor resigned on Friday. Her deputy, a former teacher, takes over next week.';
    expect(markCuts('The mayor resigned on Friday.', paragraph)).toBe('The mayor resigned on Friday.');
    expect(markCuts('a former teacher, takes over next week.', paragraph)).toBe('\u2026a former teacher, takes over next week.');
    expect(markCuts('Her deputy, a former teacher', paragraph)).toBe('Her deputy, a former teacher\u2026');
    expect(markCuts('a former teacher', paragraph)).toBe('\u2026a former teacher\u2026');
  });

  it('every event text of a timeline answer is its excerpt, with "…" wherever it starts or stops inside a sentence', () => {
    const article = syntheticArticle('2022-05-11', ['Short and whole: the depot closed on Friday.', LONG]);
    const engine = Engine.build({ dir: '/nowhere', articles: [article], problems: [] });
    const events = engine.timeline().events;
    expect(events.length).toBeGreaterThan(1);
    const cut = events.find((e) => e.expression.includes('Monday'))!;
    expect(cut.text.length).toBeLessThan(LONG.length);
    for (const e of events) {
      const paragraph = article.paragraphs[e.citations[0]!.paragraph - 1]!.text;
      const body = e.text.replace(/^\u2026/, '').replace(/\u2026$/, '');
      expect(paragraph).toContain(body);
      const sentenceStart = /^(?:[A-Z"\u201c]|$)/.test(body) && (paragraph.startsWith(body) || paragraph.includes(`. ${body}`));
      expect(e.text.startsWith('\u2026'), e.text).toBe(!sentenceStart);
      expect(e.text.endsWith('\u2026'), e.text).toBe(!/[.!?]["\u201d]?$/.test(body));
    }
  });
});
